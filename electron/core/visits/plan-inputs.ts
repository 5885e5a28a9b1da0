import { tierRanks, type ExistingVisit, type PlanCustomer, type PlanInput, type PlanRep } from '../../../shared/visits';
import type { Core } from '../core';
import { churnRiskCustomers, downgradedCustomers } from './customer-flags';
import { listPolicies } from './tier-policy-service';

export interface PlanPeriod {
  start: string;
  end: string;
  weeks: number;
  /** plan only this rep's customers */
  repId?: string;
}

/** Statuses that get visits: archived and churned customers are left out of plans. */
export const PLANNED_STATUSES = ['active', 'dormant', 'prospect'] as const;

/** Reads everything the pure planner needs from the book. `replaceIds` = the not-done plan visits the new plan replaces. */
export function loadPlanInput(core: Core, period: PlanPeriod): { input: PlanInput; replaceIds: string[] } {
  const { sqlite } = core.store;
  const policies = listPolicies(core).map((p) => ({ tier: p.tier, visitIntervalDays: p.visitIntervalDays }));
  const downgraded = downgradedCustomers(core, tierRanks(policies));
  const churn = churnRiskCustomers(core, core.today());
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.code, c.city, c.owner_rep_id, t.tier, lv.last_done
       FROM customers c
       LEFT JOIN customer_current_tier t ON t.customer_id = c.id
       LEFT JOIN (SELECT customer_id, MAX(done_date) AS last_done FROM visits WHERE deleted = 0 AND done_date IS NOT NULL GROUP BY customer_id) lv
         ON lv.customer_id = c.id
       WHERE c.deleted = 0 AND c.status IN (${PLANNED_STATUSES.map((s) => `'${s}'`).join(', ')})
         AND (@repId IS NULL OR c.owner_rep_id = @repId)`,
    )
    .raw()
    .all({ repId: period.repId ?? null }) as [string, string, string | null, string | null, string | null, string | null][];
  const customers: PlanCustomer[] = rows.map(([id, code, city, ownerRepId, tier, lastVisitDate]) => ({
    id, code, city, ownerRepId, tier, lastVisitDate, downgraded: downgraded.has(id), churnRisk: churn.has(id),
  }));
  const reps: PlanRep[] = (
    sqlite.prepare('SELECT id, visits_per_day, working_days, active FROM reps WHERE deleted = 0').raw().all() as [string, number, string, number][]
  ).map(([id, visitsPerDay, workingDays, active]) => ({ id, visitsPerDay, workingDays: JSON.parse(workingDays) as number[], active: active === 1 }));

  const open = sqlite
    .prepare(
      `SELECT id, customer_id, rep_id, planned_date, plan_id FROM visits
       WHERE deleted = 0 AND done_date IS NULL AND rep_id IS NOT NULL AND planned_date BETWEEN ? AND ?
         AND (? IS NULL OR rep_id = ?)`,
    )
    .raw()
    .all(period.start, period.end, period.repId ?? null, period.repId ?? null) as [string, string, string, string, string | null][];
  const existing: ExistingVisit[] = [];
  const replaceIds: string[] = [];
  for (const [id, customerId, repId, date, planId] of open) {
    if (planId) replaceIds.push(id);
    else existing.push({ customerId, repId, date });
  }
  return {
    input: { customers, policies, reps, existing, start: period.start, weeks: period.weeks, repIds: period.repId ? [period.repId] : undefined },
    replaceIds,
  };
}
