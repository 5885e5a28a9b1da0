import type { Migration } from './migration';

/**
 * The stale-marking triggers of migration 0003 used `INSERT OR IGNORE`, but SQLite applies the conflict
 * policy of the statement that fires a trigger to the trigger's own statements: an upsert into orders
 * (a re-import that changes an order, or an order number met again in the same import) aborted with
 * "UNIQUE constraint failed: order_days_stale.customer_id" as soon as its customer was already marked (the
 * update trigger marks OLD and NEW customer, usually the same one). The triggers now insert only a customer
 * that is not marked yet, which needs no conflict policy at all.
 */
export const orderDaysStaleUpsert: Migration = {
  version: 4,
  name: 'order_days_stale_upsert',
  up(db) {
    db.exec(`
      DROP TRIGGER orders_days_stale_update;
      DROP TRIGGER orders_days_stale_delete;
      CREATE TRIGGER orders_days_stale_update AFTER UPDATE OF customer_id, order_date, kind, amount, cost, deleted ON orders
        BEGIN
          INSERT INTO order_days_stale (customer_id)
            SELECT OLD.customer_id WHERE NOT EXISTS (SELECT 1 FROM order_days_stale WHERE customer_id = OLD.customer_id);
          INSERT INTO order_days_stale (customer_id)
            SELECT NEW.customer_id WHERE NOT EXISTS (SELECT 1 FROM order_days_stale WHERE customer_id = NEW.customer_id);
        END;
      CREATE TRIGGER orders_days_stale_delete AFTER DELETE ON orders
        BEGIN
          INSERT INTO order_days_stale (customer_id)
            SELECT OLD.customer_id WHERE NOT EXISTS (SELECT 1 FROM order_days_stale WHERE customer_id = OLD.customer_id);
          UPDATE order_days_state SET watermark = OLD.rowid - 1 WHERE watermark >= OLD.rowid;
        END;
    `);
  },
};
