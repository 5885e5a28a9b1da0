import type { Migration } from './migration';

/**
 * The per-customer day totals of migration 0003 move into blocks of customers (for the rescoring target of 0005):
 * `order_day_blocks` holds one BLOB per ~1,000 customers in id order (electron/core/scoring/day-block.ts), so
 * a rating reads ~100 rows for 100,000 customers instead of one row, one seek and one buffer per customer.
 * The old table is a cache of `orders`: it is dropped, and the watermark goes back to 0 so the next rating
 * (or import) rebuilds the blocks from the orders. The stale-marking triggers of 0004 stay as they are.
 */
export const orderDayBlocks: Migration = {
  version: 6,
  name: 'order_day_blocks',
  up(db) {
    db.exec(`
      CREATE TABLE order_day_blocks (
        id INTEGER PRIMARY KEY,
        first_customer_id TEXT NOT NULL UNIQUE,
        customers INTEGER NOT NULL,
        data BLOB NOT NULL
      );
      DROP TABLE customer_order_days;
      UPDATE order_days_state SET watermark = 0;
      DELETE FROM order_days_stale;
    `);
  },
};
