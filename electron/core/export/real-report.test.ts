/** The tier report of the real Online Retail book (imported through the one pipeline), rated as of 2011-12-10. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { RunImportSchema } from '../../../shared/ipc/channels/import';
import { openCore } from '../core';
import { runImport } from '../import/run-import';
import { call, noCtx, rate, tempDir } from './export-test-kit';

const RETAIL = path.resolve(import.meta.dirname, '../../../../shared/data/online-retail/OnlineRetail.csv.gz');
const core = openCore(path.join(tempDir(), 'retail.db'));
afterAll(() => core.close());

describe('Online Retail tier report', () => {
  it('rates 4,372 customers as of 2011-12-10 and writes them all, with the run’s tier counts', async () => {
    await runImport(core, RunImportSchema.parse({ file: RETAIL, kind: 'orders', format: 'online-retail' }), noCtx);
    const runId = await rate(core, '2011-12-10', 'abc');
    const run = await call(core, 'ratings.get', { runId });
    const r = await call(core, 'export.report', { runId, language: 'en' });
    expect(path.basename(r.file)).toBe('Tier report 2011-12-10.xlsx');
    expect(r.rows).toBe(run.customers);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.file);
    const customers = wb.getWorksheet('Customers')!;
    expect(customers.rowCount - 1).toBe(run.customers);
    const counts: Record<string, number> = {};
    customers.eachRow((row, i) => {
      if (i > 1) counts[String(row.getCell(8).value)] = (counts[String(row.getCell(8).value)] ?? 0) + 1;
    });
    for (const [tier, n] of Object.entries(run.tierCounts)) expect(counts[tier] ?? 0).toBe(n);
    const pareto = await call(core, 'ratings.pareto', { runId });
    const summary = wb.getWorksheet('Summary')!;
    let top20: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Revenue share of the top 20 % of customers') top20 = row.getCell(2).value;
    });
    expect(top20).toBe(pareto.top20Share);
  }, 300_000);
});
