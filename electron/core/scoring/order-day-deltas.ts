/**
 * The per-customer day totals (`order_day_blocks`, day-block.ts) of a set of orders, summed as they come, then
 * merged into the day blocks of the customers they touch. An import sums what its order writer inserts, inside
 * its transaction, so the day totals stay current without re-reading every order; a full rebuild
 * (order-day-totals.ts) sums one scan of the whole table into emptied blocks.
 *
 * Only exact when the totals were current before the import (watermark at the last order, nothing stale) and
 * every order went in by plain INSERT; an upsert (re-import, an order number met again) may change an order
 * already counted, so then `apply` declines and the caller falls back to `ensureOrderAggregates`.
 * The sums equal a full rebuild's: integer minor units add exactly in float64 below 2^53, a day's cost is NULL
 * (NaN in the BLOB) only when none of its orders carries one, and a day counts its sale orders.
 */
import type Database from 'better-sqlite3';
import { updateCustomerDays } from './day-block-store';
import { grown } from './grow-array';

/** `day` of an order whose date is no calendar day (a rebuild of the day totals leaves it out too) */
export const NO_DAY = -0x80000000;

const STATE_CURRENT = `SELECT (SELECT watermark FROM order_days_state WHERE id = 1) = (SELECT coalesce(max(rowid), 0) FROM orders)
  AND NOT EXISTS (SELECT 1 FROM order_days_stale)`;

/** What the day totals need of a run of written orders, as typed columns (no object per order). */
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
 * A stable counting sort of `order` (indexes into `key`) by key[index], for keys in offset … offset + range - 1:
 * O(n + range), where a comparison sort per customer took most of the merge. `start[r]` … `start[r + 1]` is where
 * key offset + r lies in `sorted`.
 */
function sortedByKey(order: Int32Array, key: Int32Array, offset: number, range: number): { sorted: Int32Array; start: Int32Array } {
  const start = new Int32Array(range + 1);
  for (let k = 0; k < order.length; k++) start[key[order[k]] - offset + 1]++;
  for (let r = 0; r < range; r++) start[r + 1] += start[r];
  const next = start.slice(0, range);
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) sorted[next[key[order[k]] - offset]++] = order[k];
  return { sorted, start };
}

export class OrderDayDeltas {
  /** false once an order went in any other way than a plain INSERT, or when the totals were stale before */
  exact: boolean;
  /** customers by CustomerCache slot: the slots seen, and a mark per slot */
  private readonly slots: number[] = [];
  private seen = new Uint8Array(1 << 12);
  private n = 0;
  private sums = dayInputs(1 << 16);
  private minDay = Infinity;
  private maxDay = -Infinity;
  /** addOrder's one-order input */
  private readonly one = dayInputs(1);

  constructor(
    private readonly db: Database.Database,
    /** the customer id of a CustomerCache slot */
    private readonly idAt: (slot: number) => string,
    /** the sums are of every order (a full rebuild): exact whatever state the totals were in */
    everyOrder = false,
  ) {
    this.exact = everyOrder || db.prepare(STATE_CURRENT).pluck().get() === 1;
  }

  /** One order (a full rebuild's scan). */
  addOrder(slot: number, day: number, sale: boolean, amount: number, cost: number | null): void {
    const one = this.one;
    one.slot[0] = slot;
    one.day[0] = day;
    one.sale[0] = sale ? 1 : 0;
    one.amount[0] = amount;
    one.cost[0] = cost ?? NaN;
    this.addOne(one, 0);
  }

  /** The first `count` orders of `from`, as written. */
  addMany(from: DayInputs, count: number): void {
    for (let j = 0; j < count; j++) this.addOne(from, j);
  }

  /** The j-th order of `from`, as written. */
  addOne(from: DayInputs, j: number): void {
    if (!this.exact) return;
    const day = from.day[j];
    if (day === NO_DAY) return; // a rebuild leaves such a day out too
    const slot = from.slot[j];
    if (slot >= this.seen.length) this.seen = grown(this.seen, Math.max(slot + 1, this.seen.length * 2));
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.slots.push(slot);
    }
    if (this.n === this.sums.slot.length) this.grow();
    const i = this.n++;
    const to = this.sums;
    to.slot[i] = slot;
    to.day[i] = day;
    to.amount[i] = from.amount[j];
    to.cost[i] = from.cost[j];
    to.sale[i] = from.sale[j];
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
  }

  /** An order went in by upsert: the sums can no longer be trusted. */
  invalidate(): void {
    this.exact = false;
  }

  private grow() {
    const size = this.sums.slot.length * 2;
    const s = this.sums;
    this.sums = { slot: grown(s.slot, size), day: grown(s.day, size), amount: grown(s.amount, size), cost: grown(s.cost, size), sale: grown(s.sale, size) };
  }

  /**
   * Merges the sums into the day blocks and moves the watermark to the last order; false (nothing
   * written) when the sums are not exact. Call inside the import's transaction, after the last order.
   */
  apply(): boolean {
    if (!this.exact) return false;
    const db = this.db;
    const { slot, day, amount, cost, sale } = this.sums;
    // the orders by customer slot, each customer's by day: two stable counting sorts (by day, then by slot)
    const all = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) all[i] = i;
    const byDay = this.n === 0 ? all : sortedByKey(all, day, this.minDay, this.maxDay - this.minDay + 1).sorted;
    const { sorted: order, start } = sortedByKey(byDay, slot, 0, this.seen.length);
    const slotOf = new Map<string, number>();
    for (const c of this.slots) slotOf.set(this.idAt(c), c);
    updateCustomerDays(db, [...slotOf.keys()], (id, old, writer) => {
      const c = slotOf.get(id) as number;
      const mine = order.subarray(start[c], start[c + 1]);
      const ob = old?.block;
      let o = old ? ob!.start[old.k] : 0;
      const oEnd = old ? ob!.start[old.k + 1] : 0;
      let k = 0;
      while (k < mine.length || o < oEnd) {
        const nextNew = k < mine.length ? day[mine[k]] : Infinity;
        const oldDay = o < oEnd ? ob!.day[o] : Infinity;
        const d = Math.min(nextNew, oldDay);
        let sales = 0;
        let total = 0;
        let totalCost = NaN;
        if (oldDay === d) {
          sales = ob!.sales[o];
          total = ob!.amount[o];
          totalCost = ob!.cost ? ob!.cost[o] : NaN;
          o++;
        }
        for (; k < mine.length && day[mine[k]] === d; k++) {
          const i = mine[k];
          sales += sale[i];
          total += amount[i];
          const v = cost[i];
          if (!Number.isNaN(v)) totalCost = Number.isNaN(totalCost) ? v : totalCost + v;
        }
        writer.builder.entry(d, sales, total, totalCost);
      }
    });
    const max = db.prepare('SELECT coalesce(max(rowid), 0) FROM orders').pluck().get() as number;
    db.prepare('UPDATE order_days_state SET watermark = ? WHERE id = 1').run(max);
    return true;
  }
}
