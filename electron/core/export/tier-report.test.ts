/** The tier report workbook on a rated demo book: opened again with ExcelJS and with LibreOffice headless. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResultRow } from '../../../shared/ipc/channels/ratings';
import { openCore, type Core } from '../core';
import { exportsDir } from '../files/file-drop';
import { call, libreOfficeSheets, noCtx, ratedDemoBook, tempDir } from './export-test-kit';
import { writeTierReport } from './write-tier-report';

let core: Core;
let runId: string;
let previousId: string;
let results: RunResultRow[];
let zhFile: string;

beforeAll(async () => {
  const book = await ratedDemoBook(400);
  core = book.core;
  runId = book.run;
  previousId = book.previous;
  results = (await call(core, 'ratings.results', { runId, limit: 1000 })).rows;
  zhFile = (await call(core, 'export.report', { language: 'zh-CN' })).file;
}, 120_000);
afterAll(() => core.close());

async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('tier report workbook', () => {
  it('is named by the as-of date in the exports folder, with Chinese sheet names, and holds the chart picture', async () => {
    expect(zhFile).toBe(path.join(exportsDir(core), '客户分层报告_2024-06-30.xlsx'));
    const wb = await open(zhFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '客户明细', '层级变动', '评级模型']);
    const images = wb.worksheets[0].getImages();
    expect(images).toHaveLength(1);
    const media = wb.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
    expect(Buffer.from(media.buffer as unknown as Uint8Array).subarray(1, 4).toString()).toBe('PNG');
  });

  it('styles the Customers sheet: header fill, bold, frozen header, auto-filter, money and score formats, tier colours', async () => {
    const ws = (await open(zhFile)).getWorksheet('客户明细')!;
    const header = ws.getRow(1);
    expect(header.getCell(1).value).toBe('客户编号');
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(ws.autoFilter).toBe('A1:U1');
    expect(ws.getCell('E2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('F2').numFmt).toBe('0.0');
    const run = await call(core, 'ratings.get', { runId });
    const colour = run.tiers.find((t) => t.id === ws.getCell('H2').value)!.color;
    expect(ws.getCell('H2').fill).toMatchObject({ fgColor: { argb: `FF${colour.slice(1).toUpperCase()}` } });
  });

  it("holds exactly the run's results: code, name, revenue, score, computed and final tier, previous tier", async () => {
    const ws = (await open(zhFile)).getWorksheet('客户明细')!;
    expect(ws.rowCount).toBe(results.length + 1);
    const previous = new Map((await call(core, 'ratings.results', { runId: previousId, limit: 1000 })).rows.map((r) => [r.code, r.finalTier]));
    const byCode = new Map(results.map((r) => [r.code, r]));
    for (let i = 2; i <= ws.rowCount; i++) {
      const row = ws.getRow(i);
      const expected = byCode.get(String(row.getCell(1).value))!;
      expect([row.getCell(2).value, row.getCell(3).value ?? null, row.getCell(5).value, row.getCell(6).value, row.getCell(7).value, row.getCell(8).value]).toEqual([
        expected.name, expected.region, expected.revenue / 100, expected.totalScore, expected.computedTier, expected.finalTier,
      ]);
      expect(row.getCell(9).value).toBe(previous.get(expected.code));
    }
  });

  it('summarises tier counts and shares, changes against the previous run, and the Pareto figures', async () => {
    const ws = (await open(zhFile)).getWorksheet('汇总')!;
    const run = await call(core, 'ratings.get', { runId });
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    for (const t of run.tiers) {
      const row = rows.find((r) => r[0] === t.id)!;
      expect(row[2]).toBe(run.tierCounts[t.id]);
      expect(row[3]).toBeCloseTo(run.tierCounts[t.id] / run.customers, 10);
    }
    expect(rows.find((r) => r[0] === '评级批次')?.[1]).toBe(runId);
    const diff = await call(core, 'ratings.diff', { fromRunId: previousId, toRunId: runId, limit: 0 });
    expect(rows.find((r) => r[0] === '升级')?.[1]).toBe(diff.counts.upgrades);
    expect(rows.find((r) => r[0] === '降级')?.[1]).toBe(diff.counts.downgrades);
    const pareto = await call(core, 'ratings.pareto', { runId });
    expect(rows.find((r) => r[0] === '前 20% 客户贡献的销售额占比')?.[1]).toBe(pareto.top20Share);
    const changes = (await open(zhFile)).getWorksheet('层级变动')!;
    expect(changes.rowCount - 1).toBe(diff.counts.upgrades + diff.counts.downgrades);
    expect(String(changes.getCell('I2').value)).toMatch(/总分|人工|保护|≥|≤|</);
  });

  it('writes English headers and sheet names, and compares with no run when asked', async () => {
    const r = await writeTierReport(core, { runId, language: 'en', previousRunId: null }, noCtx);
    expect(path.basename(r.file)).toBe('Tier report 2024-06-30.xlsx');
    expect(r.rows).toBe(results.length);
    const wb = await open(r.file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Customers', 'Tier changes', 'Model']);
    expect(wb.getWorksheet('Customers')!.getRow(1).getCell(7).value).toBe('Computed tier');
    expect(wb.getWorksheet('Tier changes')!.rowCount).toBe(1);
    const model = wb.getWorksheet('Model')!;
    // the seeded scorecard is stored under its Chinese name; an English report names it in English
    expect(model.getCell('A1').value).toBe('Rating model — Customer scorecard v1');
    expect(wb.getWorksheet('Summary')!.getCell('A1').value).toBe('Tier report — Customer scorecard — 2024-06-30');
    expect(model.getCell('C7').value).toBe(0.3);
    expect(model.getCell('C7').numFmt).toBe('0.0%');
  });

  it('refuses a bad target and leaves nothing behind; a book without runs gets a clear error', async () => {
    await expect(call(core, 'export.report', { runId, out: path.join(path.dirname(zhFile), 'x.csv') })).rejects.toThrow(/must end in \.xlsx/);
    await expect(call(core, 'export.report', { runId: 'nope' })).rejects.toThrow(/not_found/);
    const empty = openCore(path.join(tempDir(), 'empty.db'));
    await expect(call(empty, 'export.report', {})).rejects.toThrow(/no rating run yet/);
    empty.close();
    expect(fs.readdirSync(path.dirname(zhFile)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('tier report through LibreOffice headless', () => {
  it('converts every sheet, and the Customers and Summary values equal the run', () => {
    const sheets = libreOfficeSheets(zhFile);
    expect([...sheets.keys()].sort()).toEqual(['客户明细', '层级变动', '汇总', '评级模型'].sort());
    const customers = sheets.get('客户明细')!;
    expect(customers[0].slice(0, 8)).toEqual(['客户编号', '客户名称', '地区', '负责人', '期间销售额 (CNY)', '总分', '计算层级', '最终层级']);
    const byCode = new Map(results.map((r) => [r.code, r]));
    expect(customers.length - 1).toBe(results.length);
    for (const row of customers.slice(1)) {
      const r = byCode.get(row[0])!;
      expect([row[1], Number(row[4]), Number(row[5]), row[7]]).toEqual([r.name, r.revenue / 100, r.totalScore, r.finalTier]);
    }
    const summary = sheets.get('汇总')!;
    expect(summary.find((r) => r[0] === '评级批次')?.[1]).toBe(runId);
  }, 120_000);
});
