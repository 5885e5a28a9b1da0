import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../core';
import { generateDemoBook } from '../demo/demo-book';

/** A fresh core on a real SQLite file in a temp folder (tests only). */
export function tempCore(now = '2025-10-02T08:00:00Z'): Core {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-scoring-')), 'book.db');
  let tick = Date.parse(now);
  return openCore(file, { actor: 'tester', now: () => new Date((tick += 1000)) });
}

export function demoCore(customers: number, seed = 7): Core {
  const core = tempCore();
  generateDemoBook(core, { customers, seed, endDate: '2025-10-01' });
  return core;
}

let orderNo = 0;

/** A hand-made customer with orders [date, amount(minor), kind?, cost?]. */
export function addCustomer(
  core: Core,
  code: string,
  orders: [string, number, ('sale' | 'return')?, (number | null)?][] = [],
  extra: Record<string, unknown> = {},
): string {
  const id = core.rows.insert('customers', { code, name: `客户${code}`, created_at: '2020-01-01', ...extra });
  const insert = core.store.sqlite.prepare(
    `INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, cost, updated_at)
     VALUES ('test', ?, (SELECT local_key FROM customers WHERE id = ?), ?, ?, ?, ?, 'h')`,
  );
  for (const [date, amount, kind, cost] of orders) {
    insert.run(`T${++orderNo}`, id, date, kind ?? (amount < 0 ? 'return' : 'sale'), amount, cost ?? null);
  }
  return id;
}
