import { describe, expect, it } from 'vitest';
import { openCore } from '../electron/core/core';
import { loadCustomerFacts } from '../electron/core/scoring/customer-facts-query';
import { bookAt } from './migration-test-kit';

describe('migration 0006 order_day_blocks', () => {
  it('drops the per-customer day totals and has the next rating rebuild them as blocks from the orders', () => {
    const { db, file } = bookAt(5);
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'C1', 'x', 't', 'h'), ('c2', 'C2', 'y', 't', 'h')").run();
    db.prepare(
      `INSERT INTO orders (id, external_no, customer_id, order_date, kind, amount, cost, updated_at) VALUES
        (1, 'E1', 'c1', '2025-01-01', 'sale', 100, 40, 'h'), (2, 'E2', 'c1', '2025-01-01', 'return', -30, NULL, 'h'),
        (3, 'E3', 'c2', '2025-02-03', 'sale', 500, NULL, 'h')`,
    ).run();
    // an up-to-date cache at version 5 (any content: it is dropped)
    db.prepare("INSERT INTO customer_order_days (customer_id, days) VALUES ('c1', x'00')").run();
    db.prepare('UPDATE order_days_state SET watermark = 3').run();
    db.close();

    const core = openCore(file, { backup: false });
    const sqlite = core.store.sqlite;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'customer_order_days'").pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(0);
    const facts = loadCustomerFacts(core, { asOf: '2025-03-01', window: { kind: 'all' } });
    expect(facts.map((f) => [f.customerId, f.revenue, f.orderCount, f.cost, f.lastOrderDate])).toEqual([
      ['c1', 70, 1, 40, '2025-01-01'],
      ['c2', 500, 1, null, '2025-02-03'],
    ]);
    expect(sqlite.prepare('SELECT first_customer_id, customers FROM order_day_blocks').raw().all()).toEqual([['c1', 2]]);
    expect(sqlite.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(3);
    core.close();
  });
});
