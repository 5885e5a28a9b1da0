/** List exports: customers with the list's filters and tier changes, as CSV (UTF-8 BOM) and xlsx, read back. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { listCustomers } from '../customers/customer-queries';
import { call, libreOfficeSheets, parseCsv, ratedDemoBook } from './export-test-kit';
import { csvField, writeTable } from './table-export';

let core: Core;
let dir: string;
let run: string;
let previous: string;

beforeAll(async () => {
  ({ core, dir, run, previous } = await ratedDemoBook(300));
  core.store.sqlite.prepare(`UPDATE customers SET name = '上海"恒达",贸易' || char(10) || '有限公司', custom = '{"备注":"老客户"}' WHERE code = 'C000001'`).run();
}, 120_000);
afterAll(() => core.close());

describe('customer list export', () => {
  it('writes CSV as UTF-8 with a BOM and CRLF; Chinese, quotes, commas and line breaks round-trip', async () => {
    const r = await call(core, 'export.customers', { format: 'csv', out: path.join(dir, 'customers.csv') });
    const bytes = fs.readFileSync(r.file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0].slice(0, 5)).toEqual(['客户编号', '客户名称', '状态', '等级', '得分']);
    expect(rows[0]).toContain('备注');
    expect(r.rows).toBe(300);
    expect(rows.length - 1).toBe(300);
    const first = rows.find((x) => x[0] === 'C000001')!;
    expect(first[1]).toBe('上海"恒达",贸易\n有限公司');
    expect(first[rows[0].indexOf('备注')]).toBe('老客户');
  });

  it("applies customers.list's filters and sort, and can leave contacts out", async () => {
    const filter = { statuses: ['dormant' as const], sortBy: 'score' as const, sortDir: 'desc' as const };
    const expected = listCustomers(core.store, { ...filter, includeArchived: false, offset: 0, limit: 500 }).rows;
    const r = await call(core, 'export.customers', { filter, format: 'csv', language: 'en', includeContacts: false, out: path.join(dir, 'dormant.csv') });
    const rows = parseCsv(fs.readFileSync(r.file, 'utf8'));
    expect(rows.slice(1).map((x) => x[0])).toEqual(expected.map((c) => c.code));
    expect(rows[0]).not.toContain('Phone');
    expect(new Set(rows.slice(1).map((x) => x[2]))).toEqual(new Set(['Dormant']));
  });

  it('writes xlsx with a styled, frozen, filtered header into the exports folder', async () => {
    const r = await call(core, 'export.customers', { format: 'xlsx', language: 'zh-CN' });
    expect(path.basename(r.file)).toMatch(/^客户列表_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.file);
    const ws = wb.getWorksheet('客户列表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toMatch(/^A1:[A-Z]+1$/);
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FF1F4E79' } });
    expect(ws.rowCount).toBe(301);
    expect(ws.getCell('E2').numFmt).toBe('0.0');
  });
});

describe('tier changes export', () => {
  it('lists the upgrades and downgrades of ratings.diff with reasons, as xlsx and CSV', async () => {
    const diff = await call(core, 'ratings.diff', { fromRunId: previous, toRunId: run, limit: 5000 });
    const moved = diff.changes.filter((c) => c.change === 'upgrade' || c.change === 'downgrade');
    const x = await call(core, 'export.changes', { fromRunId: previous, toRunId: run, language: 'en', out: path.join(dir, 'changes.xlsx') });
    expect(x.rows).toBe(moved.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x.file);
    const ws = wb.getWorksheet('Tier changes')!;
    const codes: string[] = [];
    ws.eachRow((row, i) => i > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes.sort()).toEqual(moved.map((c) => c.code).sort());
    expect(String(ws.getCell('I2').value)).not.toBe('');
    const c = await call(core, 'export.changes', { fromRunId: previous, toRunId: run, format: 'csv', out: path.join(dir, 'changes.csv') });
    expect(parseCsv(fs.readFileSync(c.file, 'utf8')).length - 1).toBe(moved.length);
  });
});

describe('visits export', () => {
  it("lists the visits of visits.list's filters, as CSV", async () => {
    await call(core, 'visits.plan', { start: '2024-07-01', weeks: 2 });
    const expected = await call(core, 'visits.list', { from: '2024-07-01', to: '2024-07-14', limit: 5000 });
    expect(expected.total).toBeGreaterThan(0);
    const r = await call(core, 'export.visits', { from: '2024-07-01', to: '2024-07-14', format: 'csv', out: path.join(dir, 'visits.csv') });
    const rows = parseCsv(fs.readFileSync(r.file, 'utf8'));
    expect(rows[0].slice(0, 5)).toEqual(['计划日期', '完成日期', '状态', '客户编号', '客户名称']);
    expect(rows.slice(1).map((x) => x[3])).toEqual(expected.rows.map((v) => v.code));
  });
});

describe('table writer', () => {
  it('neutralises text a spreadsheet would run as a formula, not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")', 'plain')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.5', 'plain')).toBe('-12.5');
    expect(csvField(-3, 'money')).toBe('-3.00');
    expect(csvField(null, 'plain')).toBe('');
  });

  it('stops when cancelled and the caller leaves no file', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => i);
    const target = path.join(dir, 'cancelled.csv');
    const write = writeTable({ file: target, format: 'csv', sheetName: 'x', columns: [{ header: 'n', format: 'integer', value: (n: number) => n }], rows, ctx: { progress: () => {}, cancelled: () => true } }, target);
    await expect(write).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('customer list through LibreOffice headless', () => {
  it('opens the xlsx and shows the same codes and Chinese names as the CSV', async () => {
    const x = await call(core, 'export.customers', { format: 'xlsx', out: path.join(dir, 'lo-customers.xlsx') });
    const c = await call(core, 'export.customers', { format: 'csv', out: path.join(dir, 'lo-customers.csv') });
    const viaLibreOffice = libreOfficeSheets(x.file).get('客户列表')!;
    const csv = parseCsv(fs.readFileSync(c.file, 'utf8'));
    expect(viaLibreOffice.map((r) => r.slice(0, 3))).toEqual(csv.map((r) => r.slice(0, 3)));
  }, 120_000);
});
