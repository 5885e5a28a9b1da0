import type { MissingPolicy } from './model-schema';

/**
 * Effective weights (percent) for one customer. With 'zero' they are the model weights.
 * With 'redistribute' a missing indicator's weight goes to the present ones in proportion to their
 * weights, so present weights add up to 100; when nothing (weighted) is present, all are 0.
 */
export function effectiveWeights(
  weights: readonly number[],
  present: readonly boolean[],
  policy: MissingPolicy,
): number[] {
  if (policy === 'zero') return weights.slice();
  let presentSum = 0;
  for (let i = 0; i < weights.length; i++) if (present[i]) presentSum += weights[i];
  if (presentSum <= 0) return weights.map(() => 0);
  const f = 100 / presentSum;
  return weights.map((w, i) => (present[i] ? w * f : 0));
}

/** Σ effectiveWeight × points / 100 over present indicators (missing ones contribute 0). */
export function weightedTotal(points: readonly (number | null)[], effective: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p !== null) total += (effective[i] * p) / 100;
  }
  return total;
}
