import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators';
import { facts } from './test-fixtures';

const AS_OF = '2025-10-01';

describe('computeIndicators', () => {
  it('computes order indicators in major units from integer minor units', () => {
    const v = computeIndicators(facts({ code: 'A', revenue: 1_000_000_050, orderCount: 4, activeMonths: 3, prevRevenue: 800_000_000, cost: 600_000_000 }), AS_OF);
    expect(v.revenue).toBe(10_000_000.5);
    expect(v.order_count).toBe(4);
    expect(v.avg_order_value).toBeCloseTo(2_500_000.125, 6);
    expect(v.active_months).toBe(3);
    expect(v.growth).toBeCloseTo(25.00000625, 6);
    expect(v.profit).toBe(4_000_000.5);
    expect(v.margin).toBeCloseTo(40.000002, 5);
  });

  it('computes recency and tenure in calendar terms', () => {
    const v = computeIndicators(facts({ code: 'A', lastOrderDate: '2025-09-01', cooperationStart: '2020-10-01', firstOrderDate: '2015-01-01' }), AS_OF);
    expect(v.recency_days).toBe(30);
    expect(v.tenure_years).toBe(5);
    const same = computeIndicators(facts({ code: 'B', lastOrderDate: AS_OF }), AS_OF);
    expect(same.recency_days).toBe(0);
  });

  it('falls back to the first order for tenure', () => {
    expect(computeIndicators(facts({ code: 'A', firstOrderDate: '2023-10-01' }), AS_OF).tenure_years).toBe(2);
  });

  it('returns null, never NaN, when data is missing', () => {
    const v = computeIndicators(facts({ code: 'A' }), AS_OF);
    expect(v.revenue).toBe(0);
    expect(v.order_count).toBe(0);
    for (const key of ['avg_order_value', 'recency_days', 'tenure_years', 'growth', 'profit', 'margin', 'satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship'] as const) {
      expect(v[key], key).toBeNull();
    }
  });

  it('has no growth over all time or without a positive previous window', () => {
    const f = facts({ code: 'A', revenue: 100, prevRevenue: 50 });
    expect(computeIndicators(f, AS_OF).growth).toBe(100);
    expect(computeIndicators(f, AS_OF, { kind: 'all' }).growth).toBeNull();
    expect(computeIndicators({ ...f, prevRevenue: -5 }, AS_OF).growth).toBeNull();
  });

  it('has no margin without positive revenue', () => {
    expect(computeIndicators(facts({ code: 'A', revenue: 0, cost: 10 }), AS_OF).margin).toBeNull();
    expect(computeIndicators(facts({ code: 'A', revenue: 0, cost: 10 }), AS_OF).profit).toBe(-0.1);
  });

  it('reads assessments and maps relationship basic..partner to 1..5', () => {
    const levels = ['basic', 'passive', 'responsible', 'proactive', 'partner'] as const;
    levels.forEach((relationship, i) => {
      const v = computeIndicators(facts({ code: 'A', assessment: { relationship, satisfaction: 4, recommend: 9, referrals: 2, influence: 3, potential: 5 } }), AS_OF);
      expect(v.relationship).toBe(i + 1);
      expect([v.satisfaction, v.recommend, v.referrals, v.influence, v.potential]).toEqual([4, 9, 2, 3, 5]);
    });
  });

  it('exposes custom numeric fields as custom:<field>', () => {
    const v = computeIndicators(facts({ code: 'A', custom: { employees: 120, score: null, bad: Number.NaN } }), AS_OF);
    expect(v['custom:employees']).toBe(120);
    expect(v['custom:score']).toBeNull();
    expect(v['custom:bad']).toBeNull();
  });

  it('rejects a malformed asOf', () => {
    expect(() => computeIndicators(facts({ code: 'A' }), '2025-1-1')).toThrow(RangeError);
  });

  it('never yields NaN or infinities for any facts', () => {
    const maybeNum = fc.option(fc.double(), { nil: null });
    const maybeDate = fc.option(fc.constantFrom('2020-01-01', '2025-09-30', '2026-01-01', 'garbage'), { nil: null });
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), maybeNum, maybeDate, maybeDate, maybeNum, (revenue, orderCount, activeMonths, prevRevenue, cost, last, start, sat) => {
        const v = computeIndicators(facts({ code: 'X', revenue, orderCount, activeMonths, prevRevenue, cost, lastOrderDate: last, cooperationStart: start, assessment: { satisfaction: sat } }), AS_OF);
        for (const x of Object.values(v)) expect(x === null || Number.isFinite(x)).toBe(true);
      }),
    );
  });
});
