/**
 * Import benchmark: a generated 2,000,000-row orders CSV (100,000 customers, imported first and not timed)
 * through the TierDesk pipeline, against the sqlite3 CLI `.import` of the same file into a bare table in
 * the same run. Targets: ≥ 150,000 rows/s and ≤ 3 × the baseline.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { checkpointsSettled } from '../electron/core/db/background-checkpoint';
import { runImport } from '../electron/core/import/run-import';

const ROWS = 2_000_000;
const CUSTOMERS = 100_000;
const code = (i: number) => `C${String(i).padStart(6, '0')}`;

function writeFiles(dir: string, rows: number) {
  const customers = path.join(dir, 'customers.csv');
  const lines = ['客户编号,客户名称,地区'];
  for (let c = 0; c < CUSTOMERS; c++) lines.push(`${code(c)},客户${c},华东`);
  fs.writeFileSync(customers, `${lines.join('\n')}\n`);
  const orders = path.join(dir, 'orders.csv');
  const fd = fs.openSync(orders, 'w');
  fs.writeSync(fd, '订单号,客户编号,下单日期,订单金额\n');
  const day0 = Date.UTC(2022, 0, 1);
  let chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const date = new Date(day0 + ((i * 7919) % 1096) * 86_400_000).toISOString().slice(0, 10);
    const amount = (((i * 104_729) % 9_999_900) + 100) / 100;
    chunk.push(`SO${String(i).padStart(8, '0')},${code((i * 31_337) % CUSTOMERS)},${date},${i % 29 === 0 ? -amount : amount}\n`);
    if (chunk.length === 50_000) {
      fs.writeSync(fd, chunk.join(''));
      chunk = [];
    }
  }
  fs.writeSync(fd, chunk.join(''));
  fs.closeSync(fd);
  return { customers, orders };
}

export async function benchImport(rows = ROWS): Promise<object> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-import-'));
  try {
    const files = writeFiles(dir, rows);
    const core = openCore(path.join(dir, 'book.db'));
    const ctx = { progress: () => {}, cancelled: () => false };
    const base = { kind: 'orders' as const, mode: 'all-or-nothing' as const, dryRun: false, language: 'en' as const };
    await runImport(core, { ...base, kind: 'customers', file: files.customers }, ctx);
    const started = performance.now();
    const result = await runImport(core, { ...base, file: files.orders }, ctx);
    const ms = performance.now() - started;
    await checkpointsSettled(core.store);
    const checkpointedMs = performance.now() - started;
    core.close();
    if (result.imported !== rows) throw new Error(`imported ${result.imported} of ${rows} rows`);

    const bare = path.join(dir, 'bare.db');
    const t0 = performance.now();
    execFileSync('/usr/bin/sqlite3', [bare, '-cmd', '.mode csv', `.import ${files.orders} orders`]);
    const baselineMs = performance.now() - t0;
    return {
      rows,
      ms: Math.round(ms),
      rowsPerSecond: Math.round(rows / (ms / 1000)),
      baselineMs: Math.round(baselineMs),
      /** until the background checkpoint had copied the WAL into the database file (not part of the import's wait) */
      checkpointedMs: Math.round(checkpointedMs),
      ratio: Math.round((ms / baselineMs) * 100) / 100,
      targets: { rowsPerSecond: 150_000, ratio: 3 },
      bytes: fs.statSync(files.orders).size,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchImport(Number(process.argv[2] ?? ROWS))));
}
