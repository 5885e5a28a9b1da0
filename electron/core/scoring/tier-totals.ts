import type { Core } from '../core';
import { runColumns } from './run-results';

export type TierTotals = Record<string, { customers: number; revenue: number; avgScore: number }>;

/** Customers, window revenue (minor units) and average score per final tier of one run, from its decoded columns. */
export function runTierTotals(core: Core, runId: string): TierTotals {
  const cols = runColumns(core, runId);
  const customers = new Float64Array(cols.tierIds.length);
  const revenue = new Float64Array(cols.tierIds.length);
  const score = new Float64Array(cols.tierIds.length);
  for (let i = 0; i < cols.n; i++) {
    const t = cols.final[i];
    customers[t]++;
    revenue[t] += cols.revenue[i];
    score[t] += cols.totalScore[i];
  }
  const out: TierTotals = {};
  cols.tierIds.forEach((tier, t) => {
    if (customers[t] > 0) out[tier] = { customers: customers[t], revenue: revenue[t], avgScore: score[t] / customers[t] };
  });
  return out;
}
