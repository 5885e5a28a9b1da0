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
import { notAWorkbook } from './workbook-errors';
import type { WorkbookContainer } from './workbook-file';
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
  /** What was detected: encoding and delimiter of a text file; the sheet of a workbook, and its visible sheets. */
  info: { type: 'text' | 'workbook'; encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] };
  close(): void;
}

export interface SourceOptions {
  /** Worksheet name of a workbook (default: the first). */
  sheet?: string;
  /** Force whitespace-separated columns (CDNOW). */
  whitespace?: boolean;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
/** Spreadsheet extensions: Excel 2007+ (.xlsx, .xlsm, .xlsb), Excel 97-2003 (.xls), WPS (.et), OpenDocument (.ods). */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods']);
/** ERPs often save tab-separated text or an HTML table under these names. */
const LOOSE_EXTENSIONS = new Set(['.xls', '.et']);
const HEAD_BYTES = 512;

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

/** Raw BIFF2–4 records (Excel 2.x–4.x worksheets, no OLE container): a BOF record first. */
const isBiff = (head: Buffer) => head[0] === 0x09 && (head[1] === 0x00 || head[1] === 0x02 || head[1] === 0x04) && head[3] === 0x00;

/** HTML or XML (an HTML table, or Excel 2003 XML, saved under a spreadsheet name). */
function isMarkup(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('<');
}

const isUtf16 = (head: Buffer) => (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);

type Reader = { workbook: WorkbookContainer } | 'text' | 'not-a-workbook';

/** Which reader a file needs: its content decides; the extension only where the content could be either. */
function readerFor(head: Buffer, ext: string): Reader {
  if (startsWith(head, ZIP_MAGIC)) return { workbook: 'zip' };
  if (startsWith(head, OLE_MAGIC)) return { workbook: 'ole' };
  if (!WORKBOOK_EXTENSIONS.has(ext)) return 'text';
  if (isBiff(head)) return { workbook: 'other' };
  if (LOOSE_EXTENSIONS.has(ext)) {
    if (isMarkup(head)) return { workbook: 'other' };
    const binary = !isUtf16(head) && head.includes(0);
    return binary || startsWith(head, PDF_MAGIC) ? 'not-a-workbook' : 'text';
  }
  return 'not-a-workbook';
}

/** Open a CSV/TXT (optionally .gz) file or a workbook (.xlsx, .xlsm, .xlsb, .xls, .et, .ods). */
export async function openRowSource(file: string, options: SourceOptions = {}): Promise<RowSource> {
  let size: number;
  let head = Buffer.alloc(HEAD_BYTES);
  try {
    size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      head = head.subarray(0, fs.readSync(fd, head, 0, HEAD_BYTES, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw badFile(file, { zh: '无法打开文件（不存在或没有读取权限）', en: 'the file cannot be opened (missing or not readable)' });
  }
  if (size === 0) throw badFile(file, { zh: '文件是空的', en: 'the file is empty' });
  const reader = readerFor(head, path.extname(file).toLowerCase());
  if (reader === 'not-a-workbook') throw notAWorkbook(file);
  if (reader !== 'text') {
    // loaded on first use: a CSV import (and the import worker's start) need not load SheetJS
    const { readWorkbookRows } = await import('./read-workbook-rows');
    return guardStalls(await readWorkbookRows(file, size, reader.workbook, options.sheet), file);
  }
  return guardStalls(await readTextRows(file, size, { whitespace: options.whitespace }), file);
}
