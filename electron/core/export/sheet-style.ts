/**
 * Cell styles for exported workbooks. The streaming writer keeps a style id per style OBJECT (a WeakMap),
 * so every cell gets one of these shared objects: styling 2 million cells then costs next to nothing,
 * where a fresh object per cell triples the write time (measured).
 */
import type ExcelJS from 'exceljs';

export const FORMATS = {
  money: '#,##0.00',
  integer: '#,##0',
  number: '#,##0.##',
  score: '0.0',
  percent: '0.0%',
  text: '@',
} as const;
export type CellFormat = keyof typeof FORMATS | 'tier' | 'plain';

const thin = { style: 'thin', color: { argb: 'FFB4C6E7' } } as const;

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: { top: thin, left: thin, bottom: thin, right: thin },
};
export const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 16, color: { argb: 'FF1F4E79' } } };
export const SECTION_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 12, color: { argb: 'FF1F4E79' } } };
export const LABEL_STYLE: Partial<ExcelJS.Style> = { font: { bold: true } };
export const TOTAL_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, border: { top: thin } };
export const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

const FORMAT_STYLES = Object.fromEntries(
  Object.entries(FORMATS).map(([k, numFmt]) => [k, { numFmt } as Partial<ExcelJS.Style>]),
) as Record<keyof typeof FORMATS, Partial<ExcelJS.Style>>;

export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

const tierStyles = new Map<string, Partial<ExcelJS.Style>>();
/** A tier's cell: its colour as fill, white bold text (one shared object per colour). */
export function tierStyle(color: string | undefined): Partial<ExcelJS.Style> {
  if (!color) return PLAIN_STYLE;
  let style = tierStyles.get(color);
  if (!style) {
    style = {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } },
      font: { bold: true, color: { argb: 'FFFFFFFF' } },
      alignment: { horizontal: 'center' },
    };
    tierStyles.set(color, style);
  }
  return style;
}

export function formatStyle(format: CellFormat): Partial<ExcelJS.Style> {
  return format === 'plain' || format === 'tier' ? PLAIN_STYLE : FORMAT_STYLES[format];
}

/** Adds and commits one row, each cell with its shared style. */
export function writeStyledRow(sheet: ExcelJS.Worksheet, values: unknown[], styles: readonly Partial<ExcelJS.Style>[]) {
  const row = sheet.addRow(values);
  for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = (styles[i] ?? PLAIN_STYLE) as ExcelJS.Style;
  row.commit();
}

/** The header row: bold white on dark blue, centred, and a height that fits two lines. */
export function writeHeaderRow(sheet: ExcelJS.Worksheet, headers: string[]) {
  const row = sheet.addRow(headers);
  row.height = 30;
  for (let i = 0; i < headers.length; i++) row.getCell(i + 1).style = HEADER_STYLE as ExcelJS.Style;
  row.commit();
}

/** A width that fits a header and typical values: CJK characters count double. */
export function widthFor(header: string, min = 8, max = 48): number {
  let w = 0;
  for (const ch of header) w += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1;
  return Math.max(min, Math.min(max, w + 2));
}

/** Column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
