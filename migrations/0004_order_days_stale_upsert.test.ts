import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/core/db/migrate';
import { init } from './0001_init';
import { syncPeerState } from './0002_sync_peer_state';
import { orderDayTotals } from './0003_order_day_totals';
import { orderDaysStaleUpsert } from './0004_order_days_stale_upsert';

const UPSERT = `INSERT INTO orders (external_no, customer_id, order_date, amount, updated_at) VALUES (?, ?, '2025-01-01', ?, 'h2')
  ON CONFLICT (source, external_no) DO UPDATE SET amount = excluded.amount, customer_id = excluded.customer_id`;

describe('migration 0004 order_days_stale_upsert', () => {
  it('an upsert that changes orders marks their customers stale instead of failing on an already marked one', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-mig4-')), 'book.db');
    const db = new Database(file);
    migrate(db, file, { backup: false, migrations: [init, syncPeerState, orderDayTotals] });
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'C1', 'x', 't', 'h'), ('c2', 'C2', 'y', 't', 'h')").run();
    db.prepare("INSERT INTO orders (id, external_no, customer_id, order_date, amount, updated_at) VALUES (1, 'E1', 'c1', '2025-01-01', 100, 'h'), (2, 'E2', 'c1', '2025-01-02', 5, 'h')").run();
    expect(() => db.prepare(UPSERT).run('E1', 'c1', 101)).toThrow(/order_days_stale/);
    migrate(db, file, { backup: false, migrations: [init, syncPeerState, orderDayTotals, orderDaysStaleUpsert] });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.prepare(UPSERT).run('E1', 'c1', 101);
    db.prepare(UPSERT).run('E2', 'c1', 6);
    expect(db.prepare('SELECT customer_id FROM order_days_stale ORDER BY 1').pluck().all()).toEqual(['c1']);
    db.prepare(UPSERT).run('E2', 'c2', 6);
    expect(db.prepare('SELECT customer_id FROM order_days_stale ORDER BY 1').pluck().all()).toEqual(['c1', 'c2']);
    db.prepare('UPDATE order_days_state SET watermark = 2').run();
    db.prepare('DELETE FROM orders WHERE id = 2').run();
    expect(db.prepare('SELECT watermark FROM order_days_state').pluck().get()).toBe(1);
    expect(db.prepare('SELECT amount FROM orders WHERE id = 1').pluck().get()).toBe(101);
    db.close();
  });
});
