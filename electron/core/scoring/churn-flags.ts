import type { ChurnReport, ChurnRow } from '../../../shared/ipc/channels/ratings';
import { parseDay } from '../../../shared/scoring';
import type { Core } from '../core';
import { loadCustomerFacts } from './customer-facts-query';
import { getRunRow } from './run-info';

export interface ChurnQuery {
  runId?: string;
  asOf?: string;
  noSaleDays: number;
  dropPercent: number;
  windowDays: number;
  limit: number;
  offset: number;
}

/**
 * Churn flags as of a run's date (over its customers, with their tier) or as of a date over the book:
 * `no_sale` = no sale order in the last noSaleDays days (or never); `revenue_drop` = window revenue down more
 * than dropPercent % against the window before it. Flagged customers, the largest previous revenue first.
 */
export function churnFlags(core: Core, q: ChurnQuery): ChurnReport {
  const run = q.runId ? getRunRow(core.store, q.runId) : null;
  const asOf = run?.as_of ?? q.asOf ?? core.today();
  const tiers = new Map<string, string>();
  if (run) {
    const rows = core.store.sqlite.prepare('SELECT customer_id, final_tier FROM rating_results WHERE run_id = ?').raw().all(run.id) as [string, string][];
    for (const [id, tier] of rows) tiers.set(id, tier);
  }
  const facts = loadCustomerFacts(core, { asOf, window: { kind: 'days', days: q.windowDays }, needs: { assessment: false, customFields: [] } });
  const asOfDay = parseDay(asOf) as number;
  const flagged: ChurnRow[] = [];
  const counts = { noSale: 0, revenueDrop: 0, flagged: 0 };
  for (const f of facts) {
    if (run && !tiers.has(f.customerId)) continue;
    const last = parseDay(f.lastOrderDate);
    const days = last === null ? null : asOfDay - last;
    const change = f.prevRevenue > 0 ? ((f.revenue - f.prevRevenue) / f.prevRevenue) * 100 : null;
    const flags: ChurnRow['flags'] = [];
    if (days === null || days > q.noSaleDays) flags.push('no_sale');
    if (change !== null && change < -q.dropPercent) flags.push('revenue_drop');
    if (!flags.length) continue;
    if (flags.includes('no_sale')) counts.noSale++;
    if (flags.includes('revenue_drop')) counts.revenueDrop++;
    counts.flagged++;
    flagged.push({
      customerId: f.customerId, code: f.code, name: f.name, tier: tiers.get(f.customerId) ?? null, lastOrderDate: f.lastOrderDate ?? null,
      daysSinceSale: days, revenue: f.revenue, prevRevenue: f.prevRevenue, changePercent: change === null ? null : Math.round(change * 100) / 100, flags,
    });
  }
  flagged.sort((a, b) => b.prevRevenue - a.prevRevenue || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const page = flagged.slice(q.offset, q.offset + q.limit);
  const names = new Map(
    (core.store.sqlite.prepare('SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(page.map((r) => r.customerId))) as [string, string][]),
  );
  for (const r of page) r.name = names.get(r.customerId) ?? r.code;
  return { asOf, noSaleDays: q.noSaleDays, dropPercent: q.dropPercent, windowDays: q.windowDays, counts, rows: page, total: flagged.length };
}
