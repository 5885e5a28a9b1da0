/**
 * A small RFC 4180 reader for previews and detection (quoted fields, doubled quotes, CRLF/LF/CR,
 * newlines inside quotes) plus whitespace-separated lines (CDNOW style). Pure and browser-safe; the
 * CLI may stream big files through csv-parse instead, with the delimiter detected here.
 */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

export interface ReadOptions {
  /** Stop after this many rows (for previews and sniffing). */
  maxRows?: number;
}

/** Split whitespace-separated text into rows; blank lines give empty rows ([]). */
function readWhitespace(text: string, maxRows: number): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (rows.length >= maxRows) break;
    const t = line.trim();
    rows.push(t === '' ? [] : t.split(/\s+/));
  }
  if (rows.length && rows[rows.length - 1].length === 0 && /[\r\n]$/.test(text)) rows.pop();
  return rows;
}

/**
 * Read delimited text into rows of raw cell strings (not trimmed; quotes removed). A trailing line
 * break does not make an extra row. A leading BOM is ignored.
 */
export function readDelimited(text: string, delimiter: Delimiter, opts: ReadOptions = {}): string[][] {
  const maxRows = opts.maxRows ?? Infinity;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (delimiter === 'whitespace') return readWhitespace(text, maxRows);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    row.push(cell);
    rows.push(row.length === 1 && row[0] === '' && !quotedCell ? [] : row);
    row = [];
    cell = '';
    quotedCell = false;
  };
  while (i < n && rows.length < maxRows) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      cell += ch; i++; continue;
    }
    if (ch === '"' && cell.trim() === '') { inQuotes = true; quotedCell = true; cell = ''; i++; continue; }
    if (ch === delimiter) { row.push(cell); cell = ''; quotedCell = false; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch; i++;
  }
  if (rows.length < maxRows && (cell !== '' || row.length > 0 || quotedCell)) endRow();
  return rows;
}

/** Index of the last non-blank cell + 1 (a row's width without trailing empty cells). */
export function rowWidth(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i].trim() !== '') return i + 1;
  return 0;
}

/** Number of non-blank cells. */
export function filledCount(row: readonly string[]): number {
  let c = 0;
  for (const cell of row) if (cell.trim() !== '') c++;
  return c;
}
