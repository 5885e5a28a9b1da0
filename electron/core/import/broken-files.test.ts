/** Broken inputs: each gives a clear error and leaves the store's content exactly as it was. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { fixtureBook, FIXTURES, orderFigures, run, snapshot, tempCore, tempDir } from './import-test-kit';

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await fixtureBook();
  dir = tempDir();
});
afterAll(() => core.close());

async function refused(input: Parameters<typeof run>[1], ctx?: Parameters<typeof run>[2]): Promise<AppError> {
  const before = snapshot(core);
  const error = await run(core, input, ctx).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  expect(snapshot(core)).toEqual(before);
  return error as AppError;
}

const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('broken files change nothing', () => {
  it('an unreadable date: bad_file naming the file, row and column; the error report lists it', async () => {
    const e = await refused({ file: path.join(FIXTURES, 'orders-bad-date.csv'), kind: 'orders', language: 'zh' });
    expect(e.code).toBe('bad_file');
    expect(e.bilingual.en).toMatch(/orders-bad-date\.csv.*row 4, column '下单日期'.*2024-13-45/);
    expect(e.details).toMatchObject({ row: 4, column: '下单日期', errorCount: 1 });
    const report = e.details!.reportFile as string;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '行号', '列', '值', '问题']);
    expect(ws.getRow(2).getCell(1).value).toBe(4);
    expect(String(ws.getRow(2).getCell(4).value)).toMatch(/无法将 '2024-13-45' 识别为日期/);
  });

  it('a missing required column', async () => {
    const file = write('no-amount.csv', '订单号,客户编号,下单日期\nA-1,KH001,2024-01-01\n');
    const e = await refused({ file, kind: 'orders' });
    expect(e.bilingual.en).toMatch(/no-amount\.csv: required column\(s\) missing: Amount/);
  });

  it('an empty file, and a header without data rows', async () => {
    expect((await refused({ file: write('empty.csv', ''), kind: 'orders' })).bilingual.en).toMatch(/empty\.csv: the file is empty/);
    expect((await refused({ file: write('header.csv', '订单号,客户编号,下单日期,金额\n'), kind: 'orders' })).bilingual.en).toMatch(/no data rows/);
  });

  it('an .xls that is only an OLE header: damaged, with what to do', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const e = await refused({ file: write('旧表.xls', bytes), kind: 'orders' });
    expect(e.bilingual.en).toMatch(/旧表\.xls: the Excel file is damaged or incomplete .*save it again/);
    expect(e.bilingual.zh).toMatch(/旧表\.xls：Excel 文件已损坏或不完整.*重新保存/);
  });

  it('a truncated xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('orders');
    ws.addRow(['订单号', '客户编号', '下单日期', '金额']);
    for (let i = 0; i < 2000; i++) ws.addRow([`T-${i}`, 'KH001', '2024-01-01', i]);
    const full = new Uint8Array(await wb.xlsx.writeBuffer());
    const e = await refused({ file: write('cut.xlsx', full.subarray(0, Math.floor(full.length * 0.6))), kind: 'orders' });
    expect(e.bilingual.en).toMatch(/cut\.xlsx: the Excel file is damaged or incomplete/);
  });

  it('binary garbage / a wrong encoding', async () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const e = await refused({ file: write('garbage.csv', bytes), kind: 'orders' });
    expect(e.bilingual.en).toMatch(/garbage\.csv: the content is not readable as a text table/);
  });

  it('cancel mid-import rolls back', async () => {
    const lines = ['订单号,客户编号,下单日期,金额'];
    for (let i = 0; i < 300_000; i++) lines.push(`CX-${i},NEW${i % 500},2024-02-01,${i}.50`);
    const file = write('big.csv', `${lines.join('\n')}\n`);
    let calls = 0;
    const e = await refused({ file, kind: 'orders' }, { progress: () => {}, cancelled: () => ++calls > 3 });
    expect(e.code).toBe('cancelled');
  });
});

describe('skip-bad-rows', () => {
  it('imports the good rows and reports each bad one with its row and column', async () => {
    const file = write('mixed.csv', ['订单号,客户编号,下单日期,金额', 'M-1,KH001,2024-01-05,10', 'M-2,,2024-01-06,20', 'M-3,KH001,someday,30', 'M-4,KH002,2024-01-08,abc', 'M-5,KH002,2024-01-09,50'].join('\n'));
    const r = await run(core, { file, kind: 'orders', mode: 'skip-bad-rows', language: 'en' });
    expect(r).toMatchObject({ imported: 2, skipped: 3, errorCount: 3 });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, '客户编号'], [4, '下单日期'], [5, '金额']]);
    expect(r.errorReport).toMatch(/Import errors mixed .*\.xlsx$/);
    expect(orderFigures(core).orders).toBe(8);
  });
});

// The big one (~100 MB streamed, a few seconds): many lines per order, so it measures reading and mapping, not SQLite.
describe('a 100 MB file', () => {
  it('streams it without loading it whole', async () => {
    const file = path.join(dir, 'huge.csv');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, '订单号,客户编号,下单日期,金额,类别\n');
    const line = (i: number) => `H-${Math.floor(i / 1000)},KH00${i % 3},2024-05-01,1.25,一个相当长的产品类别名称用来填充文件\n`;
    let bytes = 0;
    let i = 0;
    while (bytes < 100 * 1024 * 1024) {
      const chunk = Array.from({ length: 10_000 }, () => line(i++)).join('');
      bytes += fs.writeSync(fd, chunk);
    }
    fs.closeSync(fd);
    const fresh = tempCore();
    const r = await run(fresh, { file, kind: 'orders' });
    expect(r.lines).toBe(i);
    expect(orderFigures(fresh).revenue).toBe(i * 125);
    fresh.close();
  });
});
