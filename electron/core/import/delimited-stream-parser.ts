/**
 * Incremental parser of delimited text fed in chunks: RFC 4180 quotes (doubled quotes, line breaks inside
 * quotes), CRLF or LF, or whitespace-separated columns. Lines without a quote take a fast split path.
 * Every record keeps the 1-based line it starts on; blank lines are counted but not returned.
 *
 * `push` returns the records of a chunk as rows of cells. `feed` hands them to a RowSink instead, as it
 * parses: a line without a quote as its range in the chunk's text (the sink reads the cells it needs in
 * place, so no strings or arrays are made for the rest), any other record split into cells.
 */
import type { Delimiter } from '../../../shared/import';
import type { SourceRow } from './source-rows';

export interface RowSink {
  /** A record without quotes: `text` from `start` to `end` (no line break), not blank; its cells are split by the delimiter. */
  line(text: string, start: number, end: number, row: number): void;
  /** Any other record (quoted, or of a whitespace-separated file), split into cells. */
  record(row: SourceRow): void;
}

/** The default sink: every record as a row of cells. */
class CollectRows implements RowSink {
  rows: SourceRow[] = [];
  constructor(private readonly delimiter: string) {}
  line(text: string, start: number, end: number, row: number) {
    this.rows.push({ row, cells: text.slice(start, end).split(this.delimiter) });
  }
  record(row: SourceRow) {
    this.rows.push(row);
  }
}

/** A character String.prototype.trim removes (or a control character: the exact check decides). */
const mayTrim = (c: number) =>
  c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether s[start, end) is empty or only whitespace, without a slice for a line that starts with a visible character. */
function isBlank(s: string, start: number, end: number): boolean {
  return start === end || (mayTrim(s.charCodeAt(start)) && s.slice(start, end).trim() === '');
}

export class DelimitedStreamParser {
  private carry = '';
  private line = 0;
  private readonly ws: boolean;

  constructor(private readonly delimiter: Delimiter) {
    this.ws = delimiter === 'whitespace';
  }

  /** Parse what is complete in carry + text; keep an unfinished record for the next push. */
  push(text: string, final = false): SourceRow[] {
    const rows = new CollectRows(this.delimiter);
    this.feed(text, final, rows);
    return rows.rows;
  }

  /** Like `push`, handing each record to `sink` as it is parsed. */
  feed(text: string, final: boolean, sink: RowSink): void {
    let s = text;
    let start = 0;
    if (this.carry !== '') {
      // the record cut at the last chunk's end is finished on its own: carry + text would be a cons string,
      // slower to read character by character than the chunk's own flat text
      const nl = text.indexOf('\n');
      const joint = this.carry + (nl === -1 ? text : text.slice(0, nl + 1));
      const left = this.parse(joint, 0, final && nl === -1, sink);
      if (nl === -1) {
        this.carry = left;
        return;
      }
      if (left === '') start = nl + 1;
      else s = left + text.slice(nl + 1);
    }
    this.carry = this.parse(s, start, final, sink);
  }

  /** The records of s from `start` to `sink`; what is left unfinished. */
  private parse(s: string, start: number, final: boolean, sink: RowSink): string {
    const n = s.length;
    let pos = start;
    let quoteAt = this.ws ? -1 : s.indexOf('"', pos);
    while (pos < n) {
      let nl = s.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = n;
      }
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = s.indexOf('"', pos);
      if (quoteAt === -1 || quoteAt > nl) {
        const end = nl > pos && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        this.line++;
        this.emit(sink, s, pos, end, this.line);
        pos = nl + 1;
        continue;
      }
      const rec = this.quoted(s, pos, final);
      if (!rec) break;
      sink.record({ row: this.line + 1, cells: rec.cells });
      this.line += rec.lines;
      pos = rec.next;
    }
    return pos < n ? s.slice(pos) : '';
  }

  private emit(sink: RowSink, s: string, start: number, end: number, row: number) {
    if (this.ws) {
      const t = s.slice(start, end).trim();
      if (t !== '') sink.record({ row, cells: t.split(/\s+/) });
    } else if (!isBlank(s, start, end)) {
      sink.line(s, start, end, row);
    }
  }

  /** One record with quotes, from `start`; null when it is not complete yet. */
  private quoted(s: string, start: number, final: boolean): { cells: string[]; next: number; lines: number } | null {
    const d = this.delimiter;
    const cells: string[] = [];
    let cell = '';
    let inQuotes = false;
    let lines = 1;
    let i = start;
    for (; i < s.length; i++) {
      const ch = s[i];
      if (inQuotes) {
        if (ch === '"') {
          if (s[i + 1] === '"') { cell += '"'; i++; } else if (i + 1 >= s.length && !final) return null; else inQuotes = false;
        } else {
          if (ch === '\n') lines++;
          cell += ch;
        }
      } else if (ch === '"' && cell.trim() === '') {
        inQuotes = true;
        cell = '';
      } else if (ch === d) {
        cells.push(cell);
        cell = '';
      } else if (ch === '\n') {
        cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
        return { cells, next: i + 1, lines };
      } else cell += ch;
    }
    if (!final) return null;
    cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
    return { cells, next: i, lines };
  }
}
