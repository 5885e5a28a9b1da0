import { describe, expect, it } from 'vitest';
import { bookAt } from './migration-test-kit';

describe('migration 0007 book_versions', () => {
  it('counts every change of customers, assessments and order day blocks, and a rollback takes its count back', () => {
    const { db } = bookAt(7);
    const versions = () => Object.fromEntries(db.prepare('SELECT name, version FROM book_versions').raw().all() as [string, number][]);
    expect(versions()).toEqual({ assessments: 0, customers: 0, order_days: 0 });
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'C1', 'x', 't', 'h'), ('c2', 'C2', 'y', 't', 'h')").run();
    db.prepare("UPDATE customers SET name = 'z' WHERE id = 'c1'").run();
    db.prepare("INSERT INTO assessments (id, customer_id, assessed_on, created_at, updated_at) VALUES ('a1', 'c1', '2025-01-01', 't', 'h')").run();
    db.prepare("INSERT INTO order_day_blocks (first_customer_id, customers, data) VALUES ('c1', 1, x'00')").run();
    db.prepare('DELETE FROM order_day_blocks').run();
    expect(versions()).toEqual({ assessments: 1, customers: 3, order_days: 2 });
    db.exec('BEGIN');
    db.prepare("DELETE FROM assessments WHERE id = 'a1'").run();
    expect(versions().assessments).toBe(2);
    db.exec('ROLLBACK');
    expect(versions()).toEqual({ assessments: 1, customers: 3, order_days: 2 });
    db.prepare('INSERT INTO orders (external_no, customer_id, order_date, amount, updated_at) VALUES (?, ?, ?, ?, ?)').run('E1', 'c1', '2025-01-01', 5, 'h');
    expect(versions()).toEqual({ assessments: 1, customers: 3, order_days: 2 }); // orders reach rating through the day blocks
    db.close();
  });
});
