import { addDays } from '../../../shared/visits';
import type { Core } from '../core';
import { runColumns } from '../scoring/run-results';

/**
 * Customers whose final tier in the newest rating run (by as-of date, then creation) is worse than in the run
 * before it. Tiers are compared by their rank (0 = best); tiers without a rank are not compared.
 */
export function downgradedCustomers(core: Core, ranks: Map<string, number>): Set<string> {
  const runs = core.store.sqlite
    .prepare('SELECT id FROM rating_runs WHERE deleted = 0 ORDER BY as_of DESC, created_at DESC LIMIT 2')
    .pluck()
    .all() as string[];
  const result = new Set<string>();
  if (runs.length < 2) return result;
  const now = runColumns(core, runs[0]);
  const before = runColumns(core, runs[1]);
  for (let i = 0; i < now.n; i++) {
    const k = before.indexOf(now.customerIds[i]);
    if (k < 0) continue;
    const a = ranks.get(now.tierIds[now.final[i]]);
    const b = ranks.get(before.tierIds[before.final[k]]);
    if (a !== undefined && b !== undefined && a > b) result.add(now.customerIds[i]);
  }
  return result;
}

export const CHURN_RULE = { days: 90, dropShare: 0.5 } as const;

/**
 * Churn risk as of a date: no sale order in the last 90 days, or net revenue in the last 90 days below half
 * of the 90 days before. Prospects (never bought) are not flagged.
 */
export function churnRiskCustomers(core: Core, asOf: string): Set<string> {
  const recentFrom = addDays(asOf, -CHURN_RULE.days);
  const priorFrom = addDays(asOf, -2 * CHURN_RULE.days);
  const rows = core.store.sqlite
    .prepare(
      `SELECT c.id, w.recent_sale, w.recent, w.prior
       FROM (SELECT customer_key,
                    MAX(CASE WHEN kind = 'sale' AND order_date > @recentFrom THEN 1 ELSE 0 END) AS recent_sale,
                    SUM(CASE WHEN order_date > @recentFrom THEN amount ELSE 0 END) AS recent,
                    SUM(CASE WHEN order_date <= @recentFrom THEN amount ELSE 0 END) AS prior
             FROM orders NOT INDEXED WHERE deleted = 0 AND order_date > @priorFrom AND order_date <= @asOf
             GROUP BY customer_key) w
       JOIN customers c ON c.local_key = w.customer_key`,
    )
    .raw()
    .all({ recentFrom, priorFrom, asOf }) as [string, number, number, number][];
  const healthy = new Set<string>();
  const atRisk = new Set<string>();
  for (const [customerId, recentSale, recent, prior] of rows) {
    if (!recentSale || (prior > 0 && recent < prior * CHURN_RULE.dropShare)) atRisk.add(customerId);
    else healthy.add(customerId);
  }
  // customers with any sale up to asOf but none in the 180 days: one index seek each
  const buyers = core.store.sqlite
    .prepare(
      `SELECT c.id FROM customers c WHERE c.deleted = 0
         AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_key = c.local_key AND o.kind = 'sale' AND o.order_date <= ? AND o.deleted = 0)`,
    )
    .pluck()
    .all(asOf) as string[];
  for (const id of buyers) if (!healthy.has(id)) atRisk.add(id);
  return atRisk;
}
