/** Hand-made files people really have: GBK with Chinese headers and a title row, UTF-16 "Unicode text", xlsx. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { FIXTURES, noCtx, orderFigures, run, snapshot, tempCore, tempDir } from './import-test-kit';
import { previewImport } from './preview-import';

const fx = (name: string) => path.join(FIXTURES, name);
const cores: Core[] = [];
const fresh = () => {
  const c = tempCore();
  cores.push(c);
  return c;
};
afterEach(() => cores.splice(0).forEach((c) => c.close()));

describe('text files', () => {
  it('imports GBK customers with Chinese headers, statuses, dates, tags and an unmapped column as a custom field', async () => {
    const core = fresh();
    const r = await run(core, { file: fx('customers-gbk.csv'), kind: 'customers' });
    expect(r).toMatchObject({ imported: 3, updated: 0, errorCount: 0 });
    const kh1 = core.store.sqlite.prepare(`SELECT name, region, city, status, cooperation_start, tags, custom FROM customers WHERE code = 'KH001'`).get();
    expect(kh1).toEqual({ name: '上海华东机电有限公司', region: '华东', city: '上海', status: 'active', cooperation_start: '2019-03-01', tags: '["重点","长期"]', custom: '{"备注":"老客户"}' });
    expect(core.store.sqlite.prepare(`SELECT cooperation_start FROM customers WHERE code = 'KH003'`).pluck().get()).toBe('2018-01-02');
    const logged = core.store.sqlite.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'customers'`).pluck().get();
    expect(logged).toBeGreaterThan(0);
    const before = snapshot(core);
    expect(await run(core, { file: fx('customers-gbk.csv'), kind: 'customers' })).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(snapshot(core)).toEqual(before);
  });

  it('imports GBK orders under a title row: ¥/￥ amounts with separators, five date spellings, a return; unknown codes create customers', async () => {
    const core = fresh();
    await run(core, { file: fx('customers-gbk.csv'), kind: 'customers' });
    const r = await run(core, { file: fx('orders-gbk.csv'), kind: 'orders' });
    expect(r).toMatchObject({ imported: 6, customersCreated: 1, errorCount: 0 });
    const rows = core.store.sqlite.prepare(`SELECT external_no, order_date, kind, amount FROM orders ORDER BY external_no`).raw().all();
    expect(rows).toEqual([
      ['SO-001', '2024-01-05', 'sale', 1_234_560],
      ['SO-002', '2024-01-18', 'sale', 100_000],
      ['SO-003', '2024-02-03', 'sale', 321_005],
      ['SO-004', '2024-02-15', 'sale', 8_800],
      ['SO-005', '2024-03-01', 'return', -50_000],
      ['SO-006', '2024-03-20', 'sale', 200_000_000],
    ]);
    expect(core.store.sqlite.prepare(`SELECT name FROM customers WHERE code = 'KH004'`).pluck().get()).toBe('深圳前海物流有限公司');
  });

  it('imports UTF-16 LE tab-separated "Unicode text" with day-first dates; a new code gets a minimal customer named by its code', async () => {
    const core = fresh();
    const r = await run(core, { file: fx('orders-utf16le.txt'), kind: 'orders', dayFirst: true });
    expect(r).toMatchObject({ imported: 3, customersCreated: 2 });
    const rows = core.store.sqlite.prepare(`SELECT external_no, order_date, amount FROM orders ORDER BY external_no`).raw().all();
    expect(rows).toEqual([['U-1', '2024-03-05', 123_450], ['U-2', '2024-03-31', 9_999], ['U-3', '2024-04-01', -1_000]]);
    expect(core.store.sqlite.prepare(`SELECT name FROM customers WHERE code = 'KH005'`).pluck().get()).toBe('KH005');
  });

  it('imports assessments (UTF-8 with BOM) for known customers and updates them by customer and date', async () => {
    const core = fresh();
    await run(core, { file: fx('customers-gbk.csv'), kind: 'customers' });
    expect(await run(core, { file: fx('assessments-utf8bom.csv'), kind: 'assessments' })).toMatchObject({ imported: 2 });
    const a = core.store.sqlite.prepare(`SELECT satisfaction, recommend, referrals, relationship FROM assessments a JOIN customers c ON c.id = a.customer_id WHERE c.code = 'KH001'`).get();
    expect(a).toEqual({ satisfaction: 5, recommend: 9, referrals: 2, relationship: 'partner' });
    expect(await run(core, { file: fx('assessments-utf8bom.csv'), kind: 'assessments' })).toMatchObject({ imported: 0, unchanged: 2 });
  });
});

describe('xlsx', () => {
  it('reads the first worksheet of a workbook made with ExcelJS: real dates, numbers, text amounts', async () => {
    const file = path.join(tempDir(), '订单.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('订单');
    ws.addRow(['2024 年订单导出']);
    ws.addRow(['订单号', '客户编号', '客户名称', '下单日期', '金额']);
    ws.addRow(['X-1', 'KH001', '上海华东', new Date(Date.UTC(2024, 2, 5)), 1234.5]);
    ws.addRow(['X-2', 'KH002', '北京中关村', '2024年3月6日', '¥2,000.00']);
    ws.addRow(['X-3', 'KH001', '上海华东', 45_360, 19.99]);
    wb.addWorksheet('其他').addRow(['ignored']);
    await wb.xlsx.writeFile(file);
    const core = fresh();
    const preview = await previewImport(core, { file, kind: 'orders' });
    expect(preview.headerRow).toBe(2);
    expect(preview.mappingFrom).toBe('suggested');
    expect(preview.rows.map((r) => r.ok)).toEqual([true, true, true]);
    const r = await run(core, { file, kind: 'orders' });
    expect(r).toMatchObject({ imported: 3, customersCreated: 2 });
    const rows = core.store.sqlite.prepare(`SELECT external_no, order_date, amount FROM orders ORDER BY external_no`).raw().all();
    expect(rows).toEqual([['X-1', '2024-03-05', 123_450], ['X-2', '2024-03-06', 200_000], ['X-3', '2024-03-09', 1_999]]);
  });
});

describe('preview, saved mappings and channels', () => {
  it('marks each bad cell in the preview and reuses a saved mapping by header signature', async () => {
    const core = fresh();
    const p = await previewImport(core, { file: fx('orders-bad-date.csv'), kind: 'orders' });
    expect(p.headers).toEqual(['订单号', '客户编号', '下单日期', '金额']);
    const bad = p.rows.find((r) => r.row === 4)!;
    expect(bad.ok).toBe(false);
    expect(bad.cells[2].problem?.en).toMatch(/2024-13-45/);
    const ctx = { core, ...noCtx };
    const saved = await dispatch(ctx, 'import.saveMapping', { kind: 'orders', signature: p.signature, mapping: { ...p.mapping, amount: 3, customerName: null } });
    expect(saved.ok).toBe(true);
    expect((await previewImport(core, { file: fx('orders-bad-date.csv'), kind: 'orders' })).mappingFrom).toBe('saved');
    const fields = await dispatch(ctx, 'import.fields', {});
    expect(fields.ok && (fields.value as Record<string, { key: string }[]>).orders.map((f) => f.key)).toContain('orderNo');
  });

  it('a dry run checks everything and writes nothing', async () => {
    const core = fresh();
    const before = snapshot(core);
    const r = await run(core, { file: fx('orders-gbk.csv'), kind: 'orders', dryRun: true });
    expect(r).toMatchObject({ imported: 6, dryRun: true });
    expect(snapshot(core)).toEqual(before);
    expect(orderFigures(core).orders).toBe(0);
  });
});
