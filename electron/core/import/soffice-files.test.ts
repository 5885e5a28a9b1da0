/**
 * Workbooks written by LibreOffice (soffice --headless --convert-to xls / ods / xlsx, from a CSV made here) import
 * exactly like the CSV they came from: the same orders, revenue and per-customer sums. soffice is required (CI
 * installs it): without it this test fails and says so, it does not skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { orderFigures, run, tempCore, tempDir } from './import-test-kit';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('LibreOffice (soffice) is not installed: this test needs it to write .xls/.ods/.xlsx fixtures (apt-get install libreoffice-calc)');
  return found;
}

/** Convert with a private profile (parallel runs must not share one); columns: text, text, YMD date, number, text. */
function convert(bin: string, csv: string, to: 'xls' | 'ods' | 'xlsx', dir: string): string {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync(bin, [`-env:UserInstallation=${profile}`, '--headless', '--infilter=CSV:44,34,76,1,1/2/2/2/3/5/4/1/5/2', '--convert-to', to, '--outdir', dir, csv], { stdio: 'pipe', timeout: 120_000 });
  const out = path.join(dir, `${path.basename(csv, '.csv')}.${to}`);
  if (!fs.existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}

const perCustomer = (core: Core) =>
  core.store.sqlite
    .prepare(`SELECT c.code, count(*), sum(o.amount), min(o.order_date), max(o.order_date) FROM orders o JOIN customers c ON c.local_key = o.customer_key GROUP BY c.code ORDER BY c.code`)
    .raw()
    .all();

describe('workbooks written by LibreOffice', () => {
  it('.xls, .ods and .xlsx from the same CSV import the same orders as the CSV', async () => {
    const bin = soffice();
    const dir = tempDir();
    const lines = ['订单号,客户编号,下单日期,金额,地区'];
    for (let i = 1; i <= 3000; i++) {
      const day = new Date(Date.UTC(2023, 0, 1) + ((i * 37) % 700) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`LO-${i},${String(i % 113).padStart(5, '0')},${day},${((i * 7919) % 100_000) / 100 - (i % 31 === 0 ? 1000 : 0)},华${i % 4}`);
    }
    const csv = path.join(dir, '订单.csv');
    fs.writeFileSync(csv, `${lines.join('\n')}\n`);
    const fromCsv = tempCore();
    cores.push(fromCsv);
    const want = await run(fromCsv, { file: csv, kind: 'orders' });
    expect(want).toMatchObject({ imported: 3000, customersCreated: 113, errorCount: 0 });
    const figures = orderFigures(fromCsv);
    const sums = perCustomer(fromCsv);
    expect((sums[0] as unknown[])[0]).toBe('00000');

    for (const to of ['xls', 'ods', 'xlsx'] as const) {
      const file = convert(bin, csv, to, dir);
      // LibreOffice wrote real cells: the date a date-formatted number, the amount a number, the code text
      const ws = XLSX.read(fs.readFileSync(file), { type: 'buffer', cellNF: true, sheetRows: 3 }).Sheets['订单'] ?? {};
      expect([ws.B2?.t, ws.C2?.t, ws.D2?.t]).toEqual(['s', 'n', 'n']);
      expect(XLSX.SSF.is_date(String(ws.C2?.z))).toBe(true);
      const core = tempCore();
      cores.push(core);
      const got = await run(core, { file, kind: 'orders' });
      expect({ to, ...got, ms: 0, errorReport: null }).toEqual({ to, ...want, ms: 0, errorReport: null });
      expect(orderFigures(core)).toEqual(figures);
      expect(perCustomer(core)).toEqual(sums);
    }
  }, 300_000);
});
