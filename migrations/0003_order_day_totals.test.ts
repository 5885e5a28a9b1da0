import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/core/db/migrate';
import { init } from './0001_init';
import { syncPeerState } from './0002_sync_peer_state';
import { orderDayTotals } from './0003_order_day_totals';

describe('migration 0003 order_day_totals', () => {
  it('adds the day-totals cache, marks customers stale on order updates and deletes, and models.archived', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-mig3-')), 'book.db');
    const db = new Database(file);
    migrate(db, file, { backup: false, migrations: [init, syncPeerState] });
    db.prepare("INSERT INTO models (id, name, created_at, updated_at) VALUES ('m', 'M', 't', 'h')").run();
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'C1', 'x', 't', 'h'), ('c2', 'C2', 'y', 't', 'h')").run();
    db.prepare("INSERT INTO orders (id, external_no, customer_id, order_date, amount, updated_at) VALUES (1, 'E1', 'c1', '2025-01-01', 100, 'h'), (2, 'E2', 'c1', '2025-01-02', 5, 'h')").run();
    migrate(db, file, { backup: false, migrations: [init, syncPeerState, orderDayTotals] });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT archived FROM models').pluck().get()).toBe(0);
    db.prepare("UPDATE orders SET customer_id = 'c2' WHERE id = 1").run();
    expect(db.prepare('SELECT customer_id FROM order_days_stale ORDER BY 1').pluck().all()).toEqual(['c1', 'c2']);
    db.prepare('UPDATE order_days_state SET watermark = 2').run();
    db.prepare("DELETE FROM orders WHERE id = 2").run();
    expect(db.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(1);
    db.prepare("UPDATE orders SET deleted = 1 WHERE id = 1").run();
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT DISTINCT customer_id FROM orders WHERE deleted <> 0').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/orders_deleted_customer/);
    db.close();
  });
});
