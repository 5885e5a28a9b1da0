import type { Store } from '../db/store';

export type TierTotals = Record<string, { customers: number; revenue: number }>;

/** Customers and window revenue (minor units) per final tier of one run, in one grouped query. */
export function runTierTotals(store: Store, runId: string): TierTotals {
  const rows = store.sqlite
    .prepare('SELECT final_tier AS tier, count(*) AS customers, sum(revenue) AS revenue FROM rating_results WHERE run_id = ? GROUP BY final_tier')
    .all(runId) as { tier: string; customers: number; revenue: number }[];
  return Object.fromEntries(rows.map((r) => [r.tier, { customers: r.customers, revenue: r.revenue }]));
}
