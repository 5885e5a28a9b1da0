import { describe, expect, it } from 'vitest';
import { assignTiers } from './assign-tiers';
import { axisLevel } from './assign-segment-tiers';
import { RFM_SEGMENT_LEVELS } from './rfm-segments';
import type { TierInput } from './tier-input';
import type { TierRule } from './tier-rule-schema';

function input(rows: { code: string; score?: number; revenue?: number; points?: number[] }[], keys: string[] = []): TierInput {
  return {
    n: rows.length,
    scores: rows.map((r) => r.score ?? 0),
    codes: rows.map((r) => r.code),
    customerIds: rows.map((r) => `id-${r.code}`),
    revenues: rows.map((r) => r.revenue ?? 0),
    indicatorKeys: keys,
    points: keys.map((_, j) => rows.map((r) => r.points?.[j] ?? NaN)),
  };
}
const tiersOf = (rule: TierRule, inp: TierInput): string[] => Array.from(assignTiers(rule, inp).tier, (k) => rule.levels[k].tier);

describe('score tiers', () => {
  const rule: TierRule = { kind: 'score', levels: [{ tier: 'A', min: 85 }, { tier: 'B', min: 70 }, { tier: 'C', min: 50 }, { tier: 'D', min: 10 }] };
  it('uses score ≥ min, first match from the top', () => {
    const inp = input([{ code: 'a', score: 85 }, { code: 'b', score: 84.99 }, { code: 'c', score: 70 }, { code: 'd', score: 50 }, { code: 'e', score: 100 }]);
    expect(tiersOf(rule, inp)).toEqual(['A', 'B', 'B', 'C', 'A']);
    expect(assignTiers(rule, inp).reasonOf(0)).toEqual({ code: 'tier_rule', rule: 'score', tier: 'A', score: 85, threshold: 85 });
  });
  it('puts a score under every min in the last tier, with no threshold', () => {
    const inp = input([{ code: 'a', score: 3 }]);
    expect(tiersOf(rule, inp)).toEqual(['D']);
    expect(assignTiers(rule, inp).reasonOf(0)).toMatchObject({ tier: 'D', threshold: null });
  });
});

describe('rank tiers', () => {
  const rule: TierRule = { kind: 'rank', levels: [{ tier: 'A', share: 0.2 }, { tier: 'B', share: 0.3 }, { tier: 'C', share: 0.5 }] };
  it('gives the top share of customers by score the first tier', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ code: `c${i}`, score: 100 - i }));
    expect(tiersOf(rule, input(rows))).toEqual(['A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'C']);
    expect(assignTiers(rule, input(rows)).reasonOf(2)).toEqual({ code: 'tier_rule', rule: 'rank', tier: 'B', position: 3, total: 10, share: 0.5 });
  });
  it('breaks ties by code ascending, whatever the input order', () => {
    const rows = [{ code: 'k', score: 50 }, { code: 'b', score: 50 }, { code: 'z', score: 90 }, { code: 'a', score: 50 }, { code: 'c', score: 10 }];
    // order: z(90), a, b, k (50), c(10) → A: 1 customer (20 % of 5), B: next 1.5 → positions 2 (p=1 < 2.5), 3 (p=2 < 2.5)
    expect(tiersOf(rule, input(rows))).toEqual(['C', 'B', 'A', 'B', 'C']);
  });
  it('copes with an empty book and a single customer', () => {
    expect(tiersOf(rule, input([]))).toEqual([]);
    expect(tiersOf(rule, input([{ code: 'x', score: 1 }]))).toEqual(['A']);
  });
});

describe('pareto tiers', () => {
  const rule: TierRule = { kind: 'pareto', levels: [{ tier: 'A', cumulativeShare: 0.8 }, { tier: 'B', cumulativeShare: 0.95 }, { tier: 'C', cumulativeShare: 1 }] };
  it('uses the cumulative share before the customer', () => {
    // total 1000: 700 (before 0) A, 150 (before .70) A — crosses 80 %, 100 (before .85) B, 40 (before .95) C, 10 C
    const rows = [{ code: 'e', revenue: 10 }, { code: 'a', revenue: 700 }, { code: 'c', revenue: 100 }, { code: 'b', revenue: 150 }, { code: 'd', revenue: 40 }];
    expect(tiersOf(rule, input(rows))).toEqual(['C', 'A', 'B', 'A', 'C']);
    const reason = assignTiers(rule, input(rows)).reasonOf(2);
    expect(reason).toMatchObject({ tier: 'B', threshold: 0.95 });
    expect((reason as { shareBefore: number }).shareBefore).toBeCloseTo(0.85, 12);
  });
  it('puts customers with revenue ≤ 0 in the last tier', () => {
    const rows = [{ code: 'a', revenue: 100 }, { code: 'b', revenue: 0 }, { code: 'c', revenue: -50 }];
    expect(tiersOf(rule, input(rows))).toEqual(['A', 'C', 'C']);
    expect(assignTiers(rule, input(rows)).reasonOf(1)).toMatchObject({ tier: 'C', threshold: null });
  });
  it('puts everyone in the last tier when there is no revenue', () => {
    expect(tiersOf(rule, input([{ code: 'a' }, { code: 'b' }]))).toEqual(['C', 'C']);
  });
  it('orders equal revenues by code', () => {
    const rows = [{ code: 'b', revenue: 50 }, { code: 'a', revenue: 50 }];
    // a first (before 0 → A), b (before .5 → A)
    expect(tiersOf(rule, input(rows))).toEqual(['A', 'A']);
    const three = [{ code: 'c', revenue: 10 }, { code: 'b', revenue: 10 }, { code: 'a', revenue: 10 }, { code: 'd', revenue: 70 }];
    // d .0 A, a .7 A, b .8 B, c .9 B
    expect(tiersOf(rule, input(three))).toEqual(['B', 'B', 'A', 'A']);
  });
});

describe('segment tiers', () => {
  it('maps points to axis levels', () => {
    expect([0, 20, 40, 60, 80, 100].map((p) => axisLevel(p, 5))).toEqual([1, 1, 2, 3, 4, 5]);
    expect([100 / 3, 200 / 3, 100, 50, NaN].map((p) => axisLevel(p, 3))).toEqual([1, 2, 3, 2, 1]);
  });

  const rfm: TierRule = {
    kind: 'segments',
    axes: [{ id: 'r', indicators: ['recency_days'], scale: 5 }, { id: 'fm', indicators: ['order_count', 'revenue'], scale: 5 }],
    levels: RFM_SEGMENT_LEVELS,
  };
  const keys = ['recency_days', 'order_count', 'revenue'];
  const seg = (r: number, f: number, m: number): string => tiersOf(rfm, input([{ code: 'x', points: [r * 20, f * 20, m * 20] }], keys))[0];

  it('places classic RFM profiles', () => {
    expect(seg(5, 5, 5)).toBe('champions');
    expect(seg(3, 4, 4)).toBe('loyal');
    expect(seg(5, 1, 1)).toBe('new');
    expect(seg(3, 1, 1)).toBe('promising');
    expect(seg(4, 2, 3)).toBe('potential_loyalist');
    expect(seg(2, 2, 3)).toBe('need_attention');
    expect(seg(2, 1, 1)).toBe('about_to_sleep');
    expect(seg(2, 3, 4)).toBe('at_risk');
    expect(seg(1, 5, 5)).toBe('cant_lose');
    expect(seg(1, 2, 2)).toBe('hibernating');
    expect(seg(1, 1, 1)).toBe('lost');
  });

  it('reaches every segment and maps every (R, F, M) cell', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(seg(r, f, m));
    expect([...seen].sort()).toEqual(RFM_SEGMENT_LEVELS.map((l) => l.tier).sort());
  });

  it('explains with the axis values', () => {
    const a = assignTiers(rfm, input([{ code: 'x', points: [80, 60, 80] }], keys));
    expect(a.reasonOf(0)).toEqual({ code: 'tier_rule', rule: 'segments', tier: 'loyal', axes: { r: 4, fm: 3.5 } });
  });

  it('treats a missing indicator as the lowest level', () => {
    expect(tiersOf(rfm, input([{ code: 'x', points: [NaN, 20, 20] }], keys))).toEqual(['lost']);
  });
});
