import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../electron/core/db/store';
import { init } from './0001_init';
import { migrate } from '../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './index';

function tempFile() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-mig-')), 'book.db');
}

const TABLES = [
  'assessments', 'audit', 'change_log', 'customer_current_tier', 'customers', 'model_versions', 'models', 'orders',
  'overrides', 'rating_results', 'rating_runs', 'reps', 'settings', 'sync_conflicts', 'sync_peers', 'tier_policies',
  'visit_plans', 'visits',
];

describe('migration 0001 init', () => {
  it('creates every table of the data model on a real database file', () => {
    const db = new Database(tempFile());
    db.transaction(() => init.up(db))();
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(TABLES);
    db.close();
  });

  it('enforces the rules of the model: unique codes, money as integers per source, required override reasons, immutable published versions', () => {
    const store = openStore(tempFile());
    const db = store.sqlite;
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c1', 'A1', 'x', 't', 'h')").run();
    const key = db.prepare("SELECT local_key FROM customers WHERE id = 'c1'").pluck().get() as number;
    expect(() => db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c2', 'A1', 'y', 't', 'h')").run()).toThrow(/UNIQUE/);
    db.prepare(`INSERT INTO orders (id, source, external_no, customer_key, order_date, amount, updated_at) VALUES (1, 'erp', 'N1', ${key}, '2024-01-01', 100, 'h')`).run();
    expect(() => db.prepare(`INSERT INTO orders (id, source, external_no, customer_key, order_date, amount, updated_at) VALUES (2, 'erp', 'N1', ${key}, '2024-01-02', 5, 'h')`).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO orders (id, source, external_no, customer_key, order_date, amount, updated_at) VALUES (3, 'erp', 'N3', ${key + 1}, '2024-01-02', 5, 'h')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO overrides (id, customer_id, tier, reason, created_at, updated_at) VALUES ('v1', 'c1', 'A', '  ', 't', 'h')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO models (id, name, created_at, updated_at) VALUES ('m1', 'M', 't', 'h')").run();
    db.prepare("INSERT INTO model_versions (id, model_id, version, status, definition, created_at, updated_at) VALUES ('mv1', 'm1', 1, 'published', '{}', 't', 'h')").run();
    expect(() => db.prepare("UPDATE model_versions SET definition = '{\"x\":1}' WHERE id = 'mv1'").run()).toThrow(/cannot be changed/);
    store.close();
  });

  it('has the indexes the customer profile and the stale-day rebuild use (latest schema)', () => {
    const store = openStore(tempFile());
    const plan = store.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT order_date, amount FROM orders WHERE customer_key = 1 AND deleted = 0 ORDER BY order_date DESC")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX orders_customer_date \(customer_key=\?\)/);
    store.close();
  });
});

describe('migrator', () => {
  it('refuses a database from a newer TierDesk and leaves it unchanged', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(/newer TierDesk/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('copies an existing database aside before migrating it, and records the new version', () => {
    const file = tempFile();
    openStore(file).close();
    const next = { version: LATEST_SCHEMA_VERSION + 1, name: 'next', up: (db: Database.Database) => db.exec('CREATE TABLE later (x)') };
    const db = new Database(file);
    const report = migrate(db, file, { backup: true, migrations: [...MIGRATIONS, next] });
    expect(report.from).toBe(LATEST_SCHEMA_VERSION);
    expect(report.to).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(report.backupFile && fs.existsSync(report.backupFile)).toBe(true);
    const backup = new Database(report.backupFile as string, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    backup.close();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const file = tempFile();
    openStore(file).close();
    const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', up: (db: Database.Database) => db.exec('CREATE TABLE half (x); SELECT * FROM nowhere') };
    const db = new Database(file);
    expect(() => migrate(db, file, { backup: false, migrations: [...MIGRATIONS, broken] })).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});
