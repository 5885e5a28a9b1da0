import { parseDay } from '../../../shared/scoring';
import type { Core } from '../core';
import { OrderDayDeltas } from './order-day-deltas';
import { updateCustomerDays } from './day-block-store';

/**
 * Keeps the per-customer day totals (`order_day_blocks`, day-block.ts; migration 0006) in step with `orders`:
 * the totals rating runs read instead of scanning every order. Writers of orders may call `refreshOrderAggregates` after a
 * bulk write to pay the cost then; otherwise `ensureOrderAggregates` (run before each rating) finds what changed:
 * orders above the rowid watermark (inserts) and customers marked stale by the update/delete triggers.
 */

/** One customer's day rows (tombstones left out), in day order. */
const CUSTOMER_DAY_ROWS = `SELECT c.id, o.order_date, sum(o.amount), sum(o.kind = 'sale'), sum(o.cost)
  FROM customers c JOIN orders o ON o.customer_key = c.local_key
  WHERE c.id = ? AND o.deleted = 0 GROUP BY o.order_date ORDER BY o.order_date`;

/** Above this share of customers a full rebuild (one pass over the orders) beats per-customer rebuilds. */
const FULL_REBUILD_SHARE = 0.1;

type DayRow = [string, string, number, number, number | null];

/**
 * Every customer's day totals from one pass over the orders table (not deleted), summed and ordered in memory
 * (OrderDayDeltas, the import's merge) and written as fresh blocks: a scan in rowid order, where reading the
 * orders customer by customer through the (customer_key, order_date) index would look up each order at random.
 */
function rebuildAll(core: Core) {
  const db = core.store.sqlite;
  const customers = db.prepare('SELECT id, local_key FROM customers ORDER BY id').raw().all() as [string, number][];
  let maxKey = 0;
  for (const [, key] of customers) if (key > maxKey) maxKey = key;
  const slotOfKey = new Int32Array(maxKey + 1).fill(-1);
  customers.forEach(([, key], slot) => { slotOfKey[key] = slot; });
  const sums = new OrderDayDeltas(db, (slot) => customers[slot][0], { everyOrder: true });
  const scan = db.prepare('SELECT customer_key, order_date, kind, amount, cost FROM orders NOT INDEXED WHERE deleted = 0').raw();
  for (const [key, date, kind, amount, cost] of scan.iterate() as IterableIterator<[number, string, string, number, number | null]>) {
    const day = parseDay(date);
    const slot = key <= maxKey ? slotOfKey[key] : -1;
    if (day !== null && slot !== -1) sums.addOrder(slot, day, kind === 'sale', amount, cost);
  }
  db.exec('DELETE FROM order_day_blocks');
  sums.apply();
}

function rebuildSome(core: Core, customerIds: readonly string[]) {
  const one = core.store.sqlite.prepare(CUSTOMER_DAY_ROWS).raw();
  updateCustomerDays(core.store.sqlite, customerIds, (id, _old, writer) => {
    for (const row of one.all(id) as DayRow[]) {
      const day = parseDay(row[1]);
      if (day !== null) writer.builder.entry(day, row[3], row[2], row[4]);
    }
  });
}

function finish(core: Core) {
  const db = core.store.sqlite;
  const max = (db.prepare('SELECT coalesce(max(rowid), 0) FROM orders').pluck().get() as number) ?? 0;
  db.prepare('UPDATE order_days_state SET watermark = ? WHERE id = 1').run(max);
  db.exec('DELETE FROM order_days_stale');
}

/**
 * Rebuilds the day totals of the given customers (all customers when none given). Call it after writing
 * orders in bulk (import, demo); rating runs also catch up by themselves.
 */
export function refreshOrderAggregates(core: Core, customerIds?: readonly string[]): { customers: number; full: boolean } {
  return core.store.tx(() => {
    if (!customerIds) {
      rebuildAll(core);
      finish(core);
      return { customers: -1, full: true };
    }
    rebuildSome(core, customerIds);
    return { customers: customerIds.length, full: false };
  });
}

/** Brings the day totals up to date with orders; cheap when nothing changed (two index lookups). */
export function ensureOrderAggregates(core: Core): { customers: number; full: boolean } {
  const db = core.store.sqlite;
  const watermark = db.prepare('SELECT watermark FROM order_days_state WHERE id = 1').pluck().get() as number;
  const max = db.prepare('SELECT coalesce(max(rowid), 0) FROM orders').pluck().get() as number;
  const staleCount = db.prepare('SELECT count(*) FROM order_days_stale').pluck().get() as number;
  if (max === watermark && staleCount === 0) return { customers: 0, full: false };
  return core.store.tx(() => {
    const fresh = db.prepare('SELECT count(*) FROM (SELECT 1 FROM orders WHERE rowid > ? LIMIT ?)').pluck();
    const customerTotal = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    const limit = Math.max(1000, Math.ceil(customerTotal * FULL_REBUILD_SHARE));
    if (watermark === 0 || (fresh.get(watermark, limit * 4) as number) >= limit * 4) {
      rebuildAll(core);
      finish(core);
      return { customers: customerTotal, full: true };
    }
    const ids = db
      .prepare('SELECT DISTINCT c.id FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE o.rowid > ? UNION SELECT customer_id FROM order_days_stale')
      .pluck()
      .all(watermark) as string[];
    if (ids.length >= limit) rebuildAll(core);
    else rebuildSome(core, ids);
    finish(core);
    return { customers: ids.length, full: ids.length >= limit };
  });
}
