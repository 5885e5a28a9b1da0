/** Helpers for the export tests: a rated demo book on a temp SQLite file, channel calls, and LibreOffice headless. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import { openCore, type Core } from '../core';
import { generateDemoBook } from '../demo/demo-book';
import { dispatchTyped } from '../dispatch';
import { resolveModel, runnableVersionId } from '../models/model-resolve';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-export-'));
}

export const noCtx = { progress: () => {}, cancelled: () => false };

export async function call<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatchTyped({ core, ...noCtx }, channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** Rates the book with a built-in model as of a date; returns the run id. */
export async function rate(core: Core, asOf: string, model = 'seed'): Promise<string> {
  return (await call(core, 'ratings.run', { versionId: runnableVersionId(resolveModel(core, model)), asOf })).id;
}

/** A demo book of `customers` rated twice (2024-03-31, then 2024-06-30), so the report has changes to show. */
export async function ratedDemoBook(customers = 400): Promise<{ core: Core; dir: string; previous: string; run: string }> {
  const dir = tempDir();
  const core = openCore(path.join(dir, 'book.db'), { now: () => new Date('2024-07-01T08:00:00Z') });
  generateDemoBook(core, { customers, seed: 7, endDate: '2024-06-30' });
  const previous = await rate(core, '2024-03-31');
  const run = await rate(core, '2024-06-30');
  return { core, dir, previous, run };
}


/**
 * Converts every sheet of an xlsx to UTF-8 CSV with LibreOffice headless (filter option token 12 = -1:
 * all sheets, one file each, named FILE-SHEET.csv); returns sheet name → rows of fields.
 */
export function libreOfficeSheets(xlsx: string): Map<string, string[][]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-lo-'));
  execFileSync('soffice', [
    '--headless', '--norestore', `-env:UserInstallation=file://${out}/profile`,
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, xlsx,
  ], { stdio: 'pipe', timeout: 120_000 });
  const base = path.basename(xlsx, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.csv'))) {
    const sheet = f.slice(base.length + 1, -4);
    sheets.set(sheet, parseCsv(fs.readFileSync(path.join(out, f), 'utf8')));
  }
  fs.rmSync(out, { recursive: true, force: true });
  return sheets;
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF); a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
