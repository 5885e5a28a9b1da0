import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelDefinitionInput } from './model-schema';
import { scoreBook } from './score-book';
import { facts, syntheticBook } from './test-fixtures';
import { ModelValidationError } from './validate-model';

const AS_OF = '2025-10-01';
const model = (missing: 'zero' | 'redistribute'): ModelDefinitionInput => ({
  missing,
  indicators: [
    { key: 'revenue', weight: 50, rule: { kind: 'linear', min: 0, max: 1000 } },
    { key: 'satisfaction', weight: 30, rule: { kind: 'linear', min: 1, max: 5 } },
    { key: 'recency_days', weight: 20, rule: { kind: 'linear', min: 0, max: 100, invert: true } },
  ],
  tiers: { kind: 'score', levels: [{ tier: 'A', min: 80 }, { tier: 'B', min: 50 }, { tier: 'C', min: 0 }] },
  guards: [{ kind: 'cap', tier: 'C', when: { indicator: 'order_count', op: '==', value: 0 } }],
});

describe('scoreBook', () => {
  const full = facts({ code: 'F', revenue: 100_000, orderCount: 3, lastOrderDate: '2025-09-21', assessment: { satisfaction: 5 } });
  const partial = facts({ code: 'P', revenue: 100_000, orderCount: 3, lastOrderDate: '2025-09-21' });

  it('explains every indicator: value, points, weights, contribution', () => {
    const [r] = scoreBook([full], model('zero'), AS_OF).results;
    expect(r.totalScore).toBe(98);
    expect(r.indicators).toEqual([
      { key: 'revenue', value: 1000, points: 100, weight: 50, effectiveWeight: 50, contribution: 50 },
      { key: 'satisfaction', value: 5, points: 100, weight: 30, effectiveWeight: 30, contribution: 30 },
      { key: 'recency_days', value: 10, points: 90, weight: 20, effectiveWeight: 20, contribution: 18 },
    ]);
    expect(r).toMatchObject({ computedTier: 'A', finalTier: 'A', incomplete: false, missing: [] });
    expect(r.reasons).toEqual([{ code: 'tier_rule', rule: 'score', tier: 'A', score: 98, threshold: 80 }]);
  });

  it("scores a missing indicator 0 under 'zero' and marks the result incomplete", () => {
    const book = scoreBook([partial], model('zero'), AS_OF);
    const r = book.results[0];
    expect(r.totalScore).toBe(68);
    expect(r.indicators[1]).toEqual({ key: 'satisfaction', value: null, points: null, weight: 30, effectiveWeight: 30, contribution: 0 });
    expect(r).toMatchObject({ incomplete: true, missing: ['satisfaction'], computedTier: 'B' });
    expect(r.reasons[0]).toEqual({ code: 'incomplete', policy: 'zero', missing: ['satisfaction'] });
    expect(book.incompleteCount).toBe(1);
  });

  it("spreads a missing weight over the others under 'redistribute'", () => {
    const r = scoreBook([partial], model('redistribute'), AS_OF).results[0];
    expect(r.indicators.map((x) => x.effectiveWeight)).toEqual([50 / 0.7, 0, 20 / 0.7]);
    expect(r.totalScore).toBe(97.14); // (50·100 + 20·90) / 70
    expect(r).toMatchObject({ incomplete: true, computedTier: 'A' });
    expect(r.reasons[0]).toMatchObject({ code: 'incomplete', policy: 'redistribute' });
  });

  it('applies guards after the tier rule', () => {
    const r = scoreBook([{ ...full, orderCount: 0 }], model('zero'), AS_OF).results[0];
    expect(r.computedTier).toBe('C');
    expect(r.reasons.at(-1)).toMatchObject({ code: 'guard_cap', from: 'A', to: 'C', indicator: 'order_count', value: 0 });
  });

  it('applies an override in force last, and skips an expired one', () => {
    const overrides = new Map([
      ['id-F', { tier: 'C', reason: 'Payment issues', expiresAt: '2025-10-02' }],
      ['id-P', { tier: 'A', reason: 'Key account', expiresAt: AS_OF }],
    ]);
    const book = scoreBook([full, partial], model('zero'), AS_OF, overrides);
    const [f, p] = book.results;
    expect(f).toMatchObject({ computedTier: 'A', finalTier: 'C' });
    expect(f.reasons.at(-1)).toEqual({ code: 'override', from: 'A', to: 'C', reason: 'Payment issues', expiresAt: '2025-10-02' });
    expect(p).toMatchObject({ computedTier: 'B', finalTier: 'B' });
    expect(p.reasons.at(-1)).toMatchObject({ code: 'override_expired' });
    expect(book.tierCounts).toEqual({ A: 0, B: 1, C: 1 });
  });

  it('ranks quantile rules within the scored book, ignoring missing values', () => {
    const def: ModelDefinitionInput = {
      indicators: [{ key: 'satisfaction', weight: 100, rule: { kind: 'quantile', buckets: 'percentile' } }],
      tiers: { kind: 'score', levels: [{ tier: 'A', min: 50 }, { tier: 'B', min: 0 }] },
    };
    const book = [1, 2, null, 3].map((s, i) => facts({ code: `c${i}`, assessment: s === null ? null : { satisfaction: s } }));
    expect(scoreBook(book, def, AS_OF).results.map((r) => r.totalScore)).toEqual([0, 50, 0, 100]);
  });

  it('rejects an invalid model and a malformed asOf', () => {
    const bad = { ...model('zero'), indicators: [{ key: 'revenue', weight: 90, rule: { kind: 'linear', min: 0, max: 1 } }] };
    expect(() => scoreBook([full], bad as ModelDefinitionInput, AS_OF)).toThrow(ModelValidationError);
    expect(() => scoreBook([full], model('zero'), '01/10/2025')).toThrow(RangeError);
  });

  it('handles an empty book', () => {
    expect(scoreBook([], model('zero'), AS_OF)).toMatchObject({ results: [], incompleteCount: 0, tierCounts: { A: 0, B: 0, C: 0 } });
  });

  it('is deterministic: shuffled input gives identical results', () => {
    const book = syntheticBook(500, 7);
    const def: ModelDefinitionInput = {
      missing: 'redistribute',
      indicators: [
        { key: 'revenue', weight: 40, rule: { kind: 'quantile', buckets: 5 } },
        { key: 'recency_days', weight: 30, rule: { kind: 'quantile', buckets: 'percentile', invert: true } },
        { key: 'margin', weight: 30, rule: { kind: 'bands', bands: [{ max: 10, points: 10 }, { min: 10, max: 30, points: 60 }, { min: 30, points: 100 }] } },
      ],
      tiers: { kind: 'rank', levels: [{ tier: 'A', share: 0.2 }, { tier: 'B', share: 0.3 }, { tier: 'C', share: 0.5 }] },
      guards: [{ kind: 'cap', tier: 'C', when: { indicator: 'recency_days', op: '>', value: 180, orMissing: true } }],
    };
    const shuffled = [...book];
    let s = 42;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (s * 16807) % 2147483647;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const sortById = (rs: { customerId: string }[]) => [...rs].sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
    const a = scoreBook(book, def, AS_OF);
    const b = scoreBook(shuffled, def, AS_OF);
    expect(JSON.stringify(sortById(b.results))).toBe(JSON.stringify(sortById(a.results)));
    expect(JSON.stringify(b.tierCounts)).toBe(JSON.stringify(a.tierCounts));
  });

  it('keeps totals within 0..100 and tier counts equal to the book size (property)', () => {
    const rule = fc.oneof(
      fc.constant({ kind: 'quantile' as const, buckets: 5 }),
      fc.constant({ kind: 'quantile' as const, buckets: 'percentile' as const, invert: true }),
      fc.constant({ kind: 'linear' as const, min: -5, max: 50 }),
      fc.constant({ kind: 'boolean' as const, threshold: 2, points: 100 }),
    );
    const customer = fc.record({
      revenue: fc.integer({ min: -1e9, max: 1e10 }),
      orderCount: fc.nat(50),
      satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 40 }), rule, rule, fc.constantFrom('zero' as const, 'redistribute' as const), fc.integer({ min: 0, max: 100 }), (rows, r1, r2, missing, w) => {
        const book = rows.map((c, i) => facts({ code: `c${i}`, revenue: c.revenue, orderCount: c.orderCount, assessment: { satisfaction: c.satisfaction } }));
        const def: ModelDefinitionInput = {
          missing,
          indicators: [{ key: 'revenue', weight: w, rule: r1 }, { key: 'satisfaction', weight: 100 - w, rule: r2 }],
          tiers: { kind: 'score', levels: [{ tier: 'A', min: 85 }, { tier: 'B', min: 0 }] },
        };
        const out = scoreBook(book, def, AS_OF);
        for (const r of out.results) {
          expect(r.totalScore).toBeGreaterThanOrEqual(0);
          expect(r.totalScore).toBeLessThanOrEqual(100);
          const weights = r.indicators.reduce((sum, x) => sum + x.effectiveWeight, 0);
          if (missing === 'redistribute' && r.indicators.some((x) => x.points !== null && x.weight > 0)) expect(weights).toBeCloseTo(100, 9);
        }
        expect(Object.values(out.tierCounts).reduce((a, b) => a + b, 0)).toBe(book.length);
      }),
      { numRuns: 200 },
    );
  });
});
