import { describe, expect, it } from 'vitest';
import { bookAt, migrateTo } from './migration-test-kit';

describe('migration 0008 current_tier_without_run', () => {
  it('drops run_id from customer_current_tier and keeps every customer’s tier and score', () => {
    const { db, file } = bookAt(7);
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'C1', 'x', 't', 'h'), ('c2', 'C2', 'y', 't', 'h')").run();
    db.prepare("INSERT INTO customer_current_tier (customer_id, run_id, tier, score) VALUES ('c1', 'r1', 'A', 91.5), ('c2', 'r2', 'C', 40)").run();
    migrateTo(db, file, 8);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    const columns = (db.prepare('PRAGMA table_info(customer_current_tier)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['customer_id', 'tier', 'score']);
    expect(db.prepare('SELECT * FROM customer_current_tier ORDER BY customer_id').raw().all()).toEqual([['c1', 'A', 91.5], ['c2', 'C', 40]]);
    db.close();
  });
});
