import { loggedCells } from '../sync/sync-test-kit';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { complianceReport } from './compliance';
import { exportVisitPlan } from './plan-export';
import { generatePlan } from './plan-service';
import { listPolicies, updatePolicy } from './tier-policy-service';
import { cancelVisit, markVisitDone, moveVisit } from './visit-actions';
import { addCustomer, addOrder, addRep, seedRun, visitTestCore } from './visit-test-kit';
import { listVisits, overdueCustomers, visitsOverview } from './visit-queries';
import { openingWeek } from '../../../shared/visits';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));
const open = () => {
  const made = visitTestCore();
  cores.push(made.core);
  return made.core;
};

/** two reps (2 a day), 12 customers of rep 1 in two cities, tiers A×2, B×2, C×4, D×4 */
function smallBook(core: Core) {
  const r1 = addRep(core, '王芳');
  const r2 = addRep(core, '李强');
  const ids = Array.from({ length: 12 }, (_, i) => addCustomer(core, `K${String(i).padStart(2, '0')}`, r1, i % 2 ? '杭州' : '上海'));
  const tiers = Object.fromEntries(ids.map((id, i) => [id, i < 2 ? 'A' : i < 4 ? 'B' : i < 8 ? 'C' : 'D']));
  seedRun(core, '2026-05-31', tiers);
  for (const id of ids) addOrder(core, id, '2026-05-20', 100_00);
  return { r1, r2, ids };
}

describe('tier policies', () => {
  it('are seeded lazily (A 7, B 14, C 30, D 90) and every change is audited and logged for sync', () => {
    const core = open();
    expect(listPolicies(core).map((p) => [p.tier, p.visitIntervalDays])).toEqual([['A', 7], ['B', 14], ['C', 30], ['D', 90]]);
    const changed = updatePolicy(core, { tier: 'C', visitIntervalDays: 21, serviceLevel: '三周一次', notes: null });
    expect(changed).toMatchObject({ tier: 'C', visitIntervalDays: 21, serviceLevel: '三周一次', notes: null });
    const audit = core.store.sqlite.prepare(`SELECT actor, action, details FROM audit WHERE entity = 'tier_policy'`).all() as { actor: string; action: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'tester', action: 'update' });
    expect(JSON.parse(audit[0].details)).toMatchObject({ before: { visitIntervalDays: 30 }, after: { visitIntervalDays: 21 } });
    const logged = loggedCells(core, 'tier_policies').filter((c) => c.column === 'visit_interval_days').length;
    expect(logged).toBe(5);
    expect(updatePolicy(core, { tier: 'champions', visitIntervalDays: 10 }).tier).toBe('champions');
  });
});

describe('visit plans in the book', () => {
  it('saves a plan within capacity, and regenerating replaces its not-done visits but keeps done ones and follow-ups', () => {
    const core = open();
    const { r1 } = smallBook(core);
    const plan = generatePlan(core, { weeks: 2, save: true });
    expect(plan.planId).toBeTruthy();
    expect(plan.visits.length).toBe(12 + 2); // 12 due now, the two A customers again in week 2
    const perDay = new Map<string, number>();
    for (const v of plan.visits) perDay.set(v.date, (perDay.get(v.date) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(2);
    expect(plan.visits[0]).toMatchObject({ repName: '王芳', repId: r1 });

    const saved = listVisits(core, { status: 'all', limit: 100, offset: 0 });
    expect(saved.total).toBe(14);
    const first = saved.rows[0];
    const { followUp } = markVisitDone(core, { id: first.id, doneDate: '2026-06-01', outcome: 'positive', note: '谈了新品', nextAction: '送样品', followUpDate: '2026-06-05' });
    expect(followUp).toMatchObject({ plannedDate: '2026-06-05', reason: 'follow_up', note: '送样品' });

    const again = generatePlan(core, { weeks: 2, save: true });
    expect(again.replaced).toBe(13);
    expect(again.kept).toBe(1);
    const visits = listVisits(core, { status: 'all', limit: 100, offset: 0 }).rows;
    expect(visits.filter((v) => v.status === 'done')).toHaveLength(1);
    expect(visits.filter((v) => v.reason === 'follow_up')).toHaveLength(1);
    // the done customer is not due again within its interval (unless it is an A customer, due again next week)
    const doneTier = first.tier as string;
    const repeats = visits.filter((v) => v.customerId === first.customerId && !v.doneDate && v.reason !== 'follow_up');
    expect(repeats.length).toBe(doneTier === 'A' ? 1 : 0);
    const perDay2 = new Map<string, number>();
    for (const v of visits.filter((x) => !x.doneDate)) perDay2.set(v.plannedDate as string, (perDay2.get(v.plannedDate as string) ?? 0) + 1);
    for (const n of perDay2.values()) expect(n).toBeLessThanOrEqual(2);
  });

  it('moves and cancels not-done visits only, and reports compliance by tier and rep', () => {
    const core = open();
    smallBook(core);
    generatePlan(core, { weeks: 1, start: '2026-05-25', save: true });
    const rows = listVisits(core, { status: 'all', limit: 100, offset: 0 }).rows;
    const [a, b, c] = rows;
    markVisitDone(core, { id: a.id, doneDate: a.plannedDate as string, outcome: 'order' });
    markVisitDone(core, { id: b.id, doneDate: '2026-06-01', outcome: 'neutral' });
    expect(() => moveVisit(core, a.id, '2026-06-02')).toThrow(/done/);
    expect(moveVisit(core, c.id, '2026-06-03').plannedDate).toBe('2026-06-03');
    cancelVisit(core, rows[3].id);
    const report = complianceReport(core, { from: '2026-05-25', to: '2026-06-07' });
    expect(report.total).toMatchObject({ planned: rows.length - 1, done: 2, onTime: b.plannedDate === '2026-06-01' ? 2 : 1 });
    expect(report.total.due).toBe(rows.length - 2); // the moved one lies in the future
    expect(report.byTier.map((r) => r.key)).toEqual(expect.arrayContaining(['A']));
    expect(report.byRep[0]).toMatchObject({ label: '王芳' });
    expect(listVisits(core, { status: 'overdue', limit: 100, offset: 0 }).total).toBe(rows.length - 4);
  });

  it('gives downgraded customers a retention visit and churn-risk customers a churn-risk visit', () => {
    const core = open();
    const rep = addRep(core, '赵敏', 4);
    const down = addCustomer(core, 'DOWN', rep);
    const quiet = addCustomer(core, 'QUIET', rep);
    const fine = addCustomer(core, 'FINE', rep);
    seedRun(core, '2026-04-30', { [down]: 'B', [quiet]: 'C', [fine]: 'C' });
    seedRun(core, '2026-05-31', { [down]: 'C', [quiet]: 'C', [fine]: 'C' });
    addOrder(core, down, '2026-05-10', 100_00);
    addOrder(core, quiet, '2026-01-10', 100_00); // nothing in 90 days
    addOrder(core, fine, '2026-03-10', 100_00);
    addOrder(core, fine, '2026-05-10', 90_00);
    const plan = generatePlan(core, { weeks: 1, save: false });
    expect(plan.planId).toBeNull();
    expect(Object.fromEntries(plan.visits.map((v) => [v.code, v.reason]))).toEqual({ DOWN: 'retention', QUIET: 'churn_risk', FINE: 'due' });
    expect(listVisits(core, { status: 'all', limit: 10, offset: 0 }).total).toBe(0);
  });

  it('explains empty states and lists overdue customers by tier', () => {
    const core = open();
    expect(visitsOverview(core)).toMatchObject({ reps: 0, customers: 0, rated: 0 });
    const { ids } = smallBook(core);
    addCustomer(core, 'NOREP', null);
    const plan = generatePlan(core, { weeks: 1, save: false });
    expect(plan.unplannedByReason).toMatchObject({ no_owner_rep: 1, rep_capacity_full: 2 });
    expect(visitsOverview(core)).toMatchObject({ reps: 2, repsWithCapacity: 2, customers: 13, rated: 12, customersWithoutRep: 1 });
    const overdue = overdueCustomers(core, { limit: 100, offset: 0 });
    expect(overdue.total).toBe(12);
    expect(overdue.rows[0]).toMatchObject({ tier: 'A', dueDate: null });
    expect(ids).toContain(overdue.rows[0].customerId);
  });

  it('tells the calendar the latest plan and today: a plan made on a Saturday opens on the Monday after', () => {
    const made = visitTestCore('2026-12-05'); // a Saturday
    cores.push(made.core);
    const core = made.core;
    expect(visitsOverview(core)).toMatchObject({ today: '2026-12-05', latestPlan: null });
    smallBook(core);
    const plan = generatePlan(core, { weeks: 2, save: true });
    const { latestPlan, today } = visitsOverview(core);
    expect(latestPlan).toEqual({ id: plan.planId, start: '2026-12-05', end: '2026-12-18', firstVisit: '2026-12-07', lastVisit: plan.visits.at(-1)?.date });
    expect(openingWeek(today, latestPlan)).toBe('2026-12-07');
    const later = generatePlan(core, { weeks: 1, start: '2027-01-04', save: true });
    expect(visitsOverview(core).latestPlan).toMatchObject({ id: later.planId, start: '2027-01-04', end: '2027-01-10', firstVisit: '2027-01-04' });
  });

  it('exports the plan as a styled xlsx with headers in the chosen language', async () => {
    const core = open();
    smallBook(core);
    generatePlan(core, { weeks: 2, save: true });
    for (const language of ['zh-CN', 'en'] as const) {
      const result = await exportVisitPlan(core, { language });
      expect(result.rows).toBe(14);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(result.file);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(1).value).toBe(language === 'en' ? 'Date' : '日期');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(5).width).toBe(32);
      expect(sheet.rowCount).toBe(15);
      expect(String(sheet.getRow(2).getCell(3).value)).toBe('王芳');
    }
  });
});
