/**
 * Fuzz: mutated .xlsx workbooks through the import, as the UI calls it. Half have damaged bytes (the zip
 * mutated), half hostile cells written by ExcelJS (seeded). Only safety is asserted, not what a reader makes
 * of a workbook: it imports, or it is refused with a clear AppError, the book unchanged, within 10 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Core } from '../core';
import { tempCore, tempDir } from '../import/import-test-kit';
import { callChannel, expectSafe, FUZZ_SEED, mutate, mutationPlans, tally, type Outcome } from './fuzz-kit';

const DAMAGED = 30;
const HOSTILE = 30;

let core: Core;
let dir: string;

const CUSTOMER_HEADER = ['客户编号', '客户名称', '城市', '合作开始日期'];
const ORDER_HEADER = ['订单编号', '客户编号', '下单日期', '订单金额'];

/** A workbook's bytes, the same on every run: ExcelJS stamps the document and its zip entries with the clock. */
async function workbook(rows: unknown[][], sheetName = '数据'): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-05T10:00:00Z') });
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheetName);
    for (const row of rows) ws.addRow(row);
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    vi.useRealTimers();
  }
}

const customerRows = () => [CUSTOMER_HEADER, ...Array.from({ length: 30 }, (_, i) => [`KH${i}`, `客户 ${i}`, '上海', new Date(Date.UTC(2020, i % 12, 1 + (i % 27)))])];
const orderRows = () => [ORDER_HEADER, ...Array.from({ length: 80 }, (_, i) => [`SO-${i}`, `KH${i % 30}`, new Date(Date.UTC(2024, i % 12, 1 + (i % 27))), (i * 37) % 900 + 0.5])];

/** Cells that a hostile or odd workbook holds. */
const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('"', '""', '\n', '\r\n', '=1/0', '  ', '１２３', '1e309', '-0', '2024-02-30', '\u0000', '\uFEFF'),
  fc.integer().map((n) => 'x'.repeat(Math.abs(n) % 40_000)),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
  fc.constantFrom({ formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'A1&B1', result: 'KH1' }, { error: '#N/A' }),
  fc.constantFrom({ richText: [{ text: '客户' }, { text: ' 1' }] }, { text: 'link', hyperlink: 'https://example.com' }),
);

const hostileSheet = fc.record({
  kind: fc.constantFrom('customers' as const, 'orders' as const),
  header: fc.constantFrom('real', 'none', 'shuffled'),
  rows: fc.array(fc.array(hostileCell, { maxLength: 12 }), { maxLength: 60 }),
  title: fc.constantFrom('数据', 'Sheet1', "O'Brien", '表 2'),
});

beforeAll(async () => {
  core = tempCore();
  dir = tempDir();
  const file = path.join(dir, 'customers-base.xlsx');
  fs.writeFileSync(file, await workbook(customerRows()));
  await callChannel(core, 'import.run', { file, kind: 'customers' });
});
afterAll(() => core.close());

it('are made the same on every run', async () => {
  const rows = orderRows();
  expect((await workbook(rows)).equals(await workbook(rows))).toBe(true);
});

it(`${DAMAGED + HOSTILE} mutated xlsx files (${DAMAGED} with damaged bytes, ${HOSTILE} with hostile cells) import or are refused clearly, the book unchanged`, async () => {
  const outcomes: Outcome[] = [];
  const bases = [
    { kind: 'customers' as const, bytes: await workbook(customerRows()) },
    { kind: 'orders' as const, bytes: await workbook(orderRows()) },
  ];
  for (const [i, plan] of mutationPlans(DAMAGED, FUZZ_SEED + 1).entries()) {
    const base = bases[i % bases.length];
    const file = path.join(dir, `damaged-${i}.xlsx`);
    fs.writeFileSync(file, mutate(base.bytes, plan));
    const label = `xlsx damaged #${i} (${base.kind}, ${JSON.stringify(plan.map((m) => m.kind))})`;
    outcomes.push(await expectSafe(core, label, () => callChannel(core, 'import.run', { file, kind: base.kind }), ['bad_file']));
  }
  for (const [i, sheet] of fc.sample(hostileSheet, { seed: FUZZ_SEED + 2, numRuns: HOSTILE }).entries()) {
    const header = sheet.kind === 'customers' ? CUSTOMER_HEADER : ORDER_HEADER;
    const top = sheet.header === 'real' ? [header] : sheet.header === 'shuffled' ? [[...header].reverse()] : [];
    const file = path.join(dir, `hostile-${i}.xlsx`);
    fs.writeFileSync(file, await workbook([...top, ...sheet.rows], sheet.title));
    const mode = i % 2 ? 'skip-bad-rows' : 'all-or-nothing';
    const label = `xlsx hostile #${i} (${sheet.kind}, ${sheet.header} header, ${sheet.rows.length} rows, ${mode})`;
    outcomes.push(await expectSafe(core, label, () => callChannel(core, 'import.run', { file, kind: sheet.kind, mode }), ['bad_file']));
  }
  const counts = tally(outcomes);
  if (process.env.TIERDESK_FUZZ_SEED) console.log('xlsx fuzz', counts);
  expect(outcomes).toHaveLength(DAMAGED + HOSTILE);
  expect(counts.bad_file, JSON.stringify(counts)).toBeGreaterThan(0);
});
