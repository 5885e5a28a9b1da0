/** The downloadable error report of an import: an xlsx (row, column, value, problem) in the exports folder. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportError } from '../../../shared/ipc/channels/import';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';

const HEADERS = {
  zh: { sheet: '导入错误', row: '行号', column: '列', value: '值', problem: '问题', file: '导入错误' },
  en: { sheet: 'Import errors', row: 'Row', column: 'Column', value: 'Value', problem: 'Problem', file: 'Import errors' },
};

export async function writeErrorReport(core: Core, sourceFile: string, errors: ImportError[], language: 'zh' | 'en'): Promise<string> {
  const h = HEADERS[language];
  const stamp = core.now().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const base = path.basename(sourceFile).replace(/\.[^.]+(\.gz)?$/i, '');
  const file = path.join(exportsDir(core), `${h.file} ${base} ${stamp}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const ws = wb.addWorksheet(h.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: h.row, key: 'row', width: 8 },
    { header: h.column, key: 'column', width: 20 },
    { header: h.value, key: 'value', width: 24 },
    { header: h.problem, key: 'problem', width: 80 },
  ];
  const headerRow = ws.getRow(1);
  headerRow.font = { bold: true };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };
  headerRow.commit();
  ws.autoFilter = 'A1:D1';
  for (const e of errors) ws.addRow({ row: e.row, column: e.column, value: e.value, problem: e.message[language] }).commit();
  ws.commit();
  await wb.commit();
  return file;
}
