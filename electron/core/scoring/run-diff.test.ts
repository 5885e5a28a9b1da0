import { describe, expect, it } from 'vitest';
import type { ChurnReport, ChurnRow, RunDiff, RunInfo } from '../../../shared/ipc/channels/ratings';
import type { Channel, Input } from '../../../shared/ipc/contract';
import { parseDay } from '../../../shared/scoring';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { churnFlags, type ChurnQuery } from './churn-flags';
import { loadCustomerFacts } from './customer-facts-query';
import { diffRuns } from './run-diff';
import { getRun, getRunRow } from './run-info';
import { ensureRunRows } from './run-results';
import { addCustomer, demoCore } from './scoring-test-kit';

async function call<T>(core: Core, channel: Channel, input: Input<typeof channel>): Promise<T> {
  const r = await dispatch({ core, progress: () => {}, cancelled: () => false }, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value as T;
}

/** The former diff: every customer of both runs loaded and compared in JS (the reference for the SQL counts). */
function legacyDiff(core: Core, fromRunId: string, toRunId: string, limit: number): RunDiff {
  const from = getRun(core.store, fromRunId);
  const to = getRun(core.store, toRunId);
  const tierOrder = [...to.tiers.map((t) => t.id)];
  for (const t of from.tiers) if (!tierOrder.includes(t.id)) tierOrder.push(t.id);
  const rank = new Map(tierOrder.map((id, i) => [id, i]));
  ensureRunRows(core, [fromRunId, toRunId]);
  const rows = core.store.sqlite
    .prepare(
      `SELECT id, code, name, max(a) AS a, max(b) AS b FROM (
         SELECT r.customer_id AS id, r.final_tier AS a, NULL AS b FROM temp.run_results r WHERE r.run_id = ?
         UNION ALL SELECT r.customer_id, NULL, r.final_tier FROM temp.run_results r WHERE r.run_id = ?
       ) u JOIN customers c USING (id) GROUP BY id ORDER BY code, id`,
    )
    .raw()
    .all(fromRunId, toRunId) as [string, string, string, string | null, string | null][];
  const counts = { upgrades: 0, downgrades: 0, unchanged: 0, new: 0, lost: 0 };
  const transitions = new Map<string, { from: string | null; to: string | null; count: number }>();
  const changes: RunDiff['changes'] = [];
  let changesTotal = 0;
  for (const [customerId, code, name, a, b] of rows) {
    const key = `${a ?? ''}\u0000${b ?? ''}`;
    const t = transitions.get(key) ?? { from: a, to: b, count: 0 };
    t.count++;
    transitions.set(key, t);
    let change: RunDiff['changes'][number]['change'] | null = null;
    if (a === null) change = 'new';
    else if (b === null) change = 'lost';
    else if (a === b) counts.unchanged++;
    else change = (rank.get(b) ?? Infinity) < (rank.get(a) ?? Infinity) ? 'upgrade' : 'downgrade';
    if (change === null) continue;
    counts[change === 'upgrade' ? 'upgrades' : change === 'downgrade' ? 'downgrades' : change]++;
    changesTotal++;
    if (changes.length < limit) changes.push({ customerId, code, name, from: a, to: b, change });
  }
  const order = (t: string | null) => (t === null ? tierOrder.length : (rank.get(t) ?? tierOrder.length));
  const list = [...transitions.values()].sort((x, y) => order(x.from) - order(y.from) || order(x.to) - order(y.to));
  return { from, to, tierOrder, counts, transitions: list, changes, changesTotal };
}

/** The former churn report: the full customer facts, flagged and sorted in JS. */
function legacyChurn(core: Core, q: ChurnQuery): ChurnReport {
  const run = q.runId ? getRunRow(core.store, q.runId) : null;
  const asOf = run?.as_of ?? q.asOf ?? core.today();
  const tiers = new Map<string, string>();
  if (run) ensureRunRows(core, [run.id]);
  if (run) for (const [id, tier] of core.store.sqlite.prepare('SELECT customer_id, final_tier FROM temp.run_results WHERE run_id = ?').raw().all(run.id) as [string, string][]) tiers.set(id, tier);
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
  const names = new Map(core.store.sqlite.prepare('SELECT id, name FROM customers').raw().all() as [string, string][]);
  for (const r of page) r.name = names.get(r.customerId) ?? r.code;
  return { asOf, noSaleDays: q.noSaleDays, dropPercent: q.dropPercent, windowDays: q.windowDays, counts, rows: page, total: flagged.length };
}

/** A small demo book rated twice, with customers archived (lost) and added (new) between the runs. */
async function twoRuns(): Promise<{ core: Core; r1: RunInfo; r2: RunInfo }> {
  const core = demoCore(400);
  const models = await call<{ id: string; publishedVersionId: string | null }[]>(core, 'models.list', {});
  const modelId = models.find((m) => m.publishedVersionId)!.id;
  const r1 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2025-03-31' });
  const ids = core.store.sqlite.prepare('SELECT id FROM customers ORDER BY code LIMIT 7').pluck().all() as string[];
  for (const id of ids) core.rows.update('customers', id, { status: 'archived' });
  for (let i = 0; i < 5; i++) addCustomer(core, `ZNEW${i}`, [['2025-06-01', 9_000_000 * (i + 1)]]);
  const r2 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2025-09-30' });
  return { core, r1, r2 };
}

describe('run diff and churn in SQL against the former JS passes', () => {
  it('diffs two runs of a demo book exactly as the JS comparison did, for any limit', async () => {
    const { core, r1, r2 } = await twoRuns();
    for (const limit of [0, 1, 10, 5000]) {
      const diff = diffRuns(core, r1.id, r2.id, limit);
      expect(diff).toEqual(legacyDiff(core, r1.id, r2.id, limit));
      expect(diff.changes.length).toBe(Math.min(limit, diff.changesTotal));
    }
    const full = diffRuns(core, r1.id, r2.id, 5000);
    expect(full.counts.new).toBe(5);
    expect(full.counts.lost).toBe(7);
    expect(full.counts.upgrades + full.counts.downgrades).toBeGreaterThan(0);
    expect(diffRuns(core, r2.id, r1.id, 100)).toEqual(legacyDiff(core, r2.id, r1.id, 100));
    expect(diffRuns(core, r2.id, r2.id, 100)).toEqual(legacyDiff(core, r2.id, r2.id, 100));
  });

  it('flags churn of a run and of the book as the facts pass did; limit 0 gives the counts only', async () => {
    const { core, r1, r2 } = await twoRuns();
    const base = { noSaleDays: 180, dropPercent: 30, windowDays: 365, offset: 0 };
    for (const q of [
      { ...base, runId: r2.id, limit: 50 },
      { ...base, runId: r1.id, limit: 5000 },
      { ...base, runId: r2.id, limit: 20, offset: 30, noSaleDays: 60, dropPercent: 10, windowDays: 90 },
      { ...base, asOf: '2025-10-01', limit: 5000 },
    ]) {
      expect(churnFlags(core, q)).toEqual(legacyChurn(core, q));
    }
    const counts = await call<ChurnReport>(core, 'ratings.churn', { runId: r2.id, limit: 0 });
    expect(counts.rows).toEqual([]);
    expect(counts.counts).toEqual(legacyChurn(core, { ...base, runId: r2.id, limit: 1 }).counts);
    expect(counts.total).toBe(counts.counts.flagged);
    expect(counts.total).toBeGreaterThan(0);
  });
});
