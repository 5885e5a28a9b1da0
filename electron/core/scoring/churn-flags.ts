import type { ChurnReport, ChurnRow } from '../../../shared/ipc/channels/ratings';
import { formatDay, parseDay, windowBounds } from '../../../shared/scoring';
import type { Core } from '../core';
import { bookDayBlocks, DayCursor, type DayRef } from './day-block-store';
import { ensureOrderAggregates } from './order-day-totals';
import { getRunRow } from './run-info';
import { runColumns } from './run-results';
import { segmentWhere } from './segment-filter';

export interface ChurnQuery {
  runId?: string;
  asOf?: string;
  noSaleDays: number;
  dropPercent: number;
  windowDays: number;
  /** 0 = the counts only (no rows) */
  limit: number;
  offset: number;
}

type Flagged = { i: number; last: number; revenue: number; prevRevenue: number; change: number | null; flags: ChurnRow['flags'] };

/**
 * Churn flags as of a run's date (over its customers, with their tier) or as of a date over the book:
 * `no_sale` = no sale order in the last noSaleDays days (or never); `revenue_drop` = window revenue down more
 * than dropPercent % against the window before it. Flagged customers, the largest previous revenue first.
 *
 * One lean pass over the customers (not deleted, not archived; of the run when given) and their per-day
 * order totals: only the last sale day and the two windows' revenue are read, and rows are built for the
 * requested page only (none for `limit` 0, the dashboard's count).
 */
export function churnFlags(core: Core, q: ChurnQuery): ChurnReport {
  const run = q.runId ? getRunRow(core.store, q.runId) : null;
  const asOf = run?.as_of ?? q.asOf ?? core.today();
  ensureOrderAggregates(core);
  const where = segmentWhere(null);
  const all = core.store.sqlite
    .prepare(`SELECT c.id, c.code FROM customers c WHERE ${where.sql} ORDER BY c.id`)
    .raw()
    .all(...where.params) as [string, string][];
  const cursor = new DayCursor(bookDayBlocks(core.store));
  // of a run: its customers only, with their final tier there
  const results = run ? runColumns(core, run.id) : null;
  const rows: [string, string, DayRef | null, string | null][] = [];
  for (const [id, code] of all) {
    if (!results) rows.push([id, code, cursor.find(id), null]);
    else {
      const k = results.indexOf(id);
      if (k >= 0) rows.push([id, code, cursor.find(id), results.tierIds[results.final[k]]]);
    }
  }
  const b = windowBounds(asOf, { kind: 'days', days: q.windowDays });
  const end = parseDay(b.end) as number;
  const start = parseDay(b.start as string) as number;
  const prevStart = parseDay(b.prevStart as string) as number;
  const asOfDay = parseDay(asOf) as number;
  const flagged: Flagged[] = [];
  const counts = { noSale: 0, revenueDrop: 0, flagged: 0 };
  for (let i = 0; i < rows.length; i++) {
    const ref = rows[i][2];
    let last = -1, revenue = 0, prevRevenue = 0;
    if (ref) {
      const { day: days, sales, amount } = ref.block;
      for (let o = ref.block.start[ref.k], to = ref.block.start[ref.k + 1]; o < to; o++) {
        const day = days[o];
        if (day > end) break;
        if (sales[o] > 0) last = day;
        if (day >= start) revenue += amount[o];
        else if (day >= prevStart) prevRevenue += amount[o];
      }
    }
    const noSale = last < 0 || asOfDay - last > q.noSaleDays;
    const change = prevRevenue > 0 ? ((revenue - prevRevenue) / prevRevenue) * 100 : null;
    const drop = change !== null && change < -q.dropPercent;
    if (!noSale && !drop) continue;
    if (noSale) counts.noSale++;
    if (drop) counts.revenueDrop++;
    counts.flagged++;
    if (q.limit > 0) flagged.push({ i, last, revenue, prevRevenue, change, flags: noSale ? (drop ? ['no_sale', 'revenue_drop'] : ['no_sale']) : ['revenue_drop'] });
  }
  const page: ChurnRow[] = [];
  if (q.limit > 0) {
    const code = (f: Flagged) => rows[f.i][1];
    flagged.sort((x, y) => y.prevRevenue - x.prevRevenue || (code(x) < code(y) ? -1 : code(x) > code(y) ? 1 : x.i - y.i));
    for (const f of flagged.slice(q.offset, q.offset + q.limit)) {
      const [customerId, c, , tier] = rows[f.i];
      page.push({
        customerId, code: c, name: c, tier: run ? tier : null, lastOrderDate: f.last < 0 ? null : formatDay(f.last),
        daysSinceSale: f.last < 0 ? null : asOfDay - f.last, revenue: f.revenue, prevRevenue: f.prevRevenue,
        changePercent: f.change === null ? null : Math.round(f.change * 100) / 100, flags: f.flags,
      });
    }
    const names = new Map(
      core.store.sqlite.prepare('SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(page.map((r) => r.customerId))) as [string, string][],
    );
    for (const r of page) r.name = names.get(r.customerId) ?? r.code;
  }
  return { asOf, noSaleDays: q.noSaleDays, dropPercent: q.dropPercent, windowDays: q.windowDays, counts, rows: page, total: counts.flagged };
}
