import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TemplateId } from '../../../shared/scoring';
import type { Core } from '../core';
import { runImport } from '../import/run-import';
import { builtInVersionId, ensureBuiltInModels } from '../models/built-in-models';
import { bookSummary } from '../summary/book-summary';
import { ensureRunRows } from './run-results';
import { runRating } from './rating-run';
import { tempCore } from './scoring-test-kit';

const DATA = path.resolve(__dirname, '../../../../shared/data');
const RETAIL = path.join(DATA, 'online-retail/OnlineRetail.csv.gz');
const CDNOW = path.join(DATA, 'cdnow/CDNOW_master.txt');
const ctx = { progress: () => {}, cancelled: () => false };
const TEMPLATES: TemplateId[] = ['seed', 'rfm', 'abc', 'value-potential'];

async function importBook(file: string, format: 'online-retail' | 'cdnow'): Promise<Core> {
  const core = tempCore();
  await runImport(core, { kind: 'orders', file, format, mode: 'skip-bad-rows', dryRun: false, language: 'en' } as never, ctx);
  ensureBuiltInModels(core);
  return core;
}

function rateAll(core: Core, asOf: string) {
  return Object.fromEntries(TEMPLATES.map((t) => [t, runRating(core, { versionId: builtInVersionId(t), asOf })]));
}

/** Revenue share per final tier of a run (of the positive revenue). */
function revenueShares(core: Core, runId: string): Record<string, number> {
  ensureRunRows(core, [runId]);
  const rows = core.store.sqlite
    .prepare('SELECT final_tier AS t, sum(max(revenue, 0)) AS r FROM temp.run_results WHERE run_id = ? GROUP BY final_tier')
    .all(runId) as { t: string; r: number }[];
  const total = rows.reduce((s, x) => s + x.r, 0);
  return Object.fromEntries(rows.map((x) => [x.t, x.r / total]));
}

describe('golden: Online Retail rated with every template as of 2011-12-10', () => {
  it('holds the book figures and stable tier counts', async () => {
    const core = await importBook(RETAIL, 'online-retail');
    expect(bookSummary(core.store, { asOf: '2011-12-10', window: 'all' })).toMatchObject({ customers: 4372, orders: 22190, revenue: 830_006_581 });
    const runs = rateAll(core, '2011-12-10');
    for (const run of Object.values(runs)) expect(run.customers).toBe(4372);
    // the seed scorecard's revenue bands are for ¥-million B2B books and the file has no assessments: all D
    expect(runs.seed.tierCounts).toEqual({ A: 0, B: 0, C: 0, D: 4372 });
    expect(runs.rfm.tierCounts).toEqual({
      champions: 932, loyal: 709, new: 227, promising: 251, potential_loyalist: 462, cant_lose: 172,
      need_attention: 373, at_risk: 245, about_to_sleep: 280, lost: 360, hibernating: 361,
    });
    expect(runs.abc.tierCounts).toEqual({ A: 1171, B: 1423, C: 1778 });
    const shares = revenueShares(core, runs.abc.id);
    expect(shares.A).toBeGreaterThan(0.78);
    expect(shares.A).toBeLessThan(0.81);
    expect(shares.A + shares.B).toBeGreaterThan(0.94);
    // no assessments: potential is missing for everyone, so the matrix splits on value alone (thirds)
    expect(runs['value-potential'].tierCounts).toMatchObject({ 'high-value/low-potential': 1458, 'mid-value/low-potential': 1457, 'low-value/low-potential': 1457 });
    core.close();
  });
});

describe('golden: CDNOW rated with every template as of 1998-06-30', () => {
  it('holds stable tier counts', async () => {
    const core = await importBook(CDNOW, 'cdnow');
    const runs = rateAll(core, '1998-06-30');
    for (const run of Object.values(runs)) expect(run.customers).toBe(23_570);
    expect(runs.seed.tierCounts).toEqual({ A: 0, B: 0, C: 0, D: 23_570 });
    expect(runs.rfm.tierCounts).toEqual({
      champions: 6557, loyal: 3448, new: 0, promising: 2402, potential_loyalist: 1716, cant_lose: 155,
      need_attention: 1561, at_risk: 874, about_to_sleep: 2893, lost: 1740, hibernating: 2224,
    });
    expect(runs.abc.tierCounts).toEqual({ A: 3080, B: 2650, C: 17_840 });
    const shares = revenueShares(core, runs.abc.id);
    expect(shares.A).toBeGreaterThan(0.78);
    expect(shares.A).toBeLessThan(0.81);
    expect(runs['value-potential'].tierCounts).toMatchObject({ 'high-value/low-potential': 7844, 'mid-value/low-potential': 488, 'low-value/low-potential': 15_238 });
    core.close();
  });
});
