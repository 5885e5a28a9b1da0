/**
 * A workbook file read whole (SheetJS parses from memory) after the checks that keep that safe: a size cap on the
 * file, and for a zip container (.xlsx, .xlsm, .xlsb, .ods) a cap on what it really inflates to, so a zip bomb is
 * refused before SheetJS inflates anything. Parsing errors become bad_file messages that say what to do.
 */
import fs from 'node:fs/promises';
import type * as XLSXModule from '@e965/xlsx';
import { isAppError } from '../../../shared/ipc/errors';
import { damagedWorkbook, passwordProtected, workbookTooLarge, workbookUnpacksTooLarge } from './workbook-errors';
import { inflatedSize, isZip64, zipEntries } from './zip-entries';

export type WorkbookContainer = 'zip' | 'ole' | 'other';

const MB = 1024 * 1024;
/** The largest workbook file read (a 500,000-row orders .xlsx is ~20 MB). */
export const MAX_WORKBOOK_BYTES = 256 * MB;
/**
 * The most a zip workbook may inflate to, all entries together. SheetJS holds a sheet's XML as one string and every
 * cell as an object: 500,000 rows of 4 columns as ExcelJS writes them are 114 MB of XML and shared strings, and the
 * process peaked at 1.7 GB importing them (bench/import-workbook.ts, 2026-12-05). A V8 heap stops at ~4 GB and running
 * out of it is a crash no error handler survives, so the cap keeps well below that.
 */
export const MAX_INFLATED_BYTES = 256 * MB;

async function checkZip(file: string, bytes: Buffer): Promise<void> {
  const entries = zipEntries(bytes);
  if (entries === null) throw damagedWorkbook(file);
  if (entries.some(isZip64)) throw workbookUnpacksTooLarge(file, MAX_INFLATED_BYTES);
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > MAX_INFLATED_BYTES) throw workbookUnpacksTooLarge(file, MAX_INFLATED_BYTES);
  // the directory may lie: count what each entry really inflates to
  let total = 0;
  for (const e of entries) {
    const size = await inflatedSize(bytes, e, MAX_INFLATED_BYTES - total);
    if (size === null) throw damagedWorkbook(file);
    total += size;
    if (total > MAX_INFLATED_BYTES) throw workbookUnpacksTooLarge(file, MAX_INFLATED_BYTES);
  }
}

/** The file's bytes once they are known safe to hand to SheetJS. */
export async function loadWorkbook(file: string, size: number, container: WorkbookContainer): Promise<Buffer> {
  if (size > MAX_WORKBOOK_BYTES) throw workbookTooLarge(file, size, MAX_WORKBOOK_BYTES);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw damagedWorkbook(file);
  }
  if (container === 'zip') await checkZip(file, bytes);
  return bytes;
}

const BASE_OPTIONS: XLSXModule.ParsingOptions = {
  type: 'buffer',
  dense: true,
  // a number's format says whether it is a date (and whether it shows leading zeros)
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  // HTML tables saved as .xls: cells as their text, so 00123 stays 00123 and the import reads dates and amounts
  raw: true,
};

/** An encrypted .xlsx is an OLE container holding the encrypted zip (MS-OFFCRYPTO): is this one? */
function isEncryptedPackage(XLSX: typeof XLSXModule, bytes: Buffer): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
    return XLSX.CFB.find(cfb, 'EncryptedPackage') != null || XLSX.CFB.find(cfb, 'EncryptionInfo') != null;
  } catch {
    return false;
  }
}

/** SheetJS's read, with every failure turned into a bad_file error naming the file. */
export function parseWorkbook(
  XLSX: typeof XLSXModule,
  file: string,
  bytes: Buffer,
  options: Pick<XLSXModule.ParsingOptions, 'sheets' | 'sheetRows'>,
): XLSXModule.WorkBook {
  try {
    return XLSX.read(bytes, { ...BASE_OPTIONS, ...options });
  } catch (error) {
    if (isAppError(error)) throw error;
    const message = String((error as Error)?.message ?? error);
    if (/password-protected|password protection/i.test(message) || isEncryptedPackage(XLSX, bytes)) throw passwordProtected(file);
    throw damagedWorkbook(file);
  }
}
