/**
 * Incremental parser of delimited text fed in chunks: RFC 4180 quotes (doubled quotes, line breaks inside
 * quotes), CRLF or LF, or whitespace-separated columns. Lines without a quote take a fast split path.
 * Every record keeps the 1-based line it starts on; blank lines are counted but not returned.
 */
import type { Delimiter } from '../../../shared/import';
import type { SourceRow } from './source-rows';

export class DelimitedStreamParser {
  private carry = '';
  private line = 0;
  private readonly ws: boolean;

  constructor(private readonly delimiter: Delimiter) {
    this.ws = delimiter === 'whitespace';
  }

  /** Parse what is complete in carry + text; keep an unfinished record for the next push. */
  push(text: string, final = false): SourceRow[] {
    const s = this.carry + text;
    const out: SourceRow[] = [];
    const n = s.length;
    let pos = 0;
    let quoteAt = this.ws ? -1 : s.indexOf('"');
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
        this.emit(out, s.slice(pos, end), this.line);
        pos = nl + 1;
        continue;
      }
      const rec = this.quoted(s, pos, final);
      if (!rec) break;
      out.push({ row: this.line + 1, cells: rec.cells });
      this.line += rec.lines;
      pos = rec.next;
    }
    this.carry = pos < n ? s.slice(pos) : '';
    return out;
  }

  private emit(out: SourceRow[], text: string, row: number) {
    if (this.ws) {
      const t = text.trim();
      if (t !== '') out.push({ row, cells: t.split(/\s+/) });
    } else if (text !== '' && text.trim() !== '') {
      out.push({ row, cells: text.split(this.delimiter) });
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
