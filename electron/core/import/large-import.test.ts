/**
 * A large orders file is read on a worker thread and loaded in bulk (indexes rebuilt at the end, the WAL
 * checkpointed in the background). `large: true` takes that path on files of any size, so each case here is
 * compared with the same file through the in-thread path: same orders, same customers, same problems, same
 * errors, and nothing changed when it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { isAppError, type AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { checkpointsSettled } from '../db/background-checkpoint';
import { OrderDayDeltas } from '../scoring/order-day-deltas';
import { againstRebuild, DATA, noCtx, orderFigures, run, snapshot, tempCore, tempDir } from './import-test-kit';

const RETAIL = path.join(DATA, 'online-retail/OnlineRetail.csv.gz');
const LARGE = { large: true };

/** Every order with its customer's code instead of the customer's (random) id, and every customer. */
function content(core: Core) {
  const db = core.store.sqlite;
  return {
    orders: db
      .prepare(`SELECT o.source, o.external_no, c.code, o.order_date, o.kind, o.amount, o.cost, o.quantity, o.category, o.line_count, o.deleted
        FROM orders o JOIN customers c ON c.local_key = o.customer_key ORDER BY o.source, o.external_no`)
      .raw()
      .all(),
    customers: db.prepare('SELECT code, name, region, status FROM customers ORDER BY code').raw().all(),
    indexes: db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' ORDER BY name`).raw().all(),
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isAppError(error)).toBe(true);
  return error as AppError;
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe.skipIf(!fs.existsSync(RETAIL))('Online Retail as a large file', () => {
  it('stores exactly what the in-thread import stores, keeps the day blocks current and checkpoints the WAL', async () => {
    const inThread = tempCore();
    const onWorker = tempCore();
    const input = { file: RETAIL, kind: 'orders' as const, format: 'online-retail' as const };
    const a = await run(inThread, input);
    const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
    const b = await run(onWorker, input, noCtx, LARGE);
    // the day totals were merged from the sums the worker made of what it read
    expect(apply.mock.calls.at(-1)?.[0]?.orders).toBe(22_190);
    expect(apply.mock.results.at(-1)?.value).toBe(true);
    apply.mockRestore();
    expect(b).toMatchObject({ imported: 22_190, lines: 406_829, skipped: 135_080, customersCreated: 4_372, errorCount: 0 });
    expect({ ...b, ms: 0 }).toEqual({ ...a, ms: 0 });
    expect(orderFigures(onWorker)).toEqual({ orders: 22_190, lines: 406_829, returns: 3_654, revenue: 830_006_581, customers: 4_372 });
    expect(content(onWorker)).toEqual(content(inThread));

    // the bulk load turned the automatic checkpoint off; the background one copied the WAL and turned it back on
    await checkpointsSettled(onWorker.store);
    const db = onWorker.store.sqlite;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const pages = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    expect(fs.statSync(onWorker.store.file).size).toBe(pages);

    const { kept, rebuilt } = againstRebuild(onWorker);
    expect(kept).toEqual(rebuilt);
    inThread.close();
    onWorker.close();
  });
});

it('a workbook (.xlsx, two sheets, a title row above the header) reads the same on the worker', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本工作簿由 ERP 导出']);
  const ws = wb.addWorksheet('订单');
  ws.addRow(['2024 年上半年订单明细']);
  ws.addRow(['订单编号', '客户代码', '客户名称', '日期', '金额', '成本']);
  for (let i = 1; i <= 5000; i++) ws.addRow([`X-${Math.ceil(i / 3)}`, `KH${i % 40}`, `客户${i % 40}`, new Date(Date.UTC(2024, i % 6, 1 + (i % 28))), (i * 37) / 100, i % 4 ? (i * 11) / 100 : null]);
  const file = path.join(tempDir(), '订单.xlsx');
  await wb.xlsx.writeFile(file);
  const input = { file, kind: 'orders' as const, sheet: '订单' };
  const inThread = tempCore();
  const onWorker = tempCore();
  const a = await run(inThread, input);
  const b = await run(onWorker, input, noCtx, LARGE);
  expect(b).toMatchObject({ imported: 1667, lines: 5000, customersCreated: 40, errorCount: 0 });
  expect({ ...b, ms: 0 }).toEqual({ ...a, ms: 0 });
  expect(content(onWorker)).toEqual(content(inThread));
  await checkpointsSettled(onWorker.store);
  inThread.close();
  onWorker.close();
});

it('the bulk load keeps the partial index of deleted orders as it is (nothing it inserts belongs there) and the book passes an integrity check', async () => {
  const core = tempCore();
  await run(core, { file: write('first.csv', '订单号,客户编号,下单日期,金额\nP-1,KH1,2024-01-02,10\nP-2,KH2,2024-01-03,20\n'), kind: 'orders' });
  core.store.sqlite.prepare(`UPDATE orders SET deleted = 1 WHERE external_no = 'P-2'`).run();
  const lines = ['单号,客户代码,日期,金额'];
  for (let i = 0; i < 20_000; i++) lines.push(`Q-${i},KH${i % 300},2024-03-01,${i}`);
  const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
  const r = await run(core, { file: write('more.csv', `${lines.join('\n')}\n`), kind: 'orders' }, noCtx, LARGE);
  expect(r).toMatchObject({ imported: 20_000, errorCount: 0, customersCreated: 298 });
  // the worker's sums (new customers among them) merged into blocks that held KH1 and KH2 already
  expect(apply.mock.results.at(-1)?.value).toBe(true);
  apply.mockRestore();
  const { kept, rebuilt } = againstRebuild(core);
  expect(kept).toEqual(rebuilt);
  const db = core.store.sqlite;
  const deleted = db.prepare('SELECT external_no FROM orders INDEXED BY orders_deleted_customer WHERE deleted <> 0 AND customer_key IS NOT NULL').pluck().all();
  expect(deleted).toEqual(['P-2']);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  await checkpointsSettled(core.store);
  core.close();
});

it('orders with and without cost, quantity, category or a second line, mixed across the bulk INSERT\'s batches, are stored as written', async () => {
  const lines = ['订单号,客户编号,下单日期,金额,成本,数量,类别'];
  const want: unknown[][] = [];
  // 30,000 orders: the last batch takes the 20,000 still open at the end, more than a batch's columns start with
  for (let i = 0; i < 30_000; i++) {
    // whole batches of plain orders, then batches where a few orders carry more
    const extra = i >= 512 && i % 50 === 0;
    const no = `M${String(i).padStart(5, '0')}`;
    const date = `20${10 + (i % 15)}-0${1 + (i % 9)}-${10 + (i % 19)}`;
    lines.push(`${no},KH${i % 40},${date},${i}.25,${extra ? '3.5' : ''},${extra ? '2' : ''},${extra ? `类别${i % 3}` : ''}`);
    const twice = i >= 640 && i % 97 === 0;
    if (twice) lines.push(`${no},KH${i % 40},${date},1,,,`);
    const amount = i * 100 + 25 + (twice ? 100 : 0);
    want.push(['import', no, `KH${i % 40}`, date, 'sale', amount, extra ? 350 : null, extra ? 2 : null, extra ? `类别${i % 3}` : null, twice ? 2 : 1, 0]);
  }
  const core = tempCore();
  const r = await run(core, { file: write('mixed.csv', `${lines.join('\n')}\n`), kind: 'orders' }, noCtx, LARGE);
  expect(r).toMatchObject({ imported: 30_000, lines: lines.length - 1, errorCount: 0 });
  expect(content(core).orders).toEqual(want);
  await checkpointsSettled(core.store);
  core.close();
});

it('an order number met again after it left the window: the worker\'s sums are not used, and the totals still equal a full rebuild', async () => {
  const lines = ['订单号,客户编号,下单日期,金额', 'A1,KH1,2024-01-05,10.50'];
  for (let i = 0; i < 25_000; i++) lines.push(`B${i},KH${i % 30},2024-02-0${1 + (i % 9)},2.25`);
  lines.push('A1,KH1,2024-01-06,1.25');
  const core = tempCore();
  const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
  const r = await run(core, { file: write('again.csv', `${lines.join('\n')}\n`), kind: 'orders' }, noCtx, LARGE);
  expect(r).toMatchObject({ imported: 25_001, updated: 1, errorCount: 0 });
  // the import's own merge declines without waiting for the worker's sums; the catch-up after the commit merges
  expect(apply.mock.calls[0]).toEqual([undefined]);
  expect(apply.mock.results[0]?.value).toBe(false);
  apply.mockRestore();
  expect(core.store.sqlite.prepare(`SELECT amount, line_count FROM orders WHERE external_no = 'A1'`).get()).toEqual({ amount: 1175, line_count: 2 });
  const { kept, rebuilt } = againstRebuild(core);
  expect(kept).toEqual(rebuilt);
  await checkpointsSettled(core.store);
  core.close();
});

describe('problems found on the worker thread', () => {
  const lines = ['订单号,客户编号,下单日期,金额'];
  for (let i = 1; i <= 40_000; i++) lines.push(i % 10_000 === 0 ? `W-${i},KH${i % 7},2024-02-30,12.50` : `W-${i},KH${i % 7},2024-02-01,${i}.25`);
  const mixed = `${lines.join('\n')}\n`;

  it('skip-bad-rows lists the same rows and columns as the in-thread import and stores the same good rows', async () => {
    const file = write('mixed.csv', mixed);
    const inThread = tempCore();
    const onWorker = tempCore();
    const a = await run(inThread, { file, kind: 'orders', mode: 'skip-bad-rows', language: 'en' });
    const b = await run(onWorker, { file, kind: 'orders', mode: 'skip-bad-rows', language: 'en' }, noCtx, LARGE);
    expect(b).toMatchObject({ imported: 39_996, skipped: 4, errorCount: 4 });
    expect(b.errors.map((e) => [e.row, e.column, e.value])).toEqual([10_001, 20_001, 30_001, 40_001].map((r) => [r, '下单日期', '2024-02-30']));
    expect(b.errors).toEqual(a.errors);
    expect(content(onWorker)).toEqual(content(inThread));
    inThread.close();
    onWorker.close();
  });

  it('all-or-nothing refuses the file with the same error and changes nothing', async () => {
    const file = write('mixed.csv', mixed);
    const core = tempCore();
    const before = snapshot(core);
    const inThread = await failure(run(core, { file, kind: 'orders' }));
    const onWorker = await failure(run(core, { file, kind: 'orders' }, noCtx, LARGE));
    expect(onWorker.bilingual.en).toMatch(/mixed\.csv: 4 problem\(s\) found, nothing was imported\. First: row 10001, column '下单日期'/);
    expect({ ...onWorker.details, reportFile: null }).toEqual({ ...inThread.details, reportFile: null });
    expect(snapshot(core)).toEqual(before);
    expect(core.store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    core.close();
  });

  it('a damaged compressed file gives the in-thread bad_file error and changes nothing', async () => {
    const gz = zlib.gzipSync(Buffer.from(mixed));
    const file = write('cut.csv.gz', gz.subarray(0, Math.floor(gz.length * 0.7)));
    const core = tempCore();
    const before = snapshot(core);
    const inThread = await failure(run(core, { file, kind: 'orders' }));
    const onWorker = await failure(run(core, { file, kind: 'orders' }, noCtx, LARGE));
    expect(onWorker.code).toBe('bad_file');
    expect(onWorker.bilingual).toEqual(inThread.bilingual);
    expect(onWorker.bilingual.en).toMatch(/cut\.csv\.gz: .*(damaged|truncated)/);
    expect(snapshot(core)).toEqual(before);
    core.close();
  });

  it('cancel stops the worker and rolls back; the next import runs normally', async () => {
    const more = ['订单号,客户编号,下单日期,金额'];
    for (let i = 0; i < 300_000; i++) more.push(`CX-${i},NEW${i % 500},2024-02-01,${i}.50`);
    const file = write('big.csv', `${more.join('\n')}\n`);
    const core = tempCore();
    const before = snapshot(core);
    let calls = 0;
    const e = await failure(run(core, { file, kind: 'orders' }, { progress: () => {}, cancelled: () => ++calls > 3 }, LARGE));
    expect(e.code).toBe('cancelled');
    expect(snapshot(core)).toEqual(before);
    const r = await run(core, { file, kind: 'orders' }, noCtx, LARGE);
    expect(r).toMatchObject({ imported: 300_000, customersCreated: 500 });
    await checkpointsSettled(core.store);
    core.close();
  });
});
