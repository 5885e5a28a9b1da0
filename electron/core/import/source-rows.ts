/**
 * A table read from a file, streamed in batches of rows: every row carries its 1-based source row number
 * (the physical line of a text file, the sheet row of a workbook). Readers never hold the whole file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Cell } from '../../../shared/import';
import { badFile } from './import-errors';
import type { RowSink } from './delimited-stream-parser';
import { readTextRows } from './read-text-rows';
import { guardStalls } from './stall-guard';

export interface SourceRow {
  row: number;
  cells: Cell[];
}

export interface RowSource {
  /** Batches of rows in file order (blank rows left out). */
  batches: AsyncIterable<SourceRow[]>;
  /**
   * A delimited text file: from the next batch on, every row goes to the sink made for the file's delimiter
   * as it is parsed (delimited-stream-parser.ts); the batches then come empty, one per chunk read, to pace
   * the caller.
   */
  divert?(sinkFor: (delimiter: string) => RowSink): void;
  /** Bytes of the file consumed so far, for progress against `totalBytes`. */
  bytesRead(): number;
  totalBytes: number;
  /** What was detected: encoding and delimiter of a text file, the sheet of a workbook. */
  info: { type: 'text' | 'xlsx'; encoding?: string; delimiter?: string; sheet?: string };
  close(): void;
}

export interface SourceOptions {
  /** Worksheet name of a workbook (default: the first). */
  sheet?: string;
  /** Force whitespace-separated columns (CDNOW). */
  whitespace?: boolean;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** Open a CSV/TXT (optionally .gz) or .xlsx file; refuse .xls with a message that says what to do. */
export async function openRowSource(file: string, options: SourceOptions = {}): Promise<RowSource> {
  let size: number;
  const head = Buffer.alloc(8);
  try {
    size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, 8, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw badFile(file, { zh: '无法打开文件（不存在或没有读取权限）', en: 'the file cannot be opened (missing or not readable)' });
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xls' || startsWith(head, OLE_MAGIC)) {
    throw badFile(file, {
      zh: '无法读取旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入',
      en: 'old Excel 97-2003 workbooks (.xls) cannot be read. Open it in Excel or WPS, save it as .xlsx and import that file',
    });
  }
  if (size === 0) throw badFile(file, { zh: '文件是空的', en: 'the file is empty' });
  if (ext === '.xlsx' || ext === '.xlsm' || startsWith(head, ZIP_MAGIC)) {
    // loaded on first use: ExcelJS takes ~0.5 s to load, which a CSV import (and the import worker's start) need not pay
    const { readXlsxRows } = await import('./read-xlsx-rows');
    return guardStalls(await readXlsxRows(file, size, options.sheet), file);
  }
  return guardStalls(await readTextRows(file, size, { whitespace: options.whitespace }), file);
}
