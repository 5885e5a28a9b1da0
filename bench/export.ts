/**
 * Export benchmark: the tier report for 100,000 customers (a demo book rated once, cached in os.tmpdir())
 * against a bare ExcelJS streaming write of the same rows (the Customers sheet's values, no styles) in the
 * same run. Targets: under 8 s and ≤ 1.3 × the baseline.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openCore, type Core } from '../electron/core/core';
import { generateDemoBook } from '../electron/core/demo/demo-book';
import { newestRunId } from '../electron/core/export/report-data';
import { writeTierReport } from '../electron/core/export/write-tier-report';
import { resolveModel, runnableVersionId } from '../electron/core/models/model-resolve';
import { runRating } from '../electron/core/scoring/rating-run';

const CUSTOMERS = 100_000;
const AS_OF = '2024-06-30';
const ctx = { progress: () => {}, cancelled: () => false };

/** The cached rated book (made on first use: ~2M orders, then one seed-scorecard run). */
async function ratedBook(customers: number): Promise<Core> {
  const file = path.join(os.tmpdir(), `tierdesk-bench-export-${customers}.db`);
  if (fs.existsSync(file)) {
    const cached = openCore(file);
    if (cached.store.sqlite.prepare('SELECT count(*) FROM rating_runs').pluck().get() === 1) return cached;
    cached.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const core = openCore(file);
  generateDemoBook(core, { customers, seed: 1, endDate: AS_OF });
  await runRating(core, { versionId: runnableVersionId(resolveModel(core, 'seed')), asOf: AS_OF, ...ctx });
  return core;
}

/** The same rows as the report's Customers sheet, written bare: no styles, no other sheets. */
async function bareWrite(core: Core, runId: string, file: string): Promise<number> {
  const started = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet('Customers');
  const rows = core.store.sqlite
    .prepare(
      `SELECT c.code, c.name, c.region, p.name, r.revenue, r.total_score, r.computed_tier, r.final_tier, r.incomplete, r.explanation
       FROM rating_results r JOIN customers c ON c.id = r.customer_id LEFT JOIN reps p ON p.id = c.owner_rep_id WHERE r.run_id = ? ORDER BY r.total_score DESC`,
    )
    .raw()
    .iterate(runId) as IterableIterator<[string, string, string, string, number, number, string, string, number, string]>;
  for (const [code, name, region, rep, revenue, score, computed, final, incomplete, explanation] of rows) {
    const e = JSON.parse(explanation) as { v: (number | null)[]; p: (number | null)[] };
    const values: unknown[] = [code, name, region, rep, revenue / 100, score, computed, final, null, ''];
    for (let j = 0; j < e.v.length; j++) values.push(e.v[j], e.p[j]);
    values.push(incomplete ? 'Yes' : 'No');
    ws.addRow(values).commit();
  }
  ws.commit();
  await wb.commit();
  return performance.now() - started;
}

export async function benchExport(customers = CUSTOMERS): Promise<object> {
  const core = await ratedBook(customers);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-export-'));
  try {
    const runId = newestRunId(core);
    const baselineMs = await bareWrite(core, runId, path.join(dir, 'bare.xlsx'));
    const report = await writeTierReport(core, { runId, language: 'zh-CN', out: path.join(dir, 'report.xlsx') }, ctx);
    const baseline2 = await bareWrite(core, runId, path.join(dir, 'bare2.xlsx'));
    const baseline = Math.min(baselineMs, baseline2);
    return {
      customers: report.rows,
      ms: report.ms,
      baselineMs: Math.round(baseline),
      ratio: Math.round((report.ms / baseline) * 100) / 100,
      targets: { ms: 8000, ratio: 1.3 },
      met: report.ms < 8000 && report.ms / baseline <= 1.3,
      bytes: fs.statSync(report.file).size,
    };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchExport(Number(process.argv[2] ?? CUSTOMERS))));
}
