/**
 * One writer: calls made through dispatch, as the UI makes them, while an import runs on the same book. The
 * calls are made from a macrotask (setImmediate) queued at the import's first progress report, so they run
 * while the import waits for the next chunk of its file, with its transaction open — as an IPC or HTTP call
 * arrives. Each test checks that the import really was still running at that moment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult, RunImportInput } from '../../shared/ipc/channels/import';
import type { Result } from '../../shared/ipc/result';
import { openCore, type Core } from './core';
import { checkpointsSettled } from './db/background-checkpoint';
import { dispatch, dispatchTyped } from './dispatch';
import type { HandlerContext } from './handlers/types';
import { snapshot, tempDir } from './import/import-test-kit';

const NOW = () => new Date('2024-06-01T08:00:00Z');
const HEADER = '订单号,客户编号,下单日期,金额';

/** An orders CSV: `lines` orders spread over `customers` customers KH0001…, first customer KH0001. */
function ordersFile(dir: string, name: string, lines: number, customers: number): string {
  const file = path.join(dir, name);
  const out: string[] = [HEADER];
  for (let i = 0; i < lines; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    out.push(`${name}-${i},KH${String(1 + (i % customers)).padStart(4, '0')},2024-0${1 + (i % 5)}-${day},${(i % 997) + 0.5}`);
  }
  fs.writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

let dir: string;
let core: Core;
let ctx: HandlerContext;
let kh0001: string;

/** A book with customer KH0001 and three orders of it, committed before any import under test. */
async function seededCore(file: string): Promise<{ core: Core; ctx: HandlerContext; kh0001: string }> {
  const c = openCore(file, { now: NOW });
  const cx: HandlerContext = { core: c, progress: () => {}, cancelled: () => false };
  const created = await dispatchTyped(cx, 'customers.create', { code: 'KH0001', name: '恒达贸易', city: '上海' });
  if (!created.ok) throw new Error(created.error.message.en);
  const seed = await dispatchTyped(cx, 'import.run', { file: ordersFile(dir, 'seed.csv', 3, 1), kind: 'orders' });
  if (!seed.ok) throw new Error(seed.error.message.en);
  return { core: c, ctx: cx, kh0001: created.value.id };
}

beforeEach(async () => {
  dir = tempDir();
  ({ core, ctx, kh0001 } = await seededCore(path.join(dir, 'book.db')));
});
afterEach(async () => {
  // the bulk case writes a 17 MB file: remove it once the bulk import's background checkpoint is done
  await checkpointsSettled(core.store);
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface During<T> {
  result: Result<ImportResult>;
  during: T;
  /** the import held the book, inside its transaction, when the calls were made */
  stillRunning: boolean;
}

/** Runs an import through dispatch and `calls` while it runs; `cancel` then asks the import to stop. */
async function duringImport<T>(input: RunImportInput, calls: () => Promise<T> | T, opts: { cancel?: boolean } = {}): Promise<During<T>> {
  let fired: Promise<T> | null = null;
  let stillRunning = false;
  let cancel = false;
  const importCtx: HandlerContext = {
    core,
    cancelled: () => cancel,
    progress: () => {
      fired ??= new Promise<T>((resolve, reject) =>
        setImmediate(() => {
          stillRunning = core.gate.holder === 'import.run' && core.store.sqlite.inTransaction;
          Promise.resolve(calls())
            .then(resolve, reject)
            .finally(() => {
              if (opts.cancel) cancel = true;
            });
        }),
      );
    },
  };
  const result = (await dispatch(importCtx, 'import.run', input)) as Result<ImportResult>;
  if (!fired) throw new Error('the import never reported progress');
  return { result, during: await fired, stillRunning };
}

/** Every order by its customer's code, and every customer: the book's content without ids or stamps. */
function content(c: Core) {
  const db = c.store.sqlite;
  return {
    orders: db
      .prepare(`SELECT o.source, o.external_no, cu.code, o.order_date, o.amount, o.deleted FROM orders o
        JOIN customers cu ON cu.local_key = o.customer_key ORDER BY o.source, o.external_no`)
      .raw()
      .all(),
    customers: db.prepare('SELECT code, name, city, status FROM customers ORDER BY code').raw().all(),
  };
}

const edit = () => dispatch(ctx, 'customers.update', { id: kh0001, fields: { code: 'KH0001', name: '恒达贸易（改）', city: '苏州' } });

describe('one writer: calls during an import', () => {
  it('(a) refuses a customer edit with busy, and the book afterwards holds exactly the import’s result', async () => {
    const file = ordersFile(dir, 'big.csv', 30_000, 400);
    const { result, during, stillRunning } = await duringImport({ file, kind: 'orders' }, async () => ({
      update: await edit(),
      create: await dispatch(ctx, 'customers.create', { code: 'KH9999', name: '新客户' }),
    }));
    expect(stillRunning).toBe(true);
    expect(result).toMatchObject({ ok: true, value: { imported: 30_000, customersCreated: 399 } });
    for (const refused of [during.update, during.create]) {
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'busy', message: { zh: expect.stringMatching(/正在导入/), en: expect.stringMatching(/An import is running/) } },
      });
    }
    // the same import on a book that nobody touched meanwhile
    const quiet = await seededCore(path.join(dir, 'quiet.db'));
    try {
      expect((await dispatchTyped(quiet.ctx, 'import.run', { file, kind: 'orders' })).ok).toBe(true);
      expect(content(core)).toEqual(content(quiet.core));
    } finally {
      quiet.core.close();
    }
    expect(content(core).customers[0]).toEqual(['KH0001', '恒达贸易', '上海', 'active']);
    // the book is free again: the same edit now succeeds
    expect(await edit()).toMatchObject({ ok: true, value: { name: '恒达贸易（改）', city: '苏州' } });
  });

  it('(b) refuses a second import with busy, not an internal error; a read that must seed first is busy too', async () => {
    const file = ordersFile(dir, 'big.csv', 30_000, 400);
    const other = ordersFile(dir, 'other.csv', 10, 2);
    const { result, during, stillRunning } = await duringImport({ file, kind: 'orders' }, async () => ({
      second: await dispatch(ctx, 'import.run', { file: other, kind: 'orders' }),
      // the built-in models are seeded on first use, a write the read-only connection cannot make
      models: await dispatch(ctx, 'models.list', {}),
    }));
    expect(stillRunning).toBe(true);
    expect(result.ok).toBe(true);
    expect(during.second).toMatchObject({ ok: false, error: { code: 'busy', message: { en: expect.stringMatching(/import is running/) } } });
    expect(during.models).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await dispatch(ctx, 'import.run', { file: other, kind: 'orders' })).toMatchObject({ ok: true, value: { imported: 10 } });
    expect(await dispatch(ctx, 'models.list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ template: 'rfm' })]) });
  });

  it('(c) answers reads with the committed data only, in-thread and during a bulk load with its indexes dropped', async () => {
    const reads = () => ({
      list: dispatchTyped(ctx, 'customers.list', {}),
      summary: dispatchTyped(ctx, 'book.summary', {}),
      orders: dispatchTyped(ctx, 'customers.orders', { customerId: kh0001 }),
      // what the import's own connection looks like at that moment
      indexes: core.store.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders'`).pluck().get(),
    });
    const indexesBefore = reads().indexes as number;
    // 30,000 lines are read on this thread; 520,000 (over 16 MB) on a worker thread and loaded in bulk
    for (const [name, lines, bulk] of [['small.csv', 30_000, false], ['bulk.csv', 520_000, true]] as const) {
      const file = ordersFile(dir, name, lines, 400);
      expect(fs.statSync(file).size >= 16 << 20).toBe(bulk);
      const before = core.store.sqlite
        .prepare(`SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM orders) AS orders,
          (SELECT count(*) FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE c.code = 'KH0001') AS kh0001`)
        .get() as { customers: number; orders: number; kh0001: number };
      const { result, during, stillRunning } = await duringImport({ file, kind: 'orders' }, async () => {
        const r = reads();
        return { list: await r.list, summary: await r.summary, orders: await r.orders, indexes: r.indexes };
      });
      expect(stillRunning).toBe(true);
      expect(result.ok).toBe(true);
      if (bulk) expect(during.indexes).toBeLessThan(indexesBefore);
      expect(during.list).toMatchObject({ ok: true, value: { total: before.customers } });
      expect(during.summary).toMatchObject({ ok: true, value: { customers: before.customers, orders: before.orders } });
      expect(during.orders).toMatchObject({ ok: true, value: { total: before.kh0001 } });
      // committed: now every read sees the import
      expect(await dispatchTyped(ctx, 'book.summary', {})).toMatchObject({ ok: true, value: { customers: 400, orders: before.orders + lines } });
    }
  }, 120_000);

  it('(d) leaves nothing of a cancelled or a dry-run import, refuses edits meanwhile, and takes them after', async () => {
    const file = ordersFile(dir, 'big.csv', 30_000, 400);
    for (const [input, cancel] of [[{ file, kind: 'orders' }, true], [{ file, kind: 'orders', dryRun: true }, false]] as const) {
      const before = snapshot(core);
      const { result, during, stillRunning } = await duringImport(input, edit, { cancel });
      expect(stillRunning).toBe(true);
      if (cancel) expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      else expect(result).toMatchObject({ ok: true, value: { dryRun: true, imported: 30_000 } });
      expect(during).toMatchObject({ ok: false, error: { code: 'busy' } });
      expect(snapshot(core)).toEqual(before);
    }
    expect(await edit()).toMatchObject({ ok: true, value: { name: '恒达贸易（改）' } });
    expect(await dispatchTyped(ctx, 'customers.list', {})).toMatchObject({ ok: true, value: { total: 1, rows: [{ city: '苏州' }] } });
  });
});

describe('one writer: another program on the same file', () => {
  it('answers busy, not an internal error, when another connection keeps the file locked past the timeout', async () => {
    const other = openCore(core.store.file, { now: NOW, backup: false });
    try {
      core.store.sqlite.pragma('busy_timeout = 50');
      other.store.sqlite.exec('BEGIN IMMEDIATE');
      expect(await edit()).toMatchObject({ ok: false, error: { code: 'busy', message: { en: expect.stringMatching(/Another program/) } } });
      // reads are not blocked by the other writer
      expect(await dispatchTyped(ctx, 'customers.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
      other.store.sqlite.exec('ROLLBACK');
      expect(await edit()).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
  });
});
