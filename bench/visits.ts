/**
 * Visit planning by tier: on a 10,000-customer demo book rated by a model, a 4-week plan is generated and
 * saved through the core (`visits.plan`), then checked: no rep above its visits per day on any day, and every
 * A-tier customer visited in every week as far as the rep's weekly capacity allows. Two ratings: the seed
 * scorecard (few A customers) and ABC / Pareto (A-heavy: more A customers than slots). Target: < 1 s.
 * The baseline in the same run is the pure planner alone (no database). `ms` = generate and save, after one
 * untimed-for-target preview (`coldPreviewMs`, the first call on a cold book, reported beside it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, generateVisitPlan, isoWeekday, toDayNumber } from '../shared/visits';
import { openCore, type Core } from '../electron/core/core';
import { generateDemoBook } from '../electron/core/demo/demo-book';
import { dispatchTyped } from '../electron/core/dispatch';
import type { HandlerContext } from '../electron/core/handlers/types';
import { builtInModelId } from '../electron/core/models/built-in-models';
import { loadPlanInput } from '../electron/core/visits/plan-inputs';
import type { PlanResult } from '../shared/ipc/channels/visits';

export const VISITS_TARGET_MS = 1000;
const START = '2026-07-06'; // a Monday
const WEEKS = 4;

function checkPlan(core: Core, plan: PlanResult) {
  const reps = new Map(
    (core.store.sqlite.prepare('SELECT id, visits_per_day, working_days FROM reps').raw().all() as [string, number, string][]).map(([id, perDay, days]) => [
      id,
      { perDay, days: JSON.parse(days) as number[] },
    ]),
  );
  const perDay = new Map<string, number>();
  for (const v of plan.visits) perDay.set(`${v.repId}|${v.date}`, (perDay.get(`${v.repId}|${v.date}`) ?? 0) + 1);
  let capacityViolations = 0;
  for (const [key, n] of perDay) {
    const [repId, date] = key.split('|');
    const rep = reps.get(repId);
    if (!rep || n > rep.perDay || !rep.days.includes(isoWeekday(toDayNumber(date)))) capacityViolations++;
  }
  const aByRep = new Map<string, number>();
  for (const row of core.store.sqlite
    .prepare(`SELECT c.owner_rep_id FROM customers c JOIN customer_current_tier t ON t.customer_id = c.id WHERE t.tier = 'A' AND c.owner_rep_id IS NOT NULL AND c.status IN ('active','dormant','prospect')`)
    .pluck()
    .all() as string[])
    aByRep.set(row, (aByRep.get(row) ?? 0) + 1);
  let aWeekShortfalls = 0;
  let aCustomerWeeks = 0;
  for (const [repId, aCount] of aByRep) {
    const rep = reps.get(repId);
    if (!rep) continue;
    const weekCapacity = rep.perDay * rep.days.length;
    for (let w = 0; w < WEEKS; w++) {
      const from = addDays(START, w * 7);
      const to = addDays(from, 6);
      const seen = new Set(plan.visits.filter((v) => v.repId === repId && v.tier === 'A' && v.date >= from && v.date <= to).map((v) => v.customerId));
      aCustomerWeeks += seen.size;
      if (seen.size < Math.min(aCount, weekCapacity)) aWeekShortfalls++;
    }
  }
  return { capacityViolations, aCustomers: [...aByRep.values()].reduce((a, b) => a + b, 0), aCustomerWeeks, aWeekShortfalls };
}

export async function benchVisits(customers = 10_000): Promise<object> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-visits-'));
  const core = openCore(path.join(dir, 'book.db'), { backup: false, now: () => new Date('2026-07-06T08:00:00') });
  const ctx: HandlerContext = { core, progress: () => {}, cancelled: () => false };
  const call = async <T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: { en: string } } }>) => {
    const result = await promise;
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  try {
    generateDemoBook(core, { customers, seed: 1, endDate: '2026-07-05' });
    const scenarios: Record<string, object> = {};
    for (const template of ['seed', 'abc'] as const) {
      const run = await call(dispatchTyped(ctx, 'ratings.run', { modelId: builtInModelId(template), asOf: '2026-07-05' }));
      const coldStart = performance.now();
      await call(dispatchTyped(ctx, 'visits.plan', { weeks: WEEKS, start: START, save: false }));
      const coldPreviewMs = performance.now() - coldStart;
      const started = performance.now();
      const plan = await call(dispatchTyped(ctx, 'visits.plan', { weeks: WEEKS, start: START, save: true }));
      const ms = performance.now() - started;
      const { input } = loadPlanInput(core, { start: START, end: addDays(START, WEEKS * 7 - 1), weeks: WEEKS });
      const t0 = performance.now();
      generateVisitPlan(input);
      const plannerMs = performance.now() - t0;
      const checks = checkPlan(core, plan);
      scenarios[template] = {
        tiers: run.tierCounts,
        ms: Math.round(ms),
        coldPreviewMs: Math.round(coldPreviewMs),
        plannerMs: Math.round(plannerMs),
        ratio: Math.round((ms / Math.max(plannerMs, 1)) * 100) / 100,
        visits: plan.visits.length,
        unplanned: plan.unplannedByReason,
        ...checks,
        ok: ms < VISITS_TARGET_MS && checks.capacityViolations === 0 && checks.aWeekShortfalls === 0,
      };
    }
    return { customers, weeks: WEEKS, targetMs: VISITS_TARGET_MS, scenarios };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchVisits(Number(process.argv[2] ?? 10_000)), null, 2));
}
