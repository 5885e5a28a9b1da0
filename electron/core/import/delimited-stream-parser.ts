/**
 * Incremental parser of delimited text fed in chunks: RFC 4180 quotes (doubled quotes, line breaks inside
 * quotes), CRLF or LF, or whitespace-separated columns. Lines without a quote take a fast split path.
 * Every record keeps the 1-based line it starts on; blank lines are counted but not returned.
 *
 * `push` returns the records of a chunk as rows of cells. `feed` hands them to a RowSink instead, as it
 * parses: a line without a quote as its range in the chunk's text (the sink reads the cells it needs in
 * place, so no strings or arrays are made for the rest), any other record split into cells.
 *
 * Linear time whatever the quotes: a quoted record cut by a chunk's end keeps its state (`OpenRecord`) and
 * goes on with the next chunk, so no character is read twice. A record longer than `maxRecordChars` is
 * refused with a RecordTooLongError (an unclosed quote would otherwise swallow the rest of the file).
 */
import type { Delimiter } from '../../../shared/import';
import type { SourceRow } from './source-rows';

export interface RowSink {
  /** A record without quotes: `text` from `start` to `end` (no line break), not blank; its cells are split by the delimiter. */
  line(text: string, start: number, end: number, row: number): void;
  /** Any other record (quoted, or of a whitespace-separated file), split into cells. */
  record(row: SourceRow): void;
}

/** The longest record accepted, in characters (1 MB of ASCII): no table row comes near it. */
export const MAX_RECORD_CHARS = 1 << 20;

/** A record over the length cap: `line` is where it starts, `quoteLine` where its still-open quote opened. */
export class RecordTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly quoteLine: number | null,
    readonly maxChars: number,
  ) {
    super(quoteLine ? `the quote opened on line ${quoteLine} is not closed within ${maxChars} characters` : `line ${line} is longer than ${maxChars} characters`);
  }
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

/** A record with quotes being read, possibly across chunks. */
interface OpenRecord {
  /** the line it starts on */
  row: number;
  cells: string[];
  cell: string;
  /** the cell so far is empty or whitespace only (a quote there opens a quoted cell) */
  blank: boolean;
  inQuotes: boolean;
  /** the line of the quote that opened the current quoted cell */
  quoteLine: number;
  /** lines it spans so far */
  lines: number;
  /** characters read so far */
  chars: number;
  /** the last chunk ended on a quote inside quotes: a doubled quote or the closing one, the next chunk tells */
  quoteAtEnd: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A character String.prototype.trim removes (or a control character: the exact check decides). */
const mayTrim = (c: number) =>
  c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether s[start, end) is empty or only whitespace, without a slice for a line that starts with a visible character. */
function isBlank(s: string, start: number, end: number): boolean {
  return start === end || (mayTrim(s.charCodeAt(start)) && s.slice(start, end).trim() === '');
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) count++;
  return count;
}

export class DelimitedStreamParser {
  private carry = '';
  private open: OpenRecord | null = null;
  private line = 0;
  private readonly ws: boolean;
  private readonly delimiterCode: number;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {
    this.ws = delimiter === 'whitespace';
    this.delimiterCode = this.ws ? -1 : delimiter.charCodeAt(0);
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
      // an unfinished line without quotes waits for its line break; it is finished on its own: carry + text
      // would be a cons string, slower to read character by character than the chunk's own flat text
      const nl = text.indexOf('\n');
      if (nl === -1 && !final) {
        this.carry += text;
        if (this.carry.length > this.maxRecordChars) this.overlong(sink);
        return;
      }
      const joint = this.carry + (nl === -1 ? text : text.slice(0, nl + 1));
      this.carry = '';
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

  /** The unfinished line passed the cap: a quoted record reports its open quote, any other its line. */
  private overlong(sink: RowSink): never {
    const line = this.carry;
    this.carry = '';
    this.parse(line, 0, false, sink);
    throw new RecordTooLongError(this.line + 1, null, this.maxRecordChars);
  }

  /** The records of s from `start` to `sink`; what is left unfinished (an unquoted line without its line break). */
  private parse(s: string, start: number, final: boolean, sink: RowSink): string {
    const n = s.length;
    let pos = start;
    if (this.open) {
      pos = this.continueRecord(this.open, s, pos, final, sink);
      if (pos === -1) return '';
    }
    let quoteAt = this.ws ? -1 : s.indexOf('"', pos);
    while (pos < n) {
      let nl = s.indexOf('\n', pos);
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = s.indexOf('"', pos);
      if (quoteAt === -1 || (nl !== -1 && quoteAt > nl)) {
        if (nl === -1) {
          if (!final) break;
          nl = n;
        }
        const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (end - pos > this.maxRecordChars) throw new RecordTooLongError(this.line + 1, null, this.maxRecordChars);
        this.line++;
        this.emit(sink, s, pos, end, this.line);
        pos = nl + 1;
        continue;
      }
      const record = this.beginRecord();
      pos = this.continueRecord(record, s, pos, final, sink);
      if (pos === -1) return '';
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

  private beginRecord(): OpenRecord {
    const row = this.line + 1;
    return { row, cells: [], cell: '', blank: true, inQuotes: false, quoteLine: row, lines: 1, chars: 0, quoteAtEnd: false };
  }

  /**
   * Reads the record `r` on from s[from]: hands it to the sink and returns where the next record starts, or
   * keeps it open and returns -1 when s ends first (and this is not the final chunk).
   */
  private continueRecord(r: OpenRecord, s: string, from: number, final: boolean, sink: RowSink): number {
    this.open = null;
    const n = s.length;
    let i = from;
    if (r.quoteAtEnd) {
      if (i === n && !final) return this.keepOpen(r, s, from, n);
      r.quoteAtEnd = false;
      if (i < n && s.charCodeAt(i) === QUOTE) {
        r.cell += '"';
        r.blank = false;
        i++;
      } else r.inQuotes = false;
    }
    while (i < n) {
      if (r.inQuotes) {
        const q = s.indexOf('"', i);
        const end = q === -1 ? n : q;
        if (end > i) {
          const part = s.slice(i, end);
          r.lines += countLineBreaks(part);
          if (r.blank && part.trim() !== '') r.blank = false;
          r.cell += part;
        }
        this.checkLength(r, end - from);
        if (q === -1) {
          i = n;
          break;
        }
        if (q + 1 < n) {
          if (s.charCodeAt(q + 1) === QUOTE) {
            r.cell += '"';
            r.blank = false;
            i = q + 2;
          } else {
            r.inQuotes = false;
            i = q + 1;
          }
        } else if (final) {
          r.inQuotes = false;
          i = n;
        } else {
          r.quoteAtEnd = true;
          return this.keepOpen(r, s, from, n);
        }
        continue;
      }
      // outside quotes: the text up to the next quote, delimiter or line break belongs to the cell
      let j = i;
      let c = s.charCodeAt(j);
      while (j < n && c !== QUOTE && c !== this.delimiterCode && c !== LF) c = s.charCodeAt(++j);
      if (j > i) {
        const part = s.slice(i, j);
        if (r.blank && part.trim() !== '') r.blank = false;
        r.cell += part;
        i = j;
        if (i === n) break;
      }
      if (c === QUOTE) {
        if (r.blank) {
          r.inQuotes = true;
          r.cell = '';
          r.quoteLine = r.row + r.lines - 1;
        } else {
          r.cell += '"';
        }
        i++;
      } else if (c === LF) {
        this.checkLength(r, i - from);
        this.finishRecord(r, sink);
        return i + 1;
      } else {
        r.cells.push(r.cell);
        r.cell = '';
        r.blank = true;
        i++;
      }
    }
    this.checkLength(r, n - from);
    if (!final) return this.keepOpen(r, s, from, n);
    this.finishRecord(r, sink);
    return n;
  }

  private keepOpen(r: OpenRecord, s: string, from: number, n: number): -1 {
    r.chars += n - from;
    this.checkLength(r, 0);
    this.open = r;
    return -1;
  }

  private checkLength(r: OpenRecord, more: number) {
    if (r.chars + more > this.maxRecordChars) throw new RecordTooLongError(r.row, r.inQuotes || r.quoteAtEnd ? r.quoteLine : null, this.maxRecordChars);
  }

  private finishRecord(r: OpenRecord, sink: RowSink) {
    const last = r.cell;
    r.cells.push(last.charCodeAt(last.length - 1) === CR ? last.slice(0, -1) : last);
    sink.record({ row: r.row, cells: r.cells });
    this.line += r.lines;
  }
}
