/** The tier report workbook of a rating run, written with ExcelJS's streaming writer (constant memory for large books). */
import ExcelJS from 'exceljs';
import type { ExportResult } from '../../../shared/ipc/channels/export';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import type { HandlerContext } from '../handlers/types';
import { readSetting } from '../settings/settings';
import { writeCustomersSheet } from './report-customers-sheet';
import { loadReportData, newestRunId } from './report-data';
import { REPORT_LABELS, langOf } from './report-labels';
import { writeChangesSheet, writeModelSheet } from './report-model-sheets';
import { writeSummarySheet } from './report-summary-sheet';
import { exportPath, writeAtomically } from './export-target';

export interface TierReportOptions {
  runId?: string;
  previousRunId?: string | null;
  language: 'zh-CN' | 'en';
  out?: string;
}

type Ctx = Pick<HandlerContext, 'progress' | 'cancelled'>;

export async function writeTierReport(core: Core, opts: TierReportOptions, ctx: Ctx): Promise<ExportResult> {
  const started = performance.now();
  const lang = langOf(opts.language);
  const L = REPORT_LABELS[lang];
  const data = loadReportData(core, opts.runId ?? newestRunId(core), opts.previousRunId);
  const currency = readSetting<string>(core.store, 'ui.currency') ?? 'CNY';
  const file = exportPath(core, L.file(data.run.asOf), opts.out, ['xlsx']);
  ctx.progress({ done: 0, total: data.run.customers, stage: 'write' });
  const rows = await writeAtomically(file, async (temporary) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    wb.creator = 'TierDesk';
    wb.created = core.now();
    writeSummarySheet(wb, data, L, lang, currency);
    const customers = writeCustomersSheet(wb, core, data, L, lang, currency, ctx);
    writeChangesSheet(wb, data, customers.changes, L, lang);
    writeModelSheet(wb, data, L, lang);
    await wb.commit();
    return customers.rows;
  });
  ctx.progress({ done: rows, total: rows, stage: 'write' });
  return { file, exportsDir: exportsDir(core), rows, ms: Math.round(performance.now() - started) };
}
