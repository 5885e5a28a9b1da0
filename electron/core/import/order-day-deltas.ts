/**
 * The per-customer day totals (`order_day_blocks`, electron/core/scoring/day-block.ts) of the orders an
 * import inserts, summed while the order writer writes them, then merged into the day blocks of the touched
 * customers inside the import's transaction: the day totals stay current without re-reading every order.
 *
 * Only exact when the totals were current before the import (watermark at the last order, nothing stale) and
 * every order went in by plain INSERT; an upsert (re-import, an order number met again) may change an order
 * already counted, so then `apply` declines and the caller falls back to `ensureOrderAggregates`.
 * The sums equal a full rebuild's: integer minor units add exactly in float64 below 2^53, a day's cost is NULL
 * (NaN in the BLOB) only when none of its orders carries one, and a day counts its sale orders.
 */
import type Database from 'better-sqlite3';
import { parseDay } from '../../../shared/scoring';
import { updateCustomerDays } from '../scoring/day-block-store';
import { grown } from '../scoring/grow-array';

const STATE_CURRENT = `SELECT (SELECT watermark FROM order_days_state WHERE id = 1) = (SELECT coalesce(max(rowid), 0) FROM orders)
  AND NOT EXISTS (SELECT 1 FROM order_days_stale)`;

export class OrderDayDeltas {
  /** false once an order went in any other way than a plain INSERT, or when the totals were stale before */
  exact: boolean;
  /** customers by CustomerCache slot: the slots seen, and a mark per slot */
  private readonly slots: number[] = [];
  private seen = new Uint8Array(1 << 12);
  private n = 0;
  private cust = new Int32Array(1 << 16);
  private day = new Int32Array(1 << 16);
  private amount = new Float64Array(1 << 16);
  /** NaN: the order has no cost */
  private cost = new Float64Array(1 << 16);
  private sale = new Uint8Array(1 << 16);

  constructor(
    private readonly db: Database.Database,
    /** the customer id of a CustomerCache slot */
    private readonly idAt: (slot: number) => string,
  ) {
    this.exact = db.prepare(STATE_CURRENT).pluck().get() === 1;
  }

  /** One order as written (its stored date, kind, rounded amount and cost). */
  add(slot: number, date: string, sale: boolean, amount: number, cost: number | null): void {
    if (!this.exact) return;
    const day = parseDay(date);
    if (day === null) return; // a rebuild leaves such a day out too
    if (slot >= this.seen.length) {
      this.seen = grown(this.seen, Math.max(slot + 1, this.seen.length * 2));
    }
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.slots.push(slot);
    }
    const c = slot;
    if (this.n === this.cust.length) this.grow();
    const i = this.n++;
    this.cust[i] = c;
    this.day[i] = day;
    this.amount[i] = amount;
    this.cost[i] = cost ?? NaN;
    this.sale[i] = sale ? 1 : 0;
  }

  /** An order went in by upsert: the sums can no longer be trusted. */
  invalidate(): void {
    this.exact = false;
  }

  private grow() {
    const size = this.cust.length * 2;
    this.cust = grown(this.cust, size);
    this.day = grown(this.day, size);
    this.amount = grown(this.amount, size);
    this.cost = grown(this.cost, size);
    this.sale = grown(this.sale, size);
  }

  /**
   * Merges the sums into the day blocks and moves the watermark to the last order; false (nothing
   * written) when the sums are not exact. Call inside the import's transaction, after the last order.
   */
  apply(): boolean {
    if (!this.exact) return false;
    const db = this.db;
    const customers = this.seen.length;
    // bucket the orders by customer slot (counting sort), then each customer's few orders by day
    const start = new Int32Array(customers + 1);
    for (let i = 0; i < this.n; i++) start[this.cust[i] + 1]++;
    for (let c = 0; c < customers; c++) start[c + 1] += start[c];
    const fill = start.slice(0, customers);
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[fill[this.cust[i]]++] = i;
    const byDay = (a: number, b: number) => this.day[a] - this.day[b];
    const slotOf = new Map<string, number>();
    for (const c of this.slots) slotOf.set(this.idAt(c), c);
    updateCustomerDays(db, [...slotOf.keys()], (id, old, writer) => {
      const c = slotOf.get(id) as number;
      const mine = order.subarray(start[c], start[c + 1]).sort(byDay);
      const ob = old?.block;
      let o = old ? ob!.start[old.k] : 0;
      const oEnd = old ? ob!.start[old.k + 1] : 0;
      let k = 0;
      while (k < mine.length || o < oEnd) {
        const nextNew = k < mine.length ? this.day[mine[k]] : Infinity;
        const oldDay = o < oEnd ? ob!.day[o] : Infinity;
        const day = Math.min(nextNew, oldDay);
        let sales = 0;
        let amount = 0;
        let cost = NaN;
        if (oldDay === day) {
          sales = ob!.sales[o];
          amount = ob!.amount[o];
          cost = ob!.cost ? ob!.cost[o] : NaN;
          o++;
        }
        for (; k < mine.length && this.day[mine[k]] === day; k++) {
          const i = mine[k];
          sales += this.sale[i];
          amount += this.amount[i];
          const v = this.cost[i];
          if (!Number.isNaN(v)) cost = Number.isNaN(cost) ? v : cost + v;
        }
        writer.builder.entry(day, sales, amount, cost);
      }
    });
    const max = db.prepare('SELECT coalesce(max(rowid), 0) FROM orders').pluck().get() as number;
    db.prepare('UPDATE order_days_state SET watermark = ? WHERE id = 1').run(max);
    return true;
  }
}
