/**
 * .xlsx reader on ExcelJS's streaming WorkbookReader: the first worksheet (or the one named), row by row,
 * with cell values reduced to text, numbers and dates (rich text joined, formulas give their result).
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../shared/import';
import { badFile } from './import-errors';
import type { RowSource, SourceRow } from './source-rows';

const BATCH = 2000;

export function cellValue(v: unknown): Cell {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error) return null;
  }
  return String(v);
}

export async function readXlsxRows(file: string, size: number, sheet?: string): Promise<RowSource> {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  let read = 0;
  raw.on('data', (chunk) => { read += chunk.length; });
  const info: RowSource['info'] = { type: 'xlsx' };
  const damaged = () =>
    badFile(file, {
      zh: 'Excel 文件已损坏或不完整，无法读取（请在 Excel 中打开并重新保存）',
      en: 'the Excel file is damaged or incomplete and cannot be read (open it in Excel and save it again)',
    });

  async function* batches(): AsyncGenerator<SourceRow[]> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(raw, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    let found = false;
    try {
      for await (const ws of reader) {
        const name = (ws as unknown as { name?: string }).name;
        if (found || (sheet && name !== sheet && !/^Sheet\d+$/.test(name ?? ''))) continue;
        found = true;
        info.sheet = name;
        let batch: SourceRow[] = [];
        for await (const row of ws) {
          const values = (row as ExcelJS.Row).values as unknown[];
          const cells: Cell[] = [];
          let filled = false;
          for (let i = 1; i < values.length; i++) {
            const c = cellValue(values[i]);
            cells.push(c);
            if (c !== null && c !== '') filled = true;
          }
          if (filled) batch.push({ row: (row as ExcelJS.Row).number, cells });
          if (batch.length >= BATCH) { yield batch; batch = []; }
        }
        if (batch.length) yield batch;
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'bad_file') throw error;
      throw damaged();
    } finally {
      raw.destroy();
    }
    if (!found) throw badFile(file, { zh: sheet ? `找不到工作表“${sheet}”` : '工作簿里没有工作表', en: sheet ? `there is no worksheet '${sheet}'` : 'the workbook has no worksheet' });
  }

  const generator = batches();
  /**
   * Closing early (a preview stops after its first rows) must not abandon ExcelJS mid-entry: its reader parks
   * worksheets in temp files and reopens them later, and abandoning it can surface an unhandled ENOENT. So the rest
   * is drained in the background and dropped; the reader then ends, and cleans up, on its own terms.
   */
  const drain = async () => {
    try {
      for (;;) if ((await generator.next()).done) break;
    } catch {
      // the caller has its rows already; a damaged tail does not matter here
    }
  };
  return { batches: generator, bytesRead: () => read, totalBytes: size, info, close: () => void drain() };
}
