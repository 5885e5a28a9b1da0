/** Workbooks for the import tests, written by SheetJS itself into a temp dir: xlsx, xls (BIFF8), ods. */
import fs from 'node:fs';
import path from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import * as XLSX from '@e965/xlsx';

export type Book = 'xlsx' | 'biff8' | 'ods';
export const EXTENSION: Record<Book, string> = { xlsx: '.xlsx', biff8: '.xls', ods: '.ods' };

export interface SheetSpec {
  name: string;
  /** rows of cells; a CellObject is written as it is (a date-formatted serial, a formula with its cached value) */
  rows: (XLSX.CellObject | string | number | null)[][];
  hidden?: 0 | 1 | 2;
  merges?: XLSX.Range[];
}

export function sheetOf(spec: SheetSpec): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let width = 1;
  spec.rows.forEach((cells, r) => {
    width = Math.max(width, cells.length);
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell: XLSX.CellObject = typeof v === 'string' ? { t: 's', v } : typeof v === 'number' ? { t: 'n', v } : v;
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: width - 1 } });
  if (spec.merges) ws['!merges'] = spec.merges;
  return ws;
}

/** Write the sheets as one workbook of the given type; returns the file. */
export function writeBook(dir: string, base: string, type: Book, sheets: SheetSpec[], opts: { date1904?: boolean } = {}): string {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, sheetOf(s), s.name);
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ?? 0 })), WBProps: { date1904: opts.date1904 ?? false } };
  const file = path.join(dir, `${base}${EXTENSION[type]}`);
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer);
  return file;
}

/** A number shown as a date: the Excel serial of a UTC day in the 1900 (or 1904) system. */
export function dateCell(isoDay: string, date1904 = false): XLSX.CellObject {
  const serial = Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
  return { t: 'n', v: serial, z: 'm/d/yy' };
}

/** A zip of stored or deflated entries, written by hand: `size` is what the directory declares (a bomb may lie). */
export function zipOf(entries: { name: string; data: Buffer; method: 0 | 8; size: number }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** `bytes` zero bytes, deflated as they stream (a few hundred KB for a gigabyte). */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const zeros = Buffer.alloc(1 << 20);
  for (let left = bytes; left > 0; left -= zeros.length) {
    if (!deflate.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}
