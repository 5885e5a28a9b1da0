import { describe, expect, it } from 'vitest';
import type { ChurnReport, CustomerRating, RunDiff, RunInfo } from '../../../shared/ipc/channels/ratings';
import type { Channel, Input } from '../../../shared/ipc/contract';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { addCustomer, tempCore } from './scoring-test-kit';

async function call<T>(core: Core, channel: Channel, input: Input<typeof channel>): Promise<T> {
  const r = await dispatch({ core, progress: () => {}, cancelled: () => false }, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value as T;
}

/** A score model on revenue of the last 365 days: ≥ 10,000 → A, ≥ 1,000 → B, else C. */
const BANDS = {
  window: { kind: 'days', days: 365 },
  indicators: [{ key: 'revenue', weight: 100, rule: { kind: 'bands', bands: [{ min: 0, max: 1000, points: 10 }, { min: 1000, max: 10_000, points: 60 }, { min: 10_000, points: 100 }] } }],
  tiers: { kind: 'score', levels: [{ tier: 'A', min: 90 }, { tier: 'B', min: 50 }, { tier: 'C', min: 0 }] },
};

async function publishedModel(core: Core): Promise<string> {
  const m = await call<{ id: string }>(core, 'models.create', { name: '测试模型' });
  await call(core, 'models.saveDraft', { id: m.id, definition: BANDS });
  await call(core, 'models.publish', { id: m.id });
  return m.id;
}

describe('rating flow on a hand-made book', () => {
  it('diffs two runs: upgrades, downgrades, unchanged, new, lost and transitions', async () => {
    const core = tempCore();
    const modelId = await publishedModel(core);
    const up = addCustomer(core, 'UP', [['2024-06-01', 50_000], ['2025-06-01', 2_000_000]]);
    addCustomer(core, 'DOWN', [['2024-06-01', 2_000_000], ['2025-06-01', 50_000]]);
    addCustomer(core, 'SAME', [['2024-06-01', 5_000], ['2025-06-01', 5_000]]);
    const lost = addCustomer(core, 'LOST', [['2024-06-01', 5_000]]);
    const r1 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2024-12-31' });
    core.rows.update('customers', lost, { status: 'archived' });
    addCustomer(core, 'NEW', [['2025-06-01', 5_000_000]]);
    const r2 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2025-12-31' });
    expect(r1.tierCounts).toEqual({ A: 1, B: 0, C: 3 });
    const diff = await call<RunDiff>(core, 'ratings.diff', { fromRunId: r1.id, toRunId: r2.id });
    expect(diff.counts).toEqual({ upgrades: 1, downgrades: 1, unchanged: 1, new: 1, lost: 1 });
    expect(diff.transitions).toEqual([
      { from: 'A', to: 'C', count: 1 },
      { from: 'C', to: 'A', count: 1 },
      { from: 'C', to: 'C', count: 1 },
      { from: 'C', to: null, count: 1 },
      { from: null, to: 'A', count: 1 },
    ]);
    expect(diff.changes.find((c) => c.customerId === up)).toMatchObject({ from: 'C', to: 'A', change: 'upgrade' });
    const rating = await call<CustomerRating>(core, 'ratings.customer', { customerId: up });
    expect(rating.history.map((h) => h.finalTier)).toEqual(['A', 'C']);
    expect(rating.result?.indicators[0]).toMatchObject({ key: 'revenue', value: 20_000, points: 100, contribution: 100 });
    core.close();
  });

  it('applies an override at the next run while unexpired, shows it beside the computed tier, audits it', async () => {
    const core = tempCore();
    const modelId = await publishedModel(core);
    const id = addCustomer(core, 'X', [['2025-01-01', 50_000]]);
    const o = await call<{ id: string }>(core, 'overrides.set', { customerId: id, tier: 'A', reason: '战略客户', expiresAt: '2025-06-30' });
    const run1 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2025-03-01' });
    let rating = await call<CustomerRating>(core, 'ratings.customer', { customerId: id, runId: run1.id });
    expect(rating.result).toMatchObject({ computedTier: 'C', finalTier: 'A' });
    expect(rating.result?.reasons.at(-1)).toMatchObject({ code: 'override', from: 'C', to: 'A', reason: '战略客户' });
    const run2 = await call<RunInfo>(core, 'ratings.run', { modelId, asOf: '2025-06-30' });
    rating = await call<CustomerRating>(core, 'ratings.customer', { customerId: id, runId: run2.id });
    expect(rating.result).toMatchObject({ computedTier: 'C', finalTier: 'C' });
    expect(rating.result?.reasons.at(-1)).toMatchObject({ code: 'override_expired' });
    expect(rating.history.map((h) => [h.computedTier, h.finalTier])).toEqual([['C', 'C'], ['C', 'A']]);
    await expect(call(core, 'overrides.set', { customerId: id, tier: 'A', reason: '  ' })).rejects.toThrow(/validation/);
    await call(core, 'overrides.revoke', { id: o.id });
    expect(await call(core, 'overrides.list', { customerId: id })).toEqual([]);
    const audit = core.store.sqlite.prepare("SELECT action FROM audit WHERE entity = 'override' ORDER BY id").pluck().all();
    expect(audit).toEqual(['set', 'revoke']);
    core.close();
  });

  it('flags churn: no sale in N days, revenue down more than X %', async () => {
    const core = tempCore();
    addCustomer(core, 'QUIET', [['2024-01-10', 10_000]]);
    addCustomer(core, 'DROP', [['2024-03-01', 100_000], ['2025-03-01', 20_000]]);
    addCustomer(core, 'FINE', [['2024-03-01', 10_000], ['2025-09-01', 12_000]]);
    const report = await call<ChurnReport>(core, 'ratings.churn', { asOf: '2025-10-01', noSaleDays: 180, dropPercent: 30 });
    expect(report.rows.map((r) => [r.code, r.flags])).toEqual([
      ['DROP', ['no_sale', 'revenue_drop']],
      ['QUIET', ['no_sale', 'revenue_drop']],
    ]);
    expect(report.rows[0]).toMatchObject({ changePercent: -80, daysSinceSale: 214 });
    expect(report.counts).toEqual({ noSale: 2, revenueDrop: 2, flagged: 2 });
    const pareto = await call<{ customers: number; top20Share: number }>(core, 'ratings.pareto', { asOf: '2025-10-01', window: 'all' });
    expect(pareto.customers).toBe(3);
    core.close();
  });
});
