import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DaySums, dayInputs, NO_DAY, type DayRuns } from './day-sums';

interface Order {
  slot: number;
  day: number;
  amount: number;
  cost: number | null;
  sale: boolean;
}

/** The sums the obvious way: a Map per (slot, day), then each slot's days sorted. */
function expected(orders: Order[]) {
  const bySlot = new Map<number, Map<number, { sales: number; amount: number; cost: number | null }>>();
  for (const o of orders) {
    if (o.day === NO_DAY) continue;
    const days = bySlot.get(o.slot) ?? new Map();
    bySlot.set(o.slot, days);
    const d = days.get(o.day) ?? { sales: 0, amount: 0, cost: null };
    d.sales += o.sale ? 1 : 0;
    d.amount += o.amount;
    if (o.cost !== null) d.cost = (d.cost ?? 0) + o.cost;
    days.set(o.day, d);
  }
  return new Map([...bySlot].map(([slot, days]) => [slot, [...days].sort((a, b) => a[0] - b[0]).map(([day, v]) => ({ day, ...v }))]));
}

function actual(runs: DayRuns) {
  const out = new Map<number, { day: number; sales: number; amount: number; cost: number | null }[]>();
  for (let s = 0; s + 1 < runs.start.length; s++) {
    const days = [];
    for (let e = runs.start[s]; e < runs.start[s + 1]; e++) {
      days.push({ day: runs.day[e], sales: runs.sales[e], amount: runs.amount[e], cost: Number.isNaN(runs.cost[e]) ? null : runs.cost[e] });
    }
    if (days.length) out.set(s, days);
  }
  return out;
}

function summed(orders: Order[], batch: number, slotCount = 0): DayRuns {
  const sums = new DaySums();
  const input = dayInputs(batch);
  for (let i = 0; i < orders.length; i += batch) {
    const n = Math.min(batch, orders.length - i);
    for (let j = 0; j < n; j++) {
      const o = orders[i + j];
      input.slot[j] = o.slot;
      input.day[j] = o.day;
      input.amount[j] = o.amount;
      input.cost[j] = o.cost ?? NaN;
      input.sale[j] = o.sale ? 1 : 0;
    }
    sums.addMany(input, n);
  }
  return sums.aggregate(slotCount);
}

const order = (slots: number, days: fc.Arbitrary<number>) =>
  fc.record({
    slot: fc.nat(slots - 1),
    day: days,
    amount: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    cost: fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }),
    sale: fc.boolean(),
  });

it('sums orders by customer and day exactly like a Map of each (customer, day), days ascending', () => {
  // six slots make runs longer than 24 orders (sorted by packed keys) as well as short ones (by insertion);
  // a narrow range of days makes many equal days; NO_DAY orders are left out
  const days = fc.oneof(fc.integer({ min: -25_000, max: 400_000 }), fc.integer({ min: 19_000, max: 19_010 }), fc.constant(NO_DAY));
  fc.assert(
    fc.property(fc.array(order(6, days), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (orders, batch) => {
      const runs = summed(orders, batch);
      expect(actual(runs)).toEqual(expected(orders));
      expect(runs.start[runs.start.length - 1]).toBe(runs.day.length);
    }),
  );
});

it('keeps 2,000,000 orders of 100,000 customers, each customer with slots for the whole book', () => {
  const orders: Order[] = [];
  for (let i = 0; i < 2_000_000; i++) {
    orders.push({ slot: (i * 31_337) % 100_000, day: 18_993 + ((i * 7919) % 1096), amount: i % 1000, cost: i % 3 ? null : 5, sale: i % 29 !== 0 });
  }
  const runs = summed(orders, 128, 120_000);
  expect(runs.start.length).toBe(120_001);
  expect(runs.start[120_000]).toBe(runs.day.length);
  let amount = 0;
  for (let e = 0; e < runs.day.length; e++) amount += runs.amount[e];
  expect(amount).toBe(orders.reduce((t, o) => t + o.amount, 0));
  const one = expected(orders.filter((o) => o.slot === 4242)).get(4242);
  expect(actual(runs).get(4242)).toEqual(one);
  expect(runs.start[4243] - runs.start[4242]).toBe(one?.length);
});
