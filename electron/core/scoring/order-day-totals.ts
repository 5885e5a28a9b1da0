import { parseDay } from '../../../shared/scoring';
import type { Core } from '../core';
import { rewriteAllDays, updateCustomerDays } from './day-block-store';

/**
 * Keeps the per-customer day totals (`order_day_blocks`, day-block.ts; migration 0006) in step with `orders`:
 * the totals rating runs read instead of scanning every order. Writers of orders may call `refreshOrderAggregates` after a
 * bulk write to pay the cost then; otherwise `ensureOrderAggregates` (run before each rating) finds what changed:
 * orders above the rowid watermark (inserts) and customers marked stale by the update/delete triggers.
 */

/**
 * Day rows of a range of customers, in (customer id, day) order: the customers by id, each one's orders found
 * through orders_customer_date (customer_key, order_date).
 */
const RANGE_DAY_ROWS = `SELECT c.id, o.order_date, sum(o.amount), sum(o.kind = 'sale'), sum(o.cost)
  FROM customers c JOIN orders o ON o.customer_key = c.local_key
  WHERE c.id >= ? AND c.id <= ? GROUP BY c.id, o.order_date ORDER BY c.id, o.order_date`;

/** One customer's day rows (tombstones left out), in day order. */
const CUSTOMER_DAY_ROWS = `SELECT c.id, o.order_date, sum(o.amount), sum(o.kind = 'sale'), sum(o.cost)
  FROM customers c JOIN orders o ON o.customer_key = c.local_key
  WHERE c.id = ? AND o.deleted = 0 GROUP BY o.order_date ORDER BY o.order_date`;

/** Above this share of customers a full rebuild (one pass over every customer) beats per-customer rebuilds. */
const FULL_REBUILD_SHARE = 0.1;

const REBUILD_CHUNK = 2000;

type DayRow = [string, string, number, number, number | null];

/**
 * One pass over the customers in id order, in ranges (better-sqlite3 cannot write while a read is
 * open), into fresh blocks; customers with tombstoned orders are redone afterwards.
 */
function rebuildAll(core: Core) {
  const db = core.store.sqlite;
  const ids = db.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as string[];
  const range = db.prepare(RANGE_DAY_ROWS).raw();
  rewriteAllDays(db, (writer) => {
    let current: string | null = null;
    for (let k = 0; k < ids.length; k += REBUILD_CHUNK) {
      const rows = range.all(ids[k], ids[Math.min(ids.length, k + REBUILD_CHUNK) - 1]) as DayRow[];
      for (const row of rows) {
        if (row[0] !== current) writer.customer((current = row[0]));
        const day = parseDay(row[1]);
        if (day !== null) writer.builder.entry(day, row[3], row[2], row[4]);
      }
    }
  });
  const withTombstones = db.prepare('SELECT DISTINCT c.id FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE o.deleted <> 0').pluck().all() as string[];
  rebuildSome(core, withTombstones);
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
