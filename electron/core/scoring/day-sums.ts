/**
 * The day totals of a run of orders, summed in memory: orders are appended as typed columns (no object per
 * order), then `aggregate` orders them by customer slot and, within a customer, by day, and adds up each
 * (customer, day): the number of sale orders, the amount and the cost. Pure (no store), so the import's worker
 * thread sums what it reads while the main thread writes, and the main thread sums a full rebuild's scan.
 *
 * Integer minor units add exactly in float64 below 2^53, so the order in which a day's orders are added does
 * not change its total; a day's cost is NaN (none) only when none of its orders carries one.
 */
import { grown } from './grow-array';

/** `day` of an order whose date is no calendar day (a rebuild of the day totals leaves it out too) */
export const NO_DAY = -0x80000000;

/** What the day totals need of a run of orders, as typed columns. */
export interface DayInputs {
  /** CustomerCache slot */
  slot: Int32Array;
  /** day number, NO_DAY for none */
  day: Int32Array;
  /** the stored (rounded) amount */
  amount: Float64Array;
  /** the stored cost, NaN for none */
  cost: Float64Array;
  /** 1: a sale, 0: a return */
  sale: Uint8Array;
}

export const dayInputs = (size: number): DayInputs => ({
  slot: new Int32Array(size), day: new Int32Array(size), amount: new Float64Array(size), cost: new Float64Array(size), sale: new Uint8Array(size),
});

/**
 * Summed days by customer slot: slot s's days are entries start[s] … start[s + 1] - 1, ascending by day.
 * Plain typed arrays, so they cross threads by transfer.
 */
export interface DayRuns {
  start: Int32Array;
  day: Int32Array;
  /** sale orders on the day */
  sales: Int32Array;
  amount: Float64Array;
  /** NaN: no order of the day carries a cost */
  cost: Float64Array;
}

/** Day sums made on one thread for another: the runs, and how many orders (with a day) they are of. */
export interface HandedDaySums {
  runs: DayRuns;
  orders: number;
}

export const dayRunBuffers = (r: DayRuns): ArrayBuffer[] => [r.start, r.day, r.sales, r.amount, r.cost].map((a) => a.buffer as ArrayBuffer);

/** Runs of at most this many orders are sorted by insertion; longer ones by a typed-array sort of packed keys. */
const INSERTION_RUN = 24;
/** day × 2^31 + position: exact in float64 for |day| < 2^21 and positions below 2^31 */
const PACK = 2 ** 31;

/** The columns of assembled orders the day totals read. */
export interface OrderDayColumns {
  length: number;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  cost: Float64Array;
  returns: Uint8Array;
}

export class DaySums {
  private readonly one = dayInputs(1);
  private n = 0;
  private cols = dayInputs(1 << 16);
  private slots = 0;

  get count(): number {
    return this.n;
  }

  /** The j-th order of `from`; an order without a day is left out. */
  addOne(from: DayInputs, j: number): void {
    const day = from.day[j];
    if (day === NO_DAY) return;
    if (this.n === this.cols.slot.length) this.grow();
    const i = this.n++;
    const to = this.cols;
    const slot = from.slot[j];
    to.slot[i] = slot;
    to.day[i] = day;
    to.amount[i] = from.amount[j];
    to.cost[i] = from.cost[j];
    to.sale[i] = from.sale[j];
    if (slot >= this.slots) this.slots = slot + 1;
  }

  /** The first `count` orders of `from`. */
  addMany(from: DayInputs, count: number): void {
    for (let j = 0; j < count; j++) this.addOne(from, j);
  }

  /** Assembled orders as the import's reading side has them (order-columns.ts): `returns` 1 for a return. */
  addOrders(o: OrderDayColumns): void {
    const one = this.one;
    for (let j = 0; j < o.length; j++) {
      one.slot[0] = o.customer[j];
      one.day[0] = o.day[j];
      one.amount[0] = o.amount[j];
      one.cost[0] = o.cost[j];
      one.sale[0] = o.returns[j] === 1 ? 0 : 1;
      this.addOne(one, 0);
    }
  }

  private grow() {
    const size = this.cols.slot.length * 2;
    const c = this.cols;
    this.cols = { slot: grown(c.slot, size), day: grown(c.day, size), amount: grown(c.amount, size), cost: grown(c.cost, size), sale: grown(c.sale, size) };
  }

  /** The sums by customer and day, for slots 0 … max(slotCount, the highest slot seen + 1) - 1. */
  aggregate(slotCount = 0): DayRuns {
    const n = this.n;
    const slots = Math.max(slotCount, this.slots);
    const { slot, day, amount, cost, sale } = this.cols;
    // the orders grouped by slot: one counting pass, then a scatter that reads every column in order
    const start = new Int32Array(slots + 1);
    for (let i = 0; i < n; i++) start[slot[i] + 1]++;
    for (let s = 0; s < slots; s++) start[s + 1] += start[s];
    const next = start.slice(0, slots);
    const out: DayRuns = { start, day: new Int32Array(n), sales: new Int32Array(n), amount: new Float64Array(n), cost: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const p = next[slot[i]]++;
      out.day[p] = day[i];
      out.sales[p] = sale[i];
      out.amount[p] = amount[i];
      out.cost[p] = cost[i];
    }
    // each slot's orders by day, then its equal days added up, compacted towards the front
    let w = 0;
    let keys = new Float64Array(0);
    for (let s = 0; s < slots; s++) {
      const a = start[s];
      const b = start[s + 1];
      start[s] = w;
      if (b - a > INSERTION_RUN) {
        if (keys.length < b - a) keys = new Float64Array(Math.max(b - a, keys.length * 2));
        sortRunByKeys(out, a, b, keys);
      } else sortRunByInsertion(out, a, b);
      for (let r = a; r < b; ) {
        const d = out.day[r];
        let sales = 0;
        let total = 0;
        let totalCost = NaN;
        for (; r < b && out.day[r] === d; r++) {
          sales += out.sales[r];
          total += out.amount[r];
          const v = out.cost[r];
          if (v === v) totalCost = totalCost === totalCost ? totalCost + v : v;
        }
        out.day[w] = d;
        out.sales[w] = sales;
        out.amount[w] = total;
        out.cost[w] = totalCost;
        w++;
      }
    }
    start[slots] = w;
    return { start, day: out.day.slice(0, w), sales: out.sales.slice(0, w), amount: out.amount.slice(0, w), cost: out.cost.slice(0, w) };
  }
}

function sortRunByInsertion(r: DayRuns, a: number, b: number) {
  const { day, sales, amount, cost } = r;
  for (let i = a + 1; i < b; i++) {
    const d = day[i];
    if (d >= day[i - 1]) continue;
    const s = sales[i];
    const m = amount[i];
    const c = cost[i];
    let j = i - 1;
    for (; j >= a && day[j] > d; j--) {
      day[j + 1] = day[j];
      sales[j + 1] = sales[j];
      amount[j + 1] = amount[j];
      cost[j + 1] = cost[j];
    }
    day[j + 1] = d;
    sales[j + 1] = s;
    amount[j + 1] = m;
    cost[j + 1] = c;
  }
}

/** A long run: sort day × 2^31 + position natively, then move the run's columns into that order. */
function sortRunByKeys(r: DayRuns, a: number, b: number, scratch: Float64Array) {
  const n = b - a;
  const keys = scratch.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = r.day[a + i] * PACK + i;
  keys.sort();
  const sales = r.sales.slice(a, b);
  const amount = r.amount.slice(a, b);
  const cost = r.cost.slice(a, b);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const d = Math.floor(k / PACK);
    const from = k - d * PACK;
    r.day[a + i] = d;
    r.sales[a + i] = sales[from];
    r.amount[a + i] = amount[from];
    r.cost[a + i] = cost[from];
  }
}
