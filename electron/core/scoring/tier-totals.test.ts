import { afterAll, describe, expect, it } from 'vitest';
import { dispatchTyped } from '../dispatch';
import { demoCore } from './scoring-test-kit';

const core = demoCore(400, 5);
const ctx = { core, progress: () => {}, cancelled: () => false };
afterAll(() => core.close());

describe('ratings.tierTotals', () => {
  it('sums customers and revenue per final tier, matching the run results row by row', async () => {
    const run = await dispatchTyped(ctx, 'ratings.run', { modelId: await builtInId('abc'), asOf: '2025-10-01' });
    if (!run.ok) throw new Error(run.error.message.en);
    const totals = await dispatchTyped(ctx, 'ratings.tierTotals', { runId: run.value.id });
    if (!totals.ok) throw new Error(totals.error.message.en);
    const results = await dispatchTyped(ctx, 'ratings.results', { runId: run.value.id, limit: 1000 });
    if (!results.ok) throw new Error(results.error.message.en);
    const expected: Record<string, { customers: number; revenue: number }> = {};
    for (const row of results.value.rows) {
      const t = (expected[row.finalTier] ??= { customers: 0, revenue: 0 });
      t.customers += 1;
      t.revenue += row.revenue;
    }
    expect(totals.value).toEqual(expected);
    expect(Object.values(totals.value).reduce((n, t) => n + t.customers, 0)).toBe(run.value.customers);
    const unknown = await dispatchTyped(ctx, 'ratings.tierTotals', { runId: 'no-such-run' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

async function builtInId(template: string): Promise<string> {
  const models = await dispatchTyped(ctx, 'models.list', {});
  if (!models.ok) throw new Error(models.error.message.en);
  const model = models.value.find((m) => m.template === template);
  if (!model) throw new Error(`no built-in ${template}`);
  return model.id;
}
