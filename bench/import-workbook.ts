/**
 * Workbook import benchmark: the same 500,000 order rows as an .xlsx (streamed out by ExcelJS, as Excel would hold
 * them: text codes, date cells, numbers) and as a CSV, each imported into a fresh book whose customers were
 * imported first (not timed), in the same run. Targets: the xlsx within 3 × the CSV's time, and the process's peak
 * resident memory during the xlsx import under 1.5 GB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openCore } from '../electron/core/core';
import { checkpointsSettled } from '../electron/core/db/background-checkpoint';
import { runImport } from '../electron/core/import/run-import';

const ROWS = 500_000;
const CUSTOMERS = 20_000;
const code = (i: number) => `C${String(i).padStart(6, '0')}`;
const DAY0 = Date.UTC(2022, 0, 1);

function row(i: number) {
  const day = DAY0 + ((i * 7919) % 1096) * 86_400_000;
  const amount = (((i * 104_729) % 9_999_900) + 100) / 100;
  return { no: `SO${String(i).padStart(8, '0')}`, customer: code((i * 31_337) % CUSTOMERS), day, amount: i % 29 === 0 ? -amount : amount };
}

async function writeFiles(dir: string, rows: number) {
  const customers = path.join(dir, 'customers.csv');
  const lines = ['客户编号,客户名称,地区'];
  for (let c = 0; c < CUSTOMERS; c++) lines.push(`${code(c)},客户${c},华东`);
  fs.writeFileSync(customers, `${lines.join('\n')}\n`);
  const csv = path.join(dir, 'orders.csv');
  const fd = fs.openSync(csv, 'w');
  fs.writeSync(fd, '订单号,客户编号,下单日期,订单金额\n');
  const xlsx = path.join(dir, 'orders.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const ws = wb.addWorksheet('订单');
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  ws.addRow(['订单号', '客户编号', '下单日期', '订单金额']).commit();
  let chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const r = row(i);
    chunk.push(`${r.no},${r.customer},${new Date(r.day).toISOString().slice(0, 10)},${r.amount}\n`);
    if (chunk.length === 50_000) {
      fs.writeSync(fd, chunk.join(''));
      chunk = [];
    }
    ws.addRow([r.no, r.customer, new Date(r.day), r.amount]).commit();
  }
  fs.writeSync(fd, chunk.join(''));
  fs.closeSync(fd);
  ws.commit();
  await wb.commit();
  return { customers, csv, xlsx };
}

/** One timed import into a fresh book, with the process's peak resident memory sampled while it runs. */
async function timed(dir: string, name: string, customers: string, file: string) {
  const core = openCore(path.join(dir, `${name}.db`));
  const ctx = { progress: () => {}, cancelled: () => false };
  const base = { mode: 'all-or-nothing' as const, dryRun: false, language: 'en' as const };
  await runImport(core, { ...base, kind: 'customers', file: customers }, ctx);
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const started = performance.now();
  const result = await runImport(core, { ...base, kind: 'orders', file }, ctx);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await checkpointsSettled(core.store);
  const revenue = core.store.sqlite.prepare('SELECT sum(amount) FROM orders').pluck().get() as number;
  core.close();
  return { ms: Math.round(ms), imported: result.imported, revenue, peakRssMb: Math.round(peak / 2 ** 20), bytes: fs.statSync(file).size };
}

export async function benchImportWorkbook(rows = ROWS): Promise<object> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-workbook-'));
  try {
    const files = await writeFiles(dir, rows);
    const csv = await timed(dir, 'csv', files.customers, files.csv);
    const xlsx = await timed(dir, 'xlsx', files.customers, files.xlsx);
    if (csv.imported !== rows || xlsx.imported !== rows) throw new Error(`imported ${csv.imported} (CSV) and ${xlsx.imported} (xlsx) of ${rows} rows`);
    if (csv.revenue !== xlsx.revenue) throw new Error(`revenue ${xlsx.revenue} from the xlsx, ${csv.revenue} from the CSV`);
    const ratio = Math.round((xlsx.ms / csv.ms) * 100) / 100;
    return {
      rows,
      xlsx,
      csv,
      ratio,
      targets: { ratio: 3, peakRssMb: 1536 },
      met: ratio <= 3 && xlsx.peakRssMb < 1536,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchImportWorkbook(Number(process.argv[2] ?? ROWS))));
}
