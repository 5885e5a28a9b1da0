import type { PlanResult, PlanUnplannedRow, PlanVisitRow } from '../../../shared/ipc/channels/visits';
import { AppError } from '../../../shared/ipc/errors';
import { addDays, generateVisitPlan, type PlanOutput } from '../../../shared/visits';
import type { Core } from '../core';
import { loadPlanInput } from './plan-inputs';

export interface PlanRequest {
  start?: string;
  weeks: number;
  repId?: string;
  /** false = preview only, nothing written */
  save: boolean;
}

/**
 * Generates the plan of the next weeks and saves it: a visit_plans row and one visits row per planned visit,
 * replacing the not-done visits of earlier plans in the same period for the same reps (done visits and
 * follow-ups stay and take their slots). One transaction.
 */
export function generatePlan(core: Core, request: PlanRequest): PlanResult {
  const started = performance.now();
  const start = request.start ?? core.today();
  const end = addDays(start, request.weeks * 7 - 1);
  if (request.repId) assertRep(core, request.repId);
  return core.store.tx(() => {
    const { input, replaceIds } = loadPlanInput(core, { start, end, weeks: request.weeks, repId: request.repId });
    const plan = generateVisitPlan(input);
    let planId: string | null = null;
    if (request.save) {
      const createdAt = core.now().toISOString();
      for (const id of replaceIds) core.rows.remove('visits', id);
      planId = core.rows.insert('visit_plans', {
        start_date: start,
        weeks: request.weeks,
        rep_id: request.repId ?? null,
        params: JSON.stringify({ end, policies: input.policies, visits: plan.visits.length, unplanned: plan.unplanned.length }),
        created_at: createdAt,
      });
      for (const v of plan.visits) {
        core.rows.insert('visits', { customer_id: v.customerId, rep_id: v.repId, plan_id: planId, planned_date: v.date, reason: v.reason, created_at: createdAt });
      }
    }
    const { visits, unplanned } = describePlan(core, plan);
    const unplannedByReason: PlanResult['unplannedByReason'] = {};
    for (const u of plan.unplanned) unplannedByReason[u.reason] = (unplannedByReason[u.reason] ?? 0) + 1;
    return {
      planId, start, end, weeks: request.weeks, repId: request.repId ?? null, visits, unplanned,
      replaced: request.save ? replaceIds.length : 0, kept: input.existing.length, unplannedByReason, ms: Math.round(performance.now() - started),
    };
  });
}

/** Adds codes, names and rep names to the planner's ids. */
function describePlan(core: Core, plan: PlanOutput): { visits: PlanVisitRow[]; unplanned: PlanUnplannedRow[] } {
  const customers = new Map(
    (core.store.sqlite.prepare('SELECT id, code, name, city FROM customers WHERE deleted = 0').raw().all() as [string, string, string, string | null][]).map(
      (r) => [r[0], r],
    ),
  );
  const reps = new Map(core.store.sqlite.prepare('SELECT id, name FROM reps').raw().all() as [string, string][]);
  const visits = plan.visits.map((v) => {
    const [, code, name, city] = customers.get(v.customerId) ?? [v.customerId, v.customerId, v.customerId, null];
    return { ...v, code, name, city, repName: reps.get(v.repId) ?? v.repId };
  });
  const unplanned = plan.unplanned.map((u) => {
    const [, code, name] = customers.get(u.customerId) ?? [u.customerId, u.customerId, u.customerId];
    return { ...u, code, name, repName: u.repId ? (reps.get(u.repId) ?? null) : null };
  });
  return { visits, unplanned };
}

function assertRep(core: Core, repId: string) {
  const found = core.store.sqlite.prepare('SELECT 1 FROM reps WHERE id = ? AND deleted = 0').get(repId);
  if (!found) throw new AppError('not_found', { zh: `找不到业务员 ${repId}`, en: `Rep ${repId} not found` }, { id: repId });
}
