import { describe, expect, it } from 'vitest';
import { openCore } from '../electron/core/core';
import { builtInVersionId } from '../electron/core/models/built-in-models';
import { customerRating } from '../electron/core/scoring/rating-queries';
import { runColumns } from '../electron/core/scoring/run-results';
import { SEED_TEMPLATE } from '../shared/scoring/template-seed';
import { bookAt } from './migration-test-kit';

const RUN = '11111111-1111-4111-8111-111111111111';
const VERSION = builtInVersionId('seed');

describe('migration 0005 packed_rating_results', () => {
  it('moves every stored result into blocks with its explanation unchanged, then drops the old table', () => {
    const { db, file } = bookAt(4);
    db.prepare("INSERT INTO models (id, name, created_at, updated_at) VALUES ('m1', 'seed', 't', 'h')").run();
    db.prepare("INSERT INTO model_versions (id, model_id, version, status, definition, created_at, updated_at) VALUES (?, 'm1', 1, 'published', ?, 't', 'h')")
      .run(VERSION, JSON.stringify({ ...SEED_TEMPLATE.definition, missing: 'redistribute' }));
    db.prepare("INSERT INTO rating_runs (id, model_version_id, as_of, created_at, customer_count, updated_at) VALUES (?, ?, '2025-10-01', 't', 2, 'h')").run(RUN, VERSION);
    const customers = ['c-a', 'c-b'];
    for (const id of customers) db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES (?, ?, 'x', 't', 'h')").run(id, id.toUpperCase());
    const reasonsA = [{ code: 'tier_rule', rule: 'score', tier: 'B', score: 71.5, threshold: 70 }];
    const reasonsB = [
      { code: 'incomplete', policy: 'redistribute', missing: ['potential'] },
      { code: 'tier_rule', rule: 'score', tier: 'C', score: 55, threshold: 50 },
      { code: 'override', from: 'C', to: 'A', reason: 'key account', expiresAt: null },
    ];
    const insert = db.prepare(
      'INSERT INTO rating_results (run_id, customer_id, total_score, computed_tier, final_tier, incomplete, revenue, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run(RUN, 'c-a', 71.5, 'B', 'B', 0, 123_456, JSON.stringify({ v: [1234.56, 3, 12, 4, 5], p: [80, 60, 70, 75, 100], c: [24, 12, 14, 11.25, 15], r: reasonsA }));
    insert.run(RUN, 'c-b', 55, 'C', 'A', 1, -500, JSON.stringify({ v: [10, 1, 2, 3, null], p: [20, 40, 50, 60, null], c: [7.0588, 9.4118, 11.7647, 10.5882, 0], w: [35.2941, 23.5294, 23.5294, 17.6471, 0], r: reasonsB }));
    db.close();

    const core = openCore(file, { backup: false });
    expect(core.store.sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    expect(core.store.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'rating_results'").pluck().get()).toBe(0);
    const cols = runColumns(core, RUN);
    expect(cols.customerIds).toEqual(customers);
    expect([...cols.revenue]).toEqual([123_456, -500]);
    expect(cols.tierIds.slice(0, 4)).toEqual(['A', 'B', 'C', 'D']);
    const a = customerRating(core, 'c-a', RUN).result;
    expect(a).toMatchObject({ code: 'C-A', totalScore: 71.5, computedTier: 'B', finalTier: 'B', incomplete: false, missing: [], reasons: reasonsA });
    expect(a?.indicators.map((x) => [x.value, x.points, x.contribution, x.effectiveWeight])).toEqual([
      [1234.56, 80, 24, 30], [3, 60, 12, 20], [12, 70, 14, 20], [4, 75, 11.25, 15], [5, 100, 15, 15],
    ]);
    const b = customerRating(core, 'c-b', RUN).result;
    expect(b).toMatchObject({ finalTier: 'A', computedTier: 'C', incomplete: true, missing: ['potential'], reasons: reasonsB });
    expect(b?.indicators[4]).toMatchObject({ value: null, points: null, contribution: 0, effectiveWeight: 0 });
    expect(b?.indicators[0].effectiveWeight).toBeCloseTo(35.2941, 3);
    core.close();
  });
});
