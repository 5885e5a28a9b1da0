/**
 * Workbooks as offices have them, written by SheetJS into a temp dir and imported through the real core on a real
 * SQLite file: .xlsx, .xls (BIFF8) and .ods with a merged title row, a hidden sheet first, date serials, text dates
 * and amounts, formulas, codes with leading zeros, trailing empty rows and columns; the 1904 date system; sheets by name.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { run, tempCore, tempDir } from './import-test-kit';
import { previewImport } from './preview-import';
import { dateCell, writeBook, type Book, type SheetSpec } from './workbook-test-kit';

const cores: Core[] = [];
const fresh = () => {
  const c = tempCore();
  cores.push(c);
  return c;
};
afterEach(() => cores.splice(0).forEach((c) => c.close()));

const orders = (db: Core) =>
  db.store.sqlite
    .prepare(`SELECT o.external_no, c.code, o.order_date, o.amount FROM orders o JOIN customers c ON c.local_key = o.customer_key ORDER BY o.external_no`)
    .raw()
    .all();

/** An ERP export: a merged title row, a blank row, then the header; data of every kind real books hold. */
const exportSheet: SheetSpec = {
  name: '订单明细',
  merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }],
  rows: [
    ['2024 年第一季度订单明细（导出）'],
    [],
    ['订单号', '客户编号', '客户名称', '下单日期', '金额', '', null],
    ['W-1', '00123', '上海华东', dateCell('2024-03-05'), 1234.5],
    ['W-2', { t: 'n', v: 42, z: '00000' }, '北京中关村', '2024年3月6日', '￥1,234.50'],
    ['W-3', '00123', '上海华东', { t: 'n', v: 45_360.75, z: 'm/d/yy' }, { t: 'n', v: 39.98, f: 'E4/E4*39.98' }],
    ['W-4', 'KH9', '广州天河', '2024-03-10', '1.2万'],
    ['W-5', 'KH9', '广州天河', dateCell('2024-03-11'), '88'],
    [null, '', null, null, null],
    [],
  ],
};

const expected = [
  ['W-1', '00123', '2024-03-05', 123_450],
  ['W-2', '00042', '2024-03-06', 123_450],
  ['W-3', '00123', '2024-03-09', 3_998],
  ['W-4', 'KH9', '2024-03-10', 1_200_000],
  ['W-5', 'KH9', '2024-03-11', 8_800],
];

describe.each<Book>(['xlsx', 'biff8', 'ods'])('a workbook written as %s', (type) => {
  it('imports the first visible sheet: title row skipped, dates, text amounts, formulas, leading zeros', async () => {
    const dir = tempDir();
    const hidden: SheetSpec = { name: '参数', hidden: 1, rows: [['订单号', '客户编号', '下单日期', '金额'], ['H-1', 'X', '2024-01-01', 1]] };
    // SheetJS writes no hidden flag into an .ods (LibreOffice's own files are in soffice-files.test.ts)
    const sheets = type === 'ods' ? [exportSheet, { name: '其他', rows: [['ignored']] }] : [hidden, exportSheet, { name: '其他', rows: [['ignored']] }];
    const file = writeBook(dir, '订单导出', type, sheets);
    const core = fresh();
    const preview = await previewImport(core, { file, kind: 'orders' });
    expect(preview.source).toMatchObject({ type: 'workbook', sheet: '订单明细', sheets: ['订单明细', '其他'] });
    expect(preview.headerRow).toBe(3);
    expect(preview.headers).toEqual(['订单号', '客户编号', '客户名称', '下单日期', '金额']);
    expect(preview.rows.map((r) => [r.row, r.ok])).toEqual([[4, true], [5, true], [6, true], [7, true], [8, true]]);
    expect(preview.rows[0].cells.map((c) => c.text)).toEqual(['W-1', '00123', '上海华东', '2024-03-05', '1234.5']);
    const r = await run(core, { file, kind: 'orders' });
    expect(r).toMatchObject({ imported: 5, customersCreated: 3, errorCount: 0 });
    expect(orders(core)).toEqual(expected);
  });

  it('reads a sheet by name, hidden or not, and says which sheets there are when the name is wrong', async () => {
    const dir = tempDir();
    const file = writeBook(dir, 'book', type, [{ name: 'Cover', rows: [['Orders export']] }, { ...exportSheet, name: 'Data', hidden: 2 }]);
    const core = fresh();
    expect(await run(core, { file, kind: 'orders', sheet: 'Data' })).toMatchObject({ imported: 5, errorCount: 0 });
    expect(orders(core)).toEqual(expected);
    expect(await run(core, { file, kind: 'orders', sheet: ' data ' })).toMatchObject({ imported: 0, unchanged: 5 });
    const wrong = await run(core, { file, kind: 'orders', sheet: '订单' }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'bad_file' });
    expect((wrong as { bilingual: { en: string; zh: string } }).bilingual.en).toMatch(/book\.\w+: there is no worksheet '订单' \(the workbook has: Cover, Data\)/);
    expect((wrong as { bilingual: { en: string; zh: string } }).bilingual.zh).toMatch(/找不到工作表“订单”（工作簿里的工作表：Cover、Data）/);
  });
});

describe('date systems and long sheets', () => {
  it.each<Book>(['xlsx', 'biff8'])('reads serials of the 1904 date system (%s)', async (type) => {
    const dir = tempDir();
    const rows = [['订单号', '客户编号', '下单日期', '金额'], ['M-1', 'KH1', dateCell('2024-03-05', true), 10], ['M-2', 'KH1', dateCell('1999-12-31', true), 20]];
    const file = writeBook(dir, 'mac', type, [{ name: 'Sheet1', rows }], { date1904: true });
    const core = fresh();
    expect(await run(core, { file, kind: 'orders' })).toMatchObject({ imported: 2 });
    expect(orders(core).map((o) => (o as unknown[])[2])).toEqual(['2024-03-05', '1999-12-31']);
  });

  it('reads past the first rows parsed alone: 5,000 rows, bad rows reported with their sheet row', async () => {
    const dir = tempDir();
    const rows: SheetSpec['rows'] = [['导出时间 2024-06-01'], ['订单号', '客户编号', '下单日期', '金额']];
    for (let i = 1; i <= 5000; i++) rows.push([`L-${i}`, `KH${String(i % 70).padStart(3, '0')}`, dateCell(`2024-0${1 + (i % 6)}-1${i % 10}`), i % 997 === 0 ? '坏' : i / 4]);
    for (const type of ['xlsx', 'biff8'] as const) {
      const file = writeBook(dir, `long-${type}`, type, [{ name: 'Orders', rows }]);
      const core = fresh();
      const r = await run(core, { file, kind: 'orders', mode: 'skip-bad-rows', language: 'en' });
      const bad = [997, 1994, 2991, 3988, 4985];
      expect(r).toMatchObject({ imported: 4995, skipped: 5, errorCount: 5, customersCreated: 70 });
      expect(r.errors.map((e) => [e.row, e.column])).toEqual(bad.map((i) => [i + 2, '金额']));
      const sum = core.store.sqlite.prepare('SELECT sum(amount) FROM orders').pluck().get();
      let want = 0;
      for (let i = 1; i <= 5000; i++) if (!bad.includes(i)) want += i * 25;
      expect(sum).toBe(want);
    }
  });

  it('reads every row of a sheet that does not declare its size (ExcelJS\'s streaming writer leaves it out)', async () => {
    const file = path.join(tempDir(), 'streamed.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('订单');
    ws.addRow(['订单号', '客户编号', '下单日期', '金额']).commit();
    for (let i = 1; i <= 1200; i++) ws.addRow([`S-${i}`, `KH${i % 9}`, new Date(Date.UTC(2024, 4, 1 + (i % 30))), i]).commit();
    ws.commit();
    await wb.commit();
    const core = fresh();
    expect(await run(core, { file, kind: 'orders' })).toMatchObject({ imported: 1200, errorCount: 0 });
    expect(core.store.sqlite.prepare('SELECT sum(amount) FROM orders').pluck().get()).toBe((1200 * 1201 * 100) / 2);
  });
});
