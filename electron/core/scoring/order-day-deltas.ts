/**
 * The per-customer day totals (`order_day_blocks`, day-block.ts) of a set of orders, summed (day-sums.ts),
 * then merged into the day blocks of the customers they touch. An import sums what its order writer inserts,
 * inside its transaction, so the day totals stay current without re-reading every order (for a large file the
 * import's worker thread sums what it read and hands over the sums: `apply(handed)`); a full rebuild
 * (order-day-totals.ts) sums one scan of the whole table into emptied blocks.
 *
 * Only exact when the totals were current before the import (watermark at the last order, nothing stale) and
 * every order went in by plain INSERT; an upsert (re-import, an order number met again) may change an order
 * already counted, so then `apply` declines and the caller falls back to `ensureOrderAggregates`.
 */
import type Database from 'better-sqlite3';
import { updateCustomerDays } from './day-block-store';
import { DaySums, dayInputs, NO_DAY, type DayInputs, type DayRuns, type HandedDaySums } from './day-sums';

const STATE_CURRENT = `SELECT (SELECT watermark FROM order_days_state WHERE id = 1) = (SELECT coalesce(max(rowid), 0) FROM orders)
  AND NOT EXISTS (SELECT 1 FROM order_days_stale)`;

export class OrderDayDeltas {
  /** false once an order went in any other way than a plain INSERT, or when the totals were stale before */
  exact: boolean;
  /** null when the sums are made elsewhere (the import's worker thread) and handed to `apply` */
  private readonly sums: DaySums | null;
  /** addOrder's one-order input */
  private readonly one = dayInputs(1);
  /** orders with a day written while the sums are made elsewhere: the handed sums must be of as many */
  private dated = 0;

  constructor(
    private readonly db: Database.Database,
    /** the customer id of a CustomerCache slot */
    private readonly idAt: (slot: number) => string,
    how: {
      /** the sums are of every order (a full rebuild): exact whatever state the totals were in */
      everyOrder?: boolean;
      /** the orders are summed elsewhere: add* only keeps count, `apply` must be given the sums */
      summedElsewhere?: boolean;
    } = {},
  ) {
    this.exact = how.everyOrder === true || db.prepare(STATE_CURRENT).pluck().get() === 1;
    this.sums = how.summedElsewhere ? null : new DaySums();
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
    if (this.sums) this.sums.addOne(from, j);
    else if (from.day[j] !== NO_DAY) this.dated++;
  }

  /** An order went in by upsert: the sums can no longer be trusted. */
  invalidate(): void {
    this.exact = false;
  }

  /**
   * Merges the sums (the ones added here, or the ones handed over: summed elsewhere of the orders written)
   * into the day blocks and moves the watermark to the last order; false (nothing written) when the sums are
   * not exact, or the handed ones are not of as many orders as were written. Call inside the import's
   * transaction, after the last order.
   */
  apply(handed?: HandedDaySums): boolean {
    if (!this.exact) return false;
    let runs: DayRuns;
    if (this.sums) runs = this.sums.aggregate();
    else if (!handed) throw new Error('the day sums were to be handed over, and were not');
    else if (handed.orders !== this.dated) return false;
    else runs = handed.runs;
    const db = this.db;
    const { start, day, sales, amount, cost } = runs;
    const slotOf = new Map<string, number>();
    for (let c = 0; c + 1 < start.length; c++) if (start[c + 1] > start[c]) slotOf.set(this.idAt(c), c);
    updateCustomerDays(db, [...slotOf.keys()], (id, old, writer) => {
      const c = slotOf.get(id) as number;
      let k = start[c];
      const end = start[c + 1];
      const ob = old?.block;
      let o = old ? ob!.start[old.k] : 0;
      const oEnd = old ? ob!.start[old.k + 1] : 0;
      while (k < end || o < oEnd) {
        const newDay = k < end ? day[k] : Infinity;
        const oldDay = o < oEnd ? ob!.day[o] : Infinity;
        if (newDay < oldDay) {
          writer.builder.entry(newDay, sales[k], amount[k], cost[k]);
          k++;
        } else if (oldDay < newDay) {
          writer.builder.entry(oldDay, ob!.sales[o], ob!.amount[o], ob!.cost ? ob!.cost[o] : NaN);
          o++;
        } else {
          const oc = ob!.cost ? ob!.cost[o] : NaN;
          const nc = cost[k];
          const c2 = oc === oc ? (nc === nc ? oc + nc : oc) : nc;
          writer.builder.entry(newDay, ob!.sales[o] + sales[k], ob!.amount[o] + amount[k], c2);
          k++;
          o++;
        }
      }
    });
    const max = db.prepare('SELECT coalesce(max(rowid), 0) FROM orders').pluck().get() as number;
    db.prepare('UPDATE order_days_state SET watermark = ? WHERE id = 1').run(max);
    return true;
  }
}
