import type { OverdueRow, VisitOutcome, VisitRow, VisitsOverview, StoredVisitReason } from '../../../shared/ipc/channels/visits';
import { AppError } from '../../../shared/ipc/errors';
import { addDays, toDayNumber } from '../../../shared/visits';
import type { Core } from '../core';
import { PLANNED_STATUSES } from './plan-inputs';
import { listPolicies } from './tier-policy-service';

const VISIT_SELECT = `
  SELECT v.id, v.customer_id, c.code, c.name, c.city, v.rep_id, r.name AS rep_name, t.tier, v.planned_date, v.done_date,
         v.outcome, v.note, v.next_action, v.reason, v.plan_id
  FROM visits v JOIN customers c ON c.id = v.customer_id
  LEFT JOIN reps r ON r.id = v.rep_id
  LEFT JOIN customer_current_tier t ON t.customer_id = v.customer_id
  WHERE v.deleted = 0`;

type Raw = [string, string, string, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null];

function toVisit(r: Raw, today: string): VisitRow {
  const [id, customerId, code, name, city, repId, repName, tier, plannedDate, doneDate, outcome, note, nextAction, reason, planId] = r;
  const status = doneDate ? 'done' : plannedDate && plannedDate < today ? 'overdue' : 'planned';
  return {
    id, customerId, code, name, city, repId, repName, tier, plannedDate, doneDate, outcome: outcome as VisitOutcome | null, note, nextAction,
    reason: reason as StoredVisitReason | null, planId, status,
  };
}

export function getVisit(core: Core, id: string): VisitRow {
  const row = core.store.sqlite.prepare(`${VISIT_SELECT} AND v.id = ?`).raw().get(id) as Raw | undefined;
  if (!row) throw new AppError('not_found', { zh: `找不到拜访记录 ${id}`, en: `Visit ${id} not found` }, { id });
  return toVisit(row, core.today());
}

export interface VisitListQuery {
  from?: string;
  to?: string;
  repId?: string;
  status: 'planned' | 'done' | 'overdue' | 'all';
  tiers?: string[];
  search?: string;
  customerId?: string;
  limit: number;
  offset: number;
}

/** Visits of a period (by planned date, or done date for visits done without a plan date), filtered and paged. */
export function listVisits(core: Core, q: VisitListQuery): { total: number; rows: VisitRow[] } {
  const today = core.today();
  const where: string[] = [];
  const params: Record<string, unknown> = { today };
  const add = (clause: string, name?: string, value?: unknown) => {
    where.push(clause);
    if (name) params[name] = value;
  };
  if (q.from) add('COALESCE(v.planned_date, v.done_date) >= @from', 'from', q.from);
  if (q.to) add('COALESCE(v.planned_date, v.done_date) <= @to', 'to', q.to);
  if (q.repId) add('v.rep_id = @repId', 'repId', q.repId);
  if (q.customerId) add('v.customer_id = @customerId', 'customerId', q.customerId);
  if (q.status === 'done') add('v.done_date IS NOT NULL');
  if (q.status === 'planned') add('v.done_date IS NULL AND v.planned_date >= @today');
  if (q.status === 'overdue') add('v.done_date IS NULL AND v.planned_date < @today');
  if (q.tiers?.length) add('t.tier IN (SELECT value FROM json_each(@tiers))', 'tiers', JSON.stringify(q.tiers));
  if (q.search) {
    where.push(`(c.code LIKE @search ESCAPE '\\' OR c.name LIKE @search ESCAPE '\\' OR c.city LIKE @search ESCAPE '\\')`);
    params.search = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  }
  const filter = where.map((w) => ` AND ${w}`).join('');
  const total = core.store.sqlite.prepare(`SELECT count(*) FROM (${VISIT_SELECT}${filter})`).pluck().get(params) as number;
  const rows = core.store.sqlite
    .prepare(`${VISIT_SELECT}${filter} ORDER BY COALESCE(v.planned_date, v.done_date), r.name, c.city, c.code LIMIT @limit OFFSET @offset`)
    .raw()
    .all({ ...params, limit: q.limit, offset: q.offset }) as Raw[];
  return { total, rows: rows.map((r) => toVisit(r, today)) };
}

/**
 * Customers overdue by their tier's policy as of today: never visited, or last done visit + interval before
 * today. The best tiers and the longest overdue first; never-visited customers after the dated ones of their tier.
 */
export function overdueCustomers(core: Core, q: { repId?: string; limit: number; offset: number }): { asOf: string; total: number; rows: OverdueRow[] } {
  const today = core.today();
  const policies = listPolicies(core);
  const rank = new Map(policies.map((p, i) => [p.tier, i]));
  const raw = core.store.sqlite
    .prepare(
      `SELECT c.id, c.code, c.name, c.city, t.tier, c.owner_rep_id, r.name, p.visit_interval_days,
              (SELECT MAX(done_date) FROM visits v WHERE v.customer_id = c.id AND v.deleted = 0 AND v.done_date IS NOT NULL) AS last_done,
              (SELECT MIN(planned_date) FROM visits v WHERE v.customer_id = c.id AND v.deleted = 0 AND v.done_date IS NULL) AS next_planned
       FROM customers c JOIN customer_current_tier t ON t.customer_id = c.id
       JOIN tier_policies p ON p.tier = t.tier AND p.deleted = 0
       LEFT JOIN reps r ON r.id = c.owner_rep_id
       WHERE c.deleted = 0 AND c.status IN (${PLANNED_STATUSES.map((s) => `'${s}'`).join(', ')}) AND (@repId IS NULL OR c.owner_rep_id = @repId)`,
    )
    .raw()
    .all({ repId: q.repId ?? null }) as [string, string, string, string | null, string, string | null, string | null, number, string | null, string | null][];
  const todayDay = toDayNumber(today);
  const overdue: OverdueRow[] = [];
  for (const [customerId, code, name, city, tier, repId, repName, interval, last, nextPlanned] of raw) {
    const dueDay = last ? toDayNumber(last) + interval : null;
    if (dueDay !== null && dueDay >= todayDay) continue;
    overdue.push({
      customerId, code, name, city, tier, repId, repName, lastVisitDate: last, nextPlannedDate: nextPlanned,
      dueDate: dueDay === null ? null : new Date(dueDay * 86_400_000).toISOString().slice(0, 10),
      daysOverdue: dueDay === null ? null : todayDay - dueDay,
    });
  }
  overdue.sort(
    (a, b) =>
      (rank.get(a.tier) ?? 99) - (rank.get(b.tier) ?? 99) ||
      (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { asOf: today, total: overdue.length, rows: overdue.slice(q.offset, q.offset + q.limit) };
}

/** What the visits screen needs to explain an empty state (no reps, nobody rated …). */
export function visitsOverview(core: Core): VisitsOverview {
  const one = (sql: string, ...params: unknown[]) => core.store.sqlite.prepare(sql).pluck().get(...params) as number;
  const today = core.today();
  return {
    reps: one('SELECT count(*) FROM reps WHERE deleted = 0'),
    repsWithCapacity: one(`SELECT count(*) FROM reps WHERE deleted = 0 AND active = 1 AND visits_per_day > 0 AND working_days != '[]'`),
    customers: one(`SELECT count(*) FROM customers WHERE deleted = 0 AND status != 'archived'`),
    rated: one(`SELECT count(*) FROM customer_current_tier t JOIN customers c ON c.id = t.customer_id WHERE c.deleted = 0 AND c.status != 'archived'`),
    customersWithoutRep: one(`SELECT count(*) FROM customers WHERE deleted = 0 AND status != 'archived' AND owner_rep_id IS NULL`),
    upcoming: one('SELECT count(*) FROM visits WHERE deleted = 0 AND done_date IS NULL AND planned_date >= ?', today),
    missed: one('SELECT count(*) FROM visits WHERE deleted = 0 AND done_date IS NULL AND planned_date < ?', today),
    today,
    latestPlan: latestPlan(core),
  };
}

/** The plan created last, with the first and last day of its visits still on the calendar. */
function latestPlan(core: Core): VisitsOverview['latestPlan'] {
  const plan = core.store.sqlite
    .prepare('SELECT id, start_date, weeks FROM visit_plans WHERE deleted = 0 ORDER BY created_at DESC, updated_at DESC LIMIT 1')
    .raw()
    .get() as [string, string, number] | undefined;
  if (!plan) return null;
  const [id, start, weeks] = plan;
  const [firstVisit, lastVisit] = core.store.sqlite
    .prepare('SELECT min(planned_date), max(planned_date) FROM visits WHERE deleted = 0 AND plan_id = ?')
    .raw()
    .get(id) as [string | null, string | null];
  return { id, start, end: addDays(start, weeks * 7 - 1), firstVisit, lastVisit };
}
