import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, scoreBookColumns, type TemplateId } from '../../../shared/scoring';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { builtInVersionId, ensureBuiltInModels } from '../models/built-in-models';
import { loadCustomerFacts } from './customer-facts-query';
import { factNeeds } from './fact-needs';
import { runRating } from './rating-run';
import { runColumns } from './run-results';
import { blockReasons, bookBlockInput, decodeResultBlock, encodeResultBlock } from './result-block';
import { blockResult } from './result-explanation';
import { demoCore } from './scoring-test-kit';

const AS_OF = '2025-10-01';

/** A run's stored blocks, byte for byte (hex), in order. */
function resultsHex(core: Core, runId: string): string {
  const blocks = core.store.sqlite.prepare('SELECT first_customer_id, customers, data FROM rating_result_blocks WHERE run_id = ? ORDER BY first_customer_id').raw().all(runId) as [string, number, Buffer][];
  return blocks.map(([first, n, data]) => `${first}:${n}:${data.toString('hex')}`).join('\n');
}

describe('rating runs on a demo book', () => {
  let core: Core;
  const ctx = () => ({ core, progress: () => {}, cancelled: () => false });
  beforeAll(() => {
    core = demoCore(800, 3);
    ensureBuiltInModels(core);
  });
  afterAll(() => core.close());

  it('runs every template, persists the run and its results, and reloads them', async () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const run = runRating(core, { versionId: builtInVersionId(t.id), asOf: AS_OF });
      expect(run.customers).toBe(800);
      expect(Object.values(run.tierCounts).reduce((a, b) => a + b, 0)).toBe(800);
      const listed = await dispatch(ctx(), 'ratings.get', { runId: run.id });
      expect(listed).toEqual({ ok: true, value: run });
      const page = await dispatch(ctx(), 'ratings.results', { runId: run.id, limit: 10 });
      if (!page.ok) throw new Error('results failed');
      const value = page.value as { total: number; rows: { totalScore: number }[] };
      expect(value.total).toBe(800);
      expect(value.rows.map((r) => r.totalScore)).toEqual([...value.rows.map((r) => r.totalScore)].sort((a, b) => b - a));
    }
  });

  it('stores explanations that decode to exactly the engine result', () => {
    const compact = { guarded: 0, incomplete: 0 };
    for (const t of BUILT_IN_TEMPLATES) {
      const def = t.definition;
      const facts = loadCustomerFacts(core, { asOf: AS_OF, window: def.window, needs: factNeeds(def) });
      const book = scoreBookColumns(facts, def, AS_OF);
      const revenue = (i: number) => Math.round(facts[i].revenue);
      // blocks of 300 from 0, so block boundaries fall inside the book
      for (let from = 0; from < book.n; from += 300) {
        const to = Math.min(book.n, from + 300);
        const block = decodeResultBlock(encodeResultBlock(bookBlockInput(book, from, to, revenue)));
        expect(block.n).toBe(to - from);
        for (let k = 0; k < block.n; k++) {
          const i = from + k;
          expect(blockReasons(block, k, def)).toEqual(book.reasonsOf(i));
          expect(block.revenue[k]).toBe(revenue(i));
          expect(blockResult(block, k, book.codes[i], def), `${t.id} ${i}`).toEqual(book.resultOf(i));
          if (block.guard[k] !== 255) compact.guarded++;
          if (block.reasonsJson[k] === '' && book.incomplete[i]) compact.incomplete++;
        }
      }
    }
    // the compact forms were exercised: a guard's reason and missing data
    expect(compact.guarded).toBeGreaterThan(0);
    expect(compact.incomplete).toBeGreaterThan(0);
  });

  it('serves a stored run through the customer profile exactly as the engine explains it', async () => {
    const run = runRating(core, { versionId: builtInVersionId('seed'), asOf: AS_OF });
    const def = BUILT_IN_TEMPLATES.find((t) => t.id === 'seed')!.definition;
    const facts = loadCustomerFacts(core, { asOf: AS_OF, window: def.window, needs: factNeeds(def) });
    const book = scoreBookColumns(facts, def, AS_OF);
    for (const i of [0, 1, 399, 799]) {
      const r = await dispatch(ctx(), 'ratings.customer', { customerId: book.customerIds[i], runId: run.id });
      if (!r.ok) throw new Error(r.error.message.en);
      expect((r.value as { result: unknown }).result).toEqual(book.resultOf(i));
    }
  });

  it('is deterministic: the same book, version and date give byte-identical results', () => {
    for (const id of ['seed', 'rfm'] as TemplateId[]) {
      const a = runRating(core, { versionId: builtInVersionId(id), asOf: AS_OF });
      const b = runRating(core, { versionId: builtInVersionId(id), asOf: AS_OF });
      expect(resultsHex(core, a.id)).toBe(resultsHex(core, b.id));
      expect(resultsHex(core, a.id).length).toBeGreaterThan(800 * 100);
      expect(a.tierCounts).toEqual(b.tierCounts);
    }
  });

  it('keeps customer_current_tier on the newest run by as-of date', () => {
    const current = () => core.store.sqlite.prepare('SELECT customer_id, tier, score FROM customer_current_tier ORDER BY customer_id').raw().all();
    const ofRun = (runId: string) => {
      const cols = runColumns(core, runId);
      return cols.customerIds.map((id, i) => [id, cols.tierIds[cols.final[i]], cols.totalScore[i]]);
    };
    const newestSoFar = runRating(core, { versionId: builtInVersionId('rfm'), asOf: AS_OF });
    expect(current()).toEqual(ofRun(newestSoFar.id));
    // back-dated runs (older as-of dates) change nothing: a newer run holds every customer
    runRating(core, { versionId: builtInVersionId('abc'), asOf: '2025-09-30' });
    runRating(core, { versionId: builtInVersionId('seed'), asOf: '2024-01-01' });
    expect(current()).toEqual(ofRun(newestSoFar.id));
    const newest = runRating(core, { versionId: builtInVersionId('abc'), asOf: '2026-01-01' });
    expect(current()).toEqual(ofRun(newest.id));
  });

  it('a back-dated run moves the customers that no newer run holds (a newer run of a segment)', async () => {
    const dormant = core.store.sqlite.prepare("SELECT id FROM customers WHERE status = 'dormant' ORDER BY id").pluck().all() as string[];
    expect(dormant.length).toBeGreaterThan(0);
    const segment = await dispatch(ctx(), 'ratings.run', { modelId: '00000000-0000-4000-8000-000000000003', asOf: '2027-01-01', segment: { statuses: ['dormant'] } });
    if (!segment.ok) throw new Error(segment.error.message.en);
    const backDated = runRating(core, { versionId: builtInVersionId('seed'), asOf: '2026-06-01' });
    const tiers = new Map(core.store.sqlite.prepare('SELECT customer_id, tier FROM customer_current_tier').raw().all() as [string, string][]);
    const seg = runColumns(core, (segment.value as { id: string }).id);
    const back = runColumns(core, backDated.id);
    for (let i = 0; i < back.n; i++) {
      const id = back.customerIds[i];
      const k = seg.indexOf(id);
      expect(tiers.get(id), id).toBe(k >= 0 ? seg.tierIds[seg.final[k]] : back.tierIds[back.final[i]]);
    }
  });

  it('rates a segment only', async () => {
    const r = await dispatch(ctx(), 'ratings.run', { modelId: '00000000-0000-4000-8000-000000000003', asOf: AS_OF, segment: { statuses: ['dormant'] } });
    if (!r.ok) throw new Error(r.error.message.en);
    const run = r.value as { customers: number; segment: unknown };
    const dormant = core.store.sqlite.prepare("SELECT count(*) FROM customers WHERE status = 'dormant'").pluck().get();
    expect(run.customers).toBe(dormant);
    expect(run.segment).toEqual({ statuses: ['dormant'] });
  });

  it('refuses a draft version and reports progress', () => {
    const stages: string[] = [];
    runRating(core, { versionId: builtInVersionId('seed'), asOf: AS_OF, progress: (p) => stages.push(p.stage ?? '') });
    expect(stages).toEqual(['facts', 'score', 'write', 'write']);
    const draft = core.rows.insert('model_versions', { model_id: '00000000-0000-4000-8000-000000000001', version: 9, status: 'draft', definition: '{}', created_at: 'x' });
    expect(() => runRating(core, { versionId: draft, asOf: AS_OF })).toThrow(/published/);
  });
});
