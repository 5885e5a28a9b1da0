/**
 * Any list as xlsx (streamed, styled header, frozen header row, auto-filter, number formats, tier colours)
 * or CSV (UTF-8 with a BOM so Excel shows Chinese, CRLF lines, RFC 4180 quoting).
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/ipc/errors';
import type { HandlerContext } from '../handlers/types';
import { PLAIN_STYLE, columnLetter, formatStyle, tierStyle, widthFor, writeHeaderRow, writeStyledRow, type CellFormat } from './sheet-style';

export interface TableColumn<R> {
  header: string;
  format: CellFormat;
  value(row: R): string | number | null;
  width?: number;
  /** for format 'tier': the tier's colour */
  color?(row: R): string | undefined;
}

export interface TableExport<R> {
  file: string;
  format: 'xlsx' | 'csv';
  sheetName: string;
  columns: TableColumn<R>[];
  rows: Iterable<R>;
  total?: number;
  ctx: Pick<HandlerContext, 'progress' | 'cancelled'>;
}

const cancelled = () => new AppError('cancelled', { zh: '已取消导出', en: 'The export was cancelled' });

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string | number | null, format: CellFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return format === 'money' ? value.toFixed(2) : String(value);
  const text = /^[=+@\t\r]|^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeCsv<R>(t: TableExport<R>, target: string): Promise<number> {
  const out = fs.createWriteStream(target);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
  });
  await write(`\uFEFF${t.columns.map((c) => csvField(c.header, 'plain')).join(',')}\r\n`);
  let rows = 0;
  let chunk = '';
  for (const row of t.rows) {
    chunk += `${t.columns.map((c) => csvField(c.value(row), c.format)).join(',')}\r\n`;
    if (++rows % 5000 === 0) {
      await write(chunk);
      chunk = '';
      t.ctx.progress({ done: rows, total: t.total, stage: 'write' });
      if (t.ctx.cancelled()) {
        out.destroy();
        throw cancelled();
      }
    }
  }
  await write(chunk);
  out.end();
  await done;
  return rows;
}

async function writeXlsx<R>(t: TableExport<R>, target: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useStyles: true, useSharedStrings: false });
  wb.creator = 'TierDesk';
  const ws = wb.addWorksheet(t.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({ width: c.width ?? widthFor(c.header) }));
  ws.autoFilter = `A1:${columnLetter(t.columns.length)}1`;
  writeHeaderRow(ws, t.columns.map((c) => c.header));
  const styles = t.columns.map((c) => formatStyle(c.format));
  let rows = 0;
  for (const row of t.rows) {
    const values = t.columns.map((c) => c.value(row));
    const rowStyles = t.columns.map((c, i) => (c.format === 'tier' ? tierStyle(c.color?.(row)) : (styles[i] ?? PLAIN_STYLE)));
    writeStyledRow(ws, values, rowStyles);
    if (++rows % 5000 === 0) {
      t.ctx.progress({ done: rows, total: t.total, stage: 'write' });
      if (t.ctx.cancelled()) throw cancelled();
    }
  }
  ws.commit();
  await wb.commit();
  return rows;
}

/** Writes the table into `target` (the caller renames it into place); returns the data rows written. */
export function writeTable<R>(t: TableExport<R>, target: string): Promise<number> {
  return t.format === 'csv' ? writeCsv(t, target) : writeXlsx(t, target);
}
