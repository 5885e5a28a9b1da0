import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/export/export-test-kit';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');

function tierdesk(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, json: args.includes('--json') && result.stdout.trim() ? (JSON.parse(result.stdout) as Record<string, unknown>) : null, stderr: result.stderr };
}

describe('tierdesk export report|customers|changes|visits', () => {
  it('writes the report and lists with --json, and answers bad usage with exit 2 and a user error with exit 1', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'book.db');
    expect(tierdesk('--db', db, 'demo', '--customers', '120', '--end', '2024-06-30').status).toBe(0);
    expect(tierdesk('--db', db, 'export', 'report', '--out', path.join(dir, 'r.xlsx')).status).toBe(1); // no run yet
    const first = tierdesk('--db', db, 'score', '--as-of', '2024-03-31', '--json').json as { runId: string };
    const second = tierdesk('--db', db, 'score', '--as-of', '2024-06-30', '--json').json as { runId: string };

    const report = tierdesk('--db', db, 'export', 'report', '--out', path.join(dir, 'report.xlsx'), '--lang', 'en', '--json');
    expect(report.status).toBe(0);
    expect(report.json).toMatchObject({ file: path.join(dir, 'report.xlsx'), rows: 120 });
    expect(report.json?.ms).toEqual(expect.any(Number));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Customers', 'Tier changes', 'Model']);
    expect(wb.getWorksheet('Summary')!.getCell('B6').value).toBe(second.runId);

    const csv = tierdesk('--db', db, 'export', 'customers', '--out', path.join(dir, 'c.csv'), '--json');
    expect(csv.json).toMatchObject({ rows: 120 });
    expect(fs.readFileSync(path.join(dir, 'c.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const changes = tierdesk('--db', db, 'export', 'changes', '--from', first.runId, '--to', second.runId, '--out', path.join(dir, 'd.xlsx'), '--json');
    expect(changes.status).toBe(0);
    const visits = tierdesk('--db', db, 'export', 'visits', '--out', path.join(dir, 'v.csv'), '--json');
    expect(visits.json).toMatchObject({ rows: expect.any(Number) });

    expect(tierdesk('--db', db, 'export', 'changes').status).toBe(2);
    expect(tierdesk('--db', db, 'export', 'bogus').status).toBe(2);
    const wrong = tierdesk('--db', db, 'export', 'report', '--out', path.join(dir, 'r.txt'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/must end in \.xlsx/);
  }, 120_000);
});
