import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/import/import-test-kit';
import { dateCell, writeBook } from '../core/import/workbook-test-kit';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');

function tierdesk(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, json: args.includes('--json') && result.stdout.trim() ? (JSON.parse(result.stdout) as Record<string, unknown>) : null, stderr: result.stderr };
}

describe('tierdesk import … --sheet', () => {
  it('imports the named sheet of an .xls, and names the sheets when the one asked for is not there', () => {
    const dir = tempDir();
    const db = path.join(dir, 'book.db');
    const rows = [['订单号', '客户编号', '下单日期', '金额'], ['E-1', '00123', dateCell('2024-05-02'), 12.5], ['E-2', 'KH2', dateCell('2024-05-03'), 7]];
    const file = writeBook(dir, '金蝶导出', 'biff8', [{ name: '说明', rows: [['本表由 ERP 导出']] }, { name: '订单', rows }]);
    const ok = tierdesk('--db', db, 'import', 'orders', file, '--sheet', '订单', '--json');
    expect(ok.status).toBe(0);
    expect(ok.json).toMatchObject({ imported: 2, customersCreated: 2, errorCount: 0 });
    const wrong = tierdesk('--db', db, 'import', 'orders', file, '--sheet', 'Orders', '--json');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/金蝶导出\.xls: there is no worksheet 'Orders' \(the workbook has: 说明, 订单\)/);
  }, 60_000);
});
