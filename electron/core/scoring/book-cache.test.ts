import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { generateDemoBook } from '../demo/demo-book';
import { bookVersion } from './book-cache';
import { loadCustomerFacts } from './customer-facts-query';

const AS_OF = '2025-10-01';
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-book-cache-')), 'book.db');
const core = openCore(file, { backup: false });
generateDemoBook(core, { customers: 300, seed: 4, endDate: AS_OF });
afterAll(() => core.close());

const facts = () => loadCustomerFacts(core, { asOf: AS_OF, window: { kind: 'days', days: 365 } });
const byId = (id: string) => facts().find((f) => f.customerId === id);
const someCustomer = () => core.store.sqlite.prepare("SELECT id FROM customers WHERE deleted = 0 AND status != 'archived' ORDER BY id LIMIT 1 OFFSET 7").pluck().get() as string;

describe('the book cache of the rating facts', () => {
  it('answers a second read from memory while nothing changed', () => {
    const first = facts();
    const versions = ['customers', 'assessments', 'order_days'].map((p) => bookVersion(core.store, p as never));
    const second = facts();
    expect(second).toEqual(first);
    expect(['customers', 'assessments', 'order_days'].map((p) => bookVersion(core.store, p as never))).toEqual(versions);
  });

  it('sees a customer written with raw SQL, an assessment written by the core and an order of another connection', () => {
    facts();
    core.store.sqlite
      .prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('zzzz-new', 'NEW-1', 'New', 't', 'h')")
      .run();
    expect(byId('zzzz-new')).toMatchObject({ code: 'NEW-1', revenue: 0 });

    const id = someCustomer();
    core.store.tx(() => core.rows.insert('assessments', { customer_id: id, assessed_on: AS_OF, potential: 5, influence: 1, created_at: '2099-01-01T00:00:00Z' }));
    expect(byId(id)?.assessment).toMatchObject({ potential: 5, influence: 1 });

    const before = byId(id)?.revenue as number;
    const other = new Database(file);
    other.prepare("INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, updated_at) VALUES ('other', 'X1', (SELECT local_key FROM customers WHERE id = ?), ?, 'sale', 12345, 'h')").run(id, AS_OF);
    other.close();
    expect(byId(id)?.revenue).toBe(before + 12345);
  });

  it('reads inside a transaction afresh, and a rolled-back change is not served afterwards', () => {
    facts();
    const db = core.store.sqlite;
    db.exec('BEGIN');
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('zzzz-rolled', 'ROLL-1', 'Gone', 't', 'h')").run();
    expect(byId('zzzz-rolled')).toBeDefined();
    db.exec('ROLLBACK');
    expect(byId('zzzz-rolled')).toBeUndefined();
  });
});
