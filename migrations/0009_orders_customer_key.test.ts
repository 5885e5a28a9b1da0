import { describe, expect, it } from 'vitest';
import { bookAt, migrateTo } from './migration-test-kit';

describe('migration 0009 orders_customer_key', () => {
  it('gives every customer a local key, rekeys the orders to it and keeps every order, index and trigger', () => {
    const { db, file } = bookAt(8);
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c-b', 'B', 'x', 't', 'h'), ('c-a', 'A', 'y', 't', 'h')").run();
    db.prepare(
      `INSERT INTO orders (id, source, external_no, customer_id, order_date, kind, amount, cost, quantity, category, line_count, updated_at, deleted) VALUES
        (1, 'erp', 'E1', 'c-b', '2025-01-01', 'sale', 100, 40, 2.5, '五金', 3, 's1', 0),
        (2, 'erp', 'E2', 'c-a', '2025-01-02', 'return', -30, NULL, NULL, NULL, 1, 's1', 1),
        (7, 'csv', 'E1', 'c-a', '2025-02-03', 'sale', 500, NULL, NULL, NULL, 1, 's2', 0)`,
    ).run();
    db.prepare('UPDATE order_days_state SET watermark = 7').run();
    migrateTo(db, file, 9);

    expect(db.pragma('user_version', { simple: true })).toBe(9);
    const keys = Object.fromEntries(db.prepare('SELECT id, local_key FROM customers').raw().all() as [string, number][]);
    expect(new Set(Object.values(keys)).size).toBe(2);
    expect(db.prepare('SELECT * FROM orders ORDER BY id').raw().all()).toEqual([
      [1, 'erp', 'E1', keys['c-b'], '2025-01-01', 'sale', 100, 40, 2.5, '五金', 3, 's1', 0],
      [2, 'erp', 'E2', keys['c-a'], '2025-01-02', 'return', -30, null, null, null, 1, 's1', 1],
      [7, 'csv', 'E1', keys['c-a'], '2025-02-03', 'sale', 500, null, null, null, 1, 's2', 0],
    ]);
    expect(db.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(7);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['orders_customer_date', 'orders_deleted_customer', 'sqlite_autoindex_orders_1']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // a new customer gets the next key; an order must name an existing key; the unique order key still holds
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c-new', 'N', 'z', 't', 'h')").run();
    expect(db.prepare("SELECT local_key FROM customers WHERE id = 'c-new'").pluck().get()).toBe(Math.max(...Object.values(keys)) + 1);
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO orders (external_no, customer_key, order_date, amount, updated_at) VALUES ('X', 999, '2025-01-01', 1, 'h')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO orders (source, external_no, customer_key, order_date, amount, updated_at) VALUES ('erp', 'E1', ${keys['c-a']}, '2025-01-01', 1, 'h')`).run()).toThrow(/UNIQUE/);

    // the stale-marking triggers name the customer by id, as the day blocks do
    db.prepare('UPDATE orders SET amount = 120 WHERE id = 1').run();
    db.prepare('DELETE FROM orders WHERE id = 7').run();
    expect(db.prepare('SELECT customer_id FROM order_days_stale ORDER BY customer_id').pluck().all()).toEqual(['c-a', 'c-b']);
    expect(db.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(6);
    db.close();
  });
});
