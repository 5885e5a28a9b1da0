/**
 * A SheetJS cell as an import cell: text stays text (`00123` stays `00123`), numbers stay numbers, a number
 * under a date format becomes a Date (its serial read in the workbook's 1900 or 1904 system), a number under a
 * zero-padding format (`00000`) becomes the padded text it shows, booleans TRUE/FALSE, errors empty.
 * Formulas give their cached value (SheetJS's `v`).
 */
import type { CellObject } from '@e965/xlsx';
import { SSF } from '@e965/xlsx';
import type { Cell } from '../../../shared/import';

/** Days from the 1900 system's day 0 (1899-12-30, Lotus' leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_1900 = 25_569;
/** The 1904 system's day 0 is 1904-01-01, 1,462 days after the 1900 system's. */
const OFFSET_1904 = 1_462;
const DAY_MS = 86_400_000;

/** The UTC instant of an Excel serial (days, with the time as a fraction). */
export function serialToDate(serial: number, date1904: boolean): Date {
  let days = date1904 ? serial + OFFSET_1904 : serial;
  // the 1900 system counts a 29 February 1900 that never was: serials before it are one day early
  if (!date1904 && serial < 60) days += 1;
  return new Date(Math.round((days - UNIX_EPOCH_1900) * DAY_MS));
}

/** Format strings are few; whether one is a date format is asked for each number, so remember the answers. */
const dateFormats = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
  const known = dateFormats.get(format);
  if (known !== undefined) return known;
  let date = false;
  try {
    date = SSF.is_date(format);
  } catch {
    // a format SheetJS cannot read is not a date format
  }
  dateFormats.set(format, date);
  return date;
}

export function workbookCell(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' ? v : v == null ? null : String(v);
    case 'n': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      const format = typeof cell.z === 'string' ? cell.z : null;
      if (format === null || format === 'General') return v;
      if (isDateFormat(format)) return serialToDate(v, date1904);
      if (/^0{2,}$/.test(format) && Number.isInteger(v) && v >= 0) return String(v).padStart(format.length, '0');
      if (format === '@') return String(v);
      return v;
    }
    case 'd':
      return v instanceof Date ? v : null;
    case 'b':
      return v ? 'TRUE' : 'FALSE';
    default:
      // 'e' (an error such as #N/A) and 'z' (an empty stub)
      return null;
  }
}
