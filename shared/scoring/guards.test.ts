import { describe, expect, it } from 'vitest';
import type { Guard } from './guard-schema';
import { applyGuards, conditionHolds } from './guards';
import type { GuardReason } from './reasons';

const TIERS = ['A', 'B', 'C', 'D'];

describe('conditionHolds', () => {
  it('compares with every operator', () => {
    const c = (op: Guard['when']['op'], value?: number) => ({ indicator: 'recency_days' as const, op, value });
    expect(conditionHolds(c('>', 180), 181)).toBe(true);
    expect(conditionHolds(c('>', 180), 180)).toBe(false);
    expect(conditionHolds(c('>=', 180), 180)).toBe(true);
    expect(conditionHolds(c('<', 3), 2)).toBe(true);
    expect(conditionHolds(c('<=', 3), 3)).toBe(true);
    expect(conditionHolds(c('==', 3), 3)).toBe(true);
    expect(conditionHolds(c('==', 3), 3.1)).toBe(false);
  });
  it('handles missing values', () => {
    expect(conditionHolds({ indicator: 'potential', op: 'missing' }, null)).toBe(true);
    expect(conditionHolds({ indicator: 'potential', op: 'missing' }, 3)).toBe(false);
    expect(conditionHolds({ indicator: 'recency_days', op: '>', value: 180 }, null)).toBe(false);
    expect(conditionHolds({ indicator: 'recency_days', op: '>', value: 180, orMissing: true }, null)).toBe(true);
  });
});

describe('applyGuards', () => {
  const cap: Guard = { kind: 'cap', tier: 'D', when: { indicator: 'recency_days', op: '>', value: 180, orMissing: true }, label: { zh: '180 天无订单', en: 'No order in 180 days' } };
  const floor: Guard = { kind: 'floor', tier: 'B', when: { indicator: 'custom:strategic', op: '==', value: 1 } };
  const run = (guards: Guard[], start: number, values: (number | null)[]) => {
    const reasons: GuardReason[] = [];
    const idx = guards.map((g) => TIERS.indexOf(g.tier));
    const tier = applyGuards(guards, idx, TIERS, start, (g) => values[g], reasons);
    return { tier: TIERS[tier], reasons };
  };

  it('caps a better tier and records why', () => {
    const { tier, reasons } = run([cap], 0, [200]);
    expect(tier).toBe('D');
    expect(reasons).toEqual([{ code: 'guard_cap', guard: 0, indicator: 'recency_days', op: '>', threshold: 180, value: 200, from: 'A', to: 'D', label: cap.label }]);
  });
  it('caps when the value is missing and orMissing is set', () => {
    expect(run([cap], 1, [null]).tier).toBe('D');
  });
  it('leaves a tier already at or below the cap, without a reason', () => {
    expect(run([cap], 3, [365])).toEqual({ tier: 'D', reasons: [] });
    expect(run([cap], 0, [30])).toEqual({ tier: 'A', reasons: [] });
  });
  it('floors a worse tier', () => {
    const { tier, reasons } = run([floor], 3, [1]);
    expect(tier).toBe('B');
    expect(reasons[0]).toMatchObject({ code: 'guard_floor', from: 'D', to: 'B' });
    expect(run([floor], 0, [1]).tier).toBe('A');
  });
  it('applies guards in the listed order', () => {
    expect(run([cap, floor], 0, [365, 1]).tier).toBe('B');
    expect(run([floor, cap], 3, [1, 365]).tier).toBe('D');
  });
});
