/**
 * Workbook reader on SheetJS: .xlsx, .xlsm, .xlsb, .xls (BIFF2–8), WPS .et, .ods, and HTML tables saved as .xls.
 * The sheet named, else the first visible one (hidden and very hidden sheets are skipped unless named). Its first
 * rows are parsed alone, so a preview, or a large import whose rows a worker thread reads, never parses the
 * rest; the whole sheet is parsed only when the rows after them are asked for. Rows come with their sheet row
 * number, blank rows left out, empty trailing cells dropped. Every error is a bad_file AppError thrown inside the
 * caller's promise: SheetJS works synchronously on bytes in memory and leaves nothing running behind.
 */
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../../shared/import';
import type { RowSource, SourceRow } from './source-rows';
import { workbookCell } from './workbook-cells';
import { noVisibleSheet, sheetNotFound } from './workbook-errors';
import { loadWorkbook, parseWorkbook, type WorkbookContainer } from './workbook-file';

let codePages: Promise<void> | null = null;
/** The code pages of Excel 95 and older workbooks (GBK and Big5 text among them): ~0.2 s to load, so only for those. */
function loadCodePages(): Promise<void> {
  codePages ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((cptable) => XLSX.set_cptable(cptable));
  return codePages;
}

/** Rows parsed first: more than the header search reads (read-table-head.ts), with room for blank rows. */
const HEAD_ROWS = 200;
const BATCH = 2000;

type Rows = (XLSX.CellObject[] | undefined)[];

function pickSheet(file: string, wb: XLSX.WorkBook, wanted: string | undefined): string {
  const names = wb.SheetNames;
  if (wanted !== undefined) {
    const exact = names.find((n) => n === wanted);
    const loose = exact ?? names.find((n) => n.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (loose === undefined) throw sheetNotFound(file, wanted, names);
    return loose;
  }
  const hidden = (i: number) => (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
  const visible = names.find((_, i) => !hidden(i));
  if (visible === undefined) throw noVisibleSheet(file, names);
  return visible;
}

/** The sheet's rows as SheetJS's dense mode holds them: indexed by sheet row (0-based). */
const rowsOf = (ws: XLSX.WorkSheet | undefined): Rows => ((ws as { '!data'?: Rows } | undefined)?.['!data'] ?? []);

/** The last sheet row (0-based) the sheet declares, counting rows a `sheetRows` parse left out. */
function lastRow(ws: XLSX.WorkSheet | undefined): number {
  const ref = ws?.['!fullref'] ?? ws?.['!ref'];
  return ref ? XLSX.utils.decode_range(ref).e.r : -1;
}

function toSourceRow(cells: XLSX.CellObject[] | undefined, index: number, date1904: boolean): SourceRow | null {
  if (!cells) return null;
  const out: Cell[] = [];
  let width = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = workbookCell(cells[c], date1904);
    out.push(v);
    if (v !== null && (typeof v !== 'string' || v.trim() !== '')) width = c + 1;
  }
  if (width === 0) return null;
  out.length = width;
  return { row: index + 1, cells: out };
}

export async function readWorkbookRows(file: string, size: number, container: WorkbookContainer, sheet?: string): Promise<RowSource> {
  const bytes = await loadWorkbook(file, size, container);
  if (container !== 'zip') await loadCodePages();
  let head = parseWorkbook(XLSX, file, bytes, { sheetRows: HEAD_ROWS, sheets: sheet });
  const name = pickSheet(file, head, sheet);
  // a name matched loosely (case, spaces) was not among the sheets parsed
  if (!head.Sheets[name]) head = parseWorkbook(XLSX, file, bytes, { sheetRows: HEAD_ROWS, sheets: name });
  const date1904 = head.Workbook?.WBProps?.date1904 === true;
  const headRows = rowsOf(head.Sheets[name]);
  // rows in all, for progress: what the sheet declares until the whole sheet is parsed
  let total = Math.max(1, lastRow(head.Sheets[name]) + 1);
  let done = 0;
  let closed = false;

  async function* batches(): AsyncGenerator<SourceRow[]> {
    let batch: SourceRow[] = [];
    const take = function* (rows: Rows, from: number) {
      for (let r = from; r < rows.length && !closed; r++) {
        const row = toSourceRow(rows[r], r, date1904);
        rows[r] = undefined; // let the collector have each row once read
        done = r + 1;
        if (row) batch.push(row);
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
    };
    yield* take(headRows, 0);
    if (batch.length) {
      yield batch;
      batch = [];
    }
    // Whether rows follow cannot be told from the first ones: a sheet's declared size is optional (ExcelJS's
    // streaming writer leaves it out), so the whole sheet is parsed whenever more rows are asked for.
    if (closed) return;
    const full = parseWorkbook(XLSX, file, bytes, { sheets: name });
    const rows = rowsOf(full.Sheets[name]);
    total = Math.max(total, rows.length);
    yield* take(rows, headRows.length);
    if (batch.length) yield batch;
    done = total;
  }

  return {
    batches: batches(),
    bytesRead: () => Math.round((size * Math.min(done, total)) / total),
    totalBytes: size,
    info: { type: 'workbook', sheet: name, sheets: head.SheetNames.filter((_, i) => (head.Workbook?.Sheets?.[i]?.Hidden ?? 0) === 0) },
    close: () => {
      closed = true;
    },
  };
}
