/** A point of the Lorenz-style Pareto curve: top customerShare of customers make revenueShare. */
export interface ParetoPoint {
  customerShare: number;
  revenueShare: number;
}

export interface ParetoFigures {
  /** Revenue share of the top 20 % of customers by revenue. */
  top20Share: number;
  /** Share of customers (top first) that makes 80 % of revenue. */
  customersFor80Share: number;
  /** ≤ 101 points from (0, 0) to (1, 1): every customer when n ≤ 100, else every percent. */
  curve: ParetoPoint[];
}

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Pareto figures of a book from revenues in integer minor units. Customers with revenue ≤ 0 count as
 * customers (they dilute the customer share) but add 0 to the positive total the shares are taken of.
 * Shares read the piecewise-linear curve through (k/n, top-k revenue / total), so fractional customer
 * counts interpolate (top 20 % of 4,372 customers = 874.4 customers). No revenue → all shares 0.
 */
export function paretoFigures(revenues: readonly number[]): ParetoFigures {
  const n = revenues.length;
  if (n === 0) return { top20Share: 0, customersFor80Share: 0, curve: [{ customerShare: 0, revenueShare: 0 }] };
  const sorted = Float64Array.from(revenues, (r) => (Number.isFinite(r) && r > 0 ? r : 0)).sort().reverse();
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + sorted[i];
  const total = cum[n];
  if (total <= 0) {
    const curve = [{ customerShare: 0, revenueShare: 0 }, { customerShare: 1, revenueShare: 0 }];
    return { top20Share: 0, customersFor80Share: 0, curve };
  }
  /** Revenue share of the top x·n customers (x in 0..1), interpolating inside a customer. */
  const revenueAt = (x: number): number => {
    const c = x * n;
    const k = Math.min(n - 1, Math.floor(c + 1e-9));
    return (cum[k] + (c - k) * sorted[k]) / total;
  };
  let k = 0;
  const target = 0.8 * total;
  while (cum[k + 1] < target) k++;
  const customersFor80Share = (k + (target - cum[k]) / sorted[k]) / n;
  const steps = Math.min(n, 100);
  const curve: ParetoPoint[] = [];
  for (let t = 0; t <= steps; t++) {
    const x = t / steps;
    curve.push({ customerShare: r6(x), revenueShare: r6(t === steps ? 1 : revenueAt(x)) });
  }
  return { top20Share: r6(revenueAt(0.2)), customersFor80Share: r6(customersFor80Share), curve };
}
