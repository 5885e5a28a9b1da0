import type { Migration } from './migration';

/**
 * Scoring support (rating runs read per-day totals instead of every order):
 * - `customer_order_days`: per customer, its orders summed per day, packed in a BLOB (WITHOUT ROWID: the
 *   facts query reads it by customer id in one seek). Migration 0006 replaced this table, and its one-customer
 *   BLOB format, with blocks of customers (electron/core/scoring/day-block.ts). A cache of `orders` that
 *   rating runs read instead of scanning every order; rebuilt by `refreshOrderAggregates`. New orders are found by rowid above the watermark in
 *   `order_days_state`; changed and deleted orders mark their customer in `order_days_stale` by trigger
 *   (no INSERT trigger: it would slow bulk imports down).
 * - a partial index finding the (rare) tombstoned orders, so a full rebuild can use the covering index.
 * - `models.archived`: an archived model is hidden from lists and cannot be run; its runs stay.
 */
export const orderDayTotals: Migration = {
  version: 3,
  name: 'order_day_totals',
  up(db) {
    db.exec(`
      CREATE TABLE customer_order_days (
        customer_id TEXT PRIMARY KEY,
        days BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE order_days_stale (customer_id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE order_days_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        watermark INTEGER NOT NULL
      );
      INSERT INTO order_days_state (id, watermark) VALUES (1, 0);
      CREATE INDEX orders_deleted_customer ON orders(customer_id) WHERE deleted <> 0;
      CREATE TRIGGER orders_days_stale_update AFTER UPDATE OF customer_id, order_date, kind, amount, cost, deleted ON orders
        BEGIN
          INSERT OR IGNORE INTO order_days_stale (customer_id) VALUES (OLD.customer_id);
          INSERT OR IGNORE INTO order_days_stale (customer_id) VALUES (NEW.customer_id);
        END;
      CREATE TRIGGER orders_days_stale_delete AFTER DELETE ON orders
        BEGIN
          INSERT OR IGNORE INTO order_days_stale (customer_id) VALUES (OLD.customer_id);
          UPDATE order_days_state SET watermark = OLD.rowid - 1 WHERE watermark >= OLD.rowid;
        END;
      ALTER TABLE models ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
