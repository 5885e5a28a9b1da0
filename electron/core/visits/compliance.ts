import type { ComplianceReport, ComplianceRow } from '../../../shared/ipc/channels/visits';
import { addDays, mondayOf } from '../../../shared/visits';
import type { Core } from '../core';
import { listPolicies } from './tier-policy-service';

export interface ComplianceQuery {
  from?: string;
  to?: string;
  repId?: string;
}

type Counts = Omit<ComplianceRow, 'key' | 'label' | 'doneShare' | 'onTimeShare'>;

function finish(key: string, label: string, c: Counts): ComplianceRow {
  return { key, label, ...c, doneShare: c.due ? c.done / c.due : null, onTimeShare: c.due ? c.onTime / c.due : null };
}

/**
 * Planned against done for visits planned in a period (default: the 4 weeks ending with next week,
 * so a fresh 2-week plan and the 2 weeks before it),
 * by the customer's current tier and by rep. A visit counts once its day has come (or it is done); it is on
 * time when done on or before its planned day.
 */
export function complianceReport(core: Core, q: ComplianceQuery): ComplianceReport {
  const today = core.today();
  const to = q.to ?? addDays(mondayOf(today), 13);
  const from = q.from ?? addDays(to, -27);
  const rows = core.store.sqlite
    .prepare(
      `SELECT COALESCE(t.tier, '') AS tier, COALESCE(v.rep_id, '') AS rep, COALESCE(r.name, '') AS rep_name,
              count(*) AS planned,
              SUM(CASE WHEN v.planned_date <= @today OR v.done_date IS NOT NULL THEN 1 ELSE 0 END) AS due,
              SUM(CASE WHEN v.done_date IS NOT NULL THEN 1 ELSE 0 END) AS done,
              SUM(CASE WHEN v.done_date IS NOT NULL AND v.done_date <= v.planned_date THEN 1 ELSE 0 END) AS on_time
       FROM visits v LEFT JOIN customer_current_tier t ON t.customer_id = v.customer_id LEFT JOIN reps r ON r.id = v.rep_id
       WHERE v.deleted = 0 AND v.planned_date BETWEEN @from AND @to AND (@repId IS NULL OR v.rep_id = @repId)
       GROUP BY 1, 2, 3`,
    )
    .raw()
    .all({ today, from, to, repId: q.repId ?? null }) as [string, string, string, number, number, number, number][];
  const zero = (): Counts => ({ planned: 0, due: 0, done: 0, onTime: 0 });
  const byTier = new Map<string, Counts>();
  const byRep = new Map<string, Counts & { name: string }>();
  const total = zero();
  for (const [tier, rep, repName, planned, due, done, onTime] of rows) {
    const add = (c: Counts) => ((c.planned += planned), (c.due += due), (c.done += done), (c.onTime += onTime));
    add(byTier.get(tier) ?? byTier.set(tier, zero()).get(tier)!);
    add(byRep.get(rep) ?? byRep.set(rep, { ...zero(), name: repName }).get(rep)!);
    add(total);
  }
  const order = new Map(listPolicies(core).map((p, i) => [p.tier, i]));
  const tierRows = [...byTier.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || (a < b ? -1 : 1))
    .map(([tier, c]) => finish(tier, tier, c));
  const repRows = [...byRep.entries()].sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(([id, c]) => {
    const { name, ...counts } = c;
    return finish(id, name, counts);
  });
  return { from, to, asOf: today, byTier: tierRows, byRep: repRows, total: finish('total', 'total', total) };
}
