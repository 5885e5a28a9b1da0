import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_POLICIES } from './default-policies';
import { isoWeekday, toDayNumber } from './days';
import { generateVisitPlan } from './plan-generator';
import type { PlanCustomer, PlanInput, PlanRep } from './types';

const policies = DEFAULT_TIER_POLICIES.map((p) => ({ tier: p.tier, visitIntervalDays: p.visitIntervalDays }));
const rep = (id: string, visitsPerDay = 4, workingDays = [1, 2, 3, 4, 5]): PlanRep => ({ id, visitsPerDay, workingDays });
const customer = (code: string, over: Partial<PlanCustomer> = {}): PlanCustomer => ({
  id: `id-${code}`, code, city: '上海', ownerRepId: 'r1', tier: 'C', lastVisitDate: null, downgraded: false, churnRisk: false, ...over,
});
// 2026-06-01 is a Monday
const base = (over: Partial<PlanInput>): PlanInput => ({ customers: [], policies, reps: [rep('r1')], existing: [], start: '2026-06-01', weeks: 2, ...over });
const perDay = (visits: { repId: string; date: string }[]) => {
  const counts = new Map<string, number>();
  for (const v of visits) counts.set(`${v.repId} ${v.date}`, (counts.get(`${v.repId} ${v.date}`) ?? 0) + 1);
  return counts;
};

describe('generateVisitPlan', () => {
  it('plans a customer at its last visit plus its tier interval, and again each interval', () => {
    const plan = generateVisitPlan(base({
      weeks: 4,
      customers: [customer('A1', { tier: 'A', lastVisitDate: '2026-05-27' }), customer('C1', { tier: 'C', lastVisitDate: '2026-05-20' }), customer('D1', { tier: 'D', lastVisitDate: '2026-05-20' })],
    }));
    const dates = (code: string) => plan.visits.filter((v) => v.customerId === `id-${code}`).map((v) => v.date);
    expect(dates('A1')).toHaveLength(4); // once a week
    expect(dates('C1')).toHaveLength(1); // due 2026-06-19 → placed in week 3 (starts 06-15)
    expect(dates('C1')[0] >= '2026-06-15' && dates('C1')[0] <= '2026-06-21').toBe(true);
    expect(plan.visits.find((v) => v.customerId === 'id-C1')?.dueDate).toBe('2026-06-19');
    expect(dates('D1')).toEqual([]); // due in August: not in the plan, not unplanned either
    expect(plan.unplanned).toEqual([]);
    expect(plan.end).toBe('2026-06-28');
  });

  it('never exceeds a rep capacity per day and lists what did not fit', () => {
    const customers = Array.from({ length: 30 }, (_, i) => customer(`C${String(i).padStart(2, '0')}`));
    const plan = generateVisitPlan(base({ weeks: 1, customers, reps: [rep('r1', 2, [1, 2, 3])] }));
    expect(plan.visits).toHaveLength(6);
    for (const n of perDay(plan.visits).values()) expect(n).toBeLessThanOrEqual(2);
    for (const v of plan.visits) expect([1, 2, 3]).toContain(isoWeekday(toDayNumber(v.date)));
    expect(plan.unplanned).toHaveLength(24);
    expect(new Set(plan.unplanned.map((u) => u.reason))).toEqual(new Set(['rep_capacity_full']));
  });

  it('counts visits already on the calendar against the capacity', () => {
    const customers = Array.from({ length: 10 }, (_, i) => customer(`C${i}`));
    const existing = [{ customerId: 'id-C9', repId: 'r1', date: '2026-06-01' }, { customerId: 'id-C8', repId: 'r1', date: '2026-06-01' }];
    const plan = generateVisitPlan(base({ weeks: 1, customers, existing, reps: [rep('r1', 2, [1, 2])] }));
    expect(plan.visits.filter((v) => v.date === '2026-06-01')).toHaveLength(0);
    expect(plan.visits).toHaveLength(2);
    expect(plan.visits.some((v) => v.customerId === 'id-C9' || v.customerId === 'id-C8')).toBe(false);
  });

  it('puts the most overdue and the better tiers first', () => {
    const customers = [
      customer('C-recent', { lastVisitDate: '2026-05-01' }),
      customer('C-old', { lastVisitDate: '2026-01-01' }),
      customer('D-old', { tier: 'D', lastVisitDate: '2025-12-01' }),
      customer('B-due', { tier: 'B', lastVisitDate: '2026-05-18' }),
    ];
    const plan = generateVisitPlan(base({ weeks: 1, customers, reps: [rep('r1', 1, [1, 2])] }));
    expect(plan.visits.map((v) => v.customerId).sort()).toEqual(['id-B-due', 'id-C-old']);
    expect(plan.visits.find((v) => v.customerId === 'id-C-old')?.reason).toBe('overdue');
    expect(plan.unplanned.map((u) => u.customerId).sort()).toEqual(['id-C-recent', 'id-D-old']);
  });

  it('gives churn-risk and just-downgraded customers a retention visit ahead of others', () => {
    const customers = [customer('C1'), customer('C2'), customer('C3', { churnRisk: true }), customer('D4', { tier: 'D', downgraded: true })];
    const plan = generateVisitPlan(base({ weeks: 1, customers, reps: [rep('r1', 1, [1, 2])] }));
    const reasons = Object.fromEntries(plan.visits.map((v) => [v.customerId, v.reason]));
    expect(reasons).toEqual({ 'id-C3': 'churn_risk', 'id-D4': 'retention' });
  });

  it('schedules every A-tier customer once a week when capacity allows', () => {
    const customers = [
      ...Array.from({ length: 8 }, (_, i) => customer(`A${i}`, { tier: 'A', lastVisitDate: '2026-05-20' })),
      ...Array.from({ length: 40 }, (_, i) => customer(`C${i}`, { lastVisitDate: '2025-01-01', churnRisk: true })),
    ];
    const plan = generateVisitPlan(base({ weeks: 3, customers, reps: [rep('r1', 2, [1, 2, 3, 4, 5])] }));
    for (let week = 0; week < 3; week++) {
      const from = `2026-06-${String(1 + week * 7).padStart(2, '0')}`;
      const to = `2026-06-${String(7 + week * 7).padStart(2, '0')}`;
      const aWeek = plan.visits.filter((v) => v.tier === 'A' && v.date >= from && v.date <= to);
      expect(new Set(aWeek.map((v) => v.customerId)).size).toBe(8);
    }
  });

  it('groups customers of the same city on the same day', () => {
    const cities = ['杭州', '苏州', '宁波'];
    const customers = Array.from({ length: 9 }, (_, i) => customer(`C${i}`, { city: cities[i % 3] }));
    const plan = generateVisitPlan(base({ weeks: 1, customers, reps: [rep('r1', 3, [1, 2, 3])] }));
    const daysPerCity = new Map<string, Set<string>>();
    for (const v of plan.visits) {
      const city = customers.find((c) => c.id === v.customerId)?.city as string;
      daysPerCity.set(city, (daysPerCity.get(city) ?? new Set()).add(v.date));
    }
    for (const days of daysPerCity.values()) expect(days.size).toBe(1);
  });

  it('says why a customer cannot be planned', () => {
    const plan = generateVisitPlan(base({
      customers: [
        customer('N1', { ownerRepId: null }),
        customer('N2', { ownerRepId: 'gone' }),
        customer('N3', { tier: null }),
        customer('N4', { tier: 'X' }),
        customer('N5', { ownerRepId: 'r0' }),
      ],
      reps: [rep('r1'), rep('r0', 0)],
    }));
    const reasons = Object.fromEntries(plan.unplanned.map((u) => [u.customerId, u.reason]));
    expect(reasons).toEqual({ 'id-N1': 'no_owner_rep', 'id-N2': 'rep_inactive', 'id-N3': 'no_tier', 'id-N4': 'no_policy', 'id-N5': 'rep_no_working_days' });
    expect(plan.visits).toEqual([]);
  });

  it('plans only the chosen reps', () => {
    const plan = generateVisitPlan(base({ customers: [customer('R1'), customer('R2', { ownerRepId: 'r2' }), customer('N', { ownerRepId: null })], reps: [rep('r1'), rep('r2')], repIds: ['r2'] }));
    expect(plan.visits.map((v) => v.customerId)).toEqual(['id-R2']);
    expect(plan.unplanned).toEqual([]);
  });
});

const arbitraryInput = fc.record({
  customers: fc.uniqueArray(
    fc.record({
      code: fc.string({ minLength: 1, maxLength: 4 }),
      city: fc.constantFrom('北京', '上海', '广州', null),
      ownerRepId: fc.constantFrom('r1', 'r2', 'r3', null),
      tier: fc.constantFrom('A', 'B', 'C', 'D', null),
      lastVisitDate: fc.option(fc.integer({ min: 20_400, max: 20_600 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))),
      downgraded: fc.boolean(),
      churnRisk: fc.boolean(),
    }),
    { selector: (c) => c.code, maxLength: 120 },
  ),
  visitsPerDay: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
  weeks: fc.integer({ min: 1, max: 5 }),
  seed: fc.integer(),
});

function toInput(a: fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof arbitraryInput.generate>['value']): PlanInput {
  return base({
    weeks: a.weeks,
    customers: a.customers.map((c) => ({ ...c, id: `id-${c.code}` })),
    reps: a.visitsPerDay.map((n, i) => rep(`r${i + 1}`, n, i === 2 ? [6, 7] : [1, 2, 3, 4, 5])),
  });
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('generateVisitPlan properties', () => {
  it('never puts more visits on a rep day than its capacity, only on working days', () => {
    fc.assert(
      fc.property(arbitraryInput, (a) => {
        const input = toInput(a);
        const plan = generateVisitPlan(input);
        const reps = new Map(input.reps.map((r) => [r.id, r]));
        for (const [key, n] of perDay(plan.visits)) expect(n).toBeLessThanOrEqual(reps.get(key.split(' ')[0])?.visitsPerDay ?? 0);
        for (const v of plan.visits) expect(reps.get(v.repId)?.workingDays).toContain(isoWeekday(toDayNumber(v.date)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same plan for shuffled input', () => {
    fc.assert(
      fc.property(arbitraryInput, (a) => {
        const input = toInput(a);
        const shuffled = { ...input, customers: shuffle(input.customers, a.seed), reps: shuffle(input.reps, a.seed + 1), policies: shuffle(input.policies, a.seed + 2) };
        expect(generateVisitPlan(shuffled)).toEqual(generateVisitPlan(input));
      }),
      { numRuns: 150 },
    );
  });

  // speed is measured in bench/visits.ts (npm run bench), not here
  it('plans 10,000 customers for 4 weeks within every capacity', () => {
    const customers = Array.from({ length: 10_000 }, (_, i) =>
      customer(`C${String(i).padStart(5, '0')}`, { ownerRepId: `r${i % 40}`, tier: 'ABCD'[i % 4], city: `city${i % 30}`, lastVisitDate: i % 3 ? '2026-05-10' : null }),
    );
    const reps = Array.from({ length: 40 }, (_, i) => rep(`r${i}`, 3 + (i % 4)));
    const plan = generateVisitPlan(base({ weeks: 4, customers, reps }));
    expect(plan.visits.length).toBeGreaterThan(3000);
    const perRepDay = new Map<string, number>();
    for (const v of plan.visits) perRepDay.set(`${v.repId} ${v.date}`, (perRepDay.get(`${v.repId} ${v.date}`) ?? 0) + 1);
    const capacity = new Map(reps.map((r) => [r.id, r.visitsPerDay]));
    for (const [key, n] of perRepDay) expect(n).toBeLessThanOrEqual(capacity.get(key.split(' ')[0]) ?? 0);
  });
});
