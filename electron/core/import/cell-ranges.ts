/**
 * A row's cells as ranges of one string, so a reader takes out only the cells it needs: a line of a delimited
 * file in place (no split, no array per row), or a row of cells joined. Only the first `needed` cells are
 * located; cell c is text.slice(from(c), to(c)), and a cell the row does not have is empty.
 */
import type { Cell } from '../../../shared/import';

/** A cell as the fast paths read it: text as is, a number as String writes it, a date cell (or none) as ''. */
export const cellString = (c: Cell): string => (c == null ? '' : typeof c === 'string' ? c : c instanceof Date ? '' : String(c));

export class CellRanges {
  text = '';
  private count = 0;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** the last search for a delimiter: in which text, from where, and what it found (the text's length: none) */
  private aheadText = '';
  private aheadFrom = 0;
  private ahead = -1;

  constructor(private readonly needed: number) {
    this.start = new Int32Array(needed);
    this.end = new Int32Array(needed);
  }

  from(c: number): number {
    return c >= 0 && c < this.count ? this.start[c] : 0;
  }

  to(c: number): number {
    return c >= 0 && c < this.count ? this.end[c] : 0;
  }

  isEmpty(c: number): boolean {
    return this.from(c) === this.to(c);
  }

  cell(c: number): string {
    return this.text.slice(this.from(c), this.to(c));
  }

  /** The cells of text[start, end), split by `delimiter` (one character). */
  ofLine(text: string, start: number, end: number, delimiter: string): this {
    this.text = text;
    let k = 0;
    let at = start;
    while (k < this.needed) {
      const p = this.nextDelimiter(text, delimiter, at);
      this.start[k] = at;
      if (p === -1 || p >= end) {
        this.end[k++] = end;
        break;
      }
      this.end[k++] = p;
      at = p + 1;
    }
    this.count = k;
    return this;
  }

  /**
   * indexOf, remembering a search that ran past the line: the next lines of the same text start after it and
   * before what it found, so they do not search that stretch again (a file of lines with fewer cells than
   * needed would otherwise scan the rest of its chunk for each).
   */
  private nextDelimiter(text: string, delimiter: string, at: number): number {
    if (this.aheadText === text && this.aheadFrom <= at && at <= this.ahead) return this.ahead;
    const p = text.indexOf(delimiter, at);
    this.aheadText = text;
    this.aheadFrom = at;
    this.ahead = p === -1 ? text.length : p;
    return p;
  }

  /** The cells of a row, as text (a number as written by String, a date cell as empty). */
  ofCells(cells: Cell[]): this {
    const n = Math.min(cells.length, this.needed);
    const texts = new Array<string>(n);
    let at = 0;
    for (let c = 0; c < n; c++) {
      texts[c] = cellString(cells[c]);
      this.start[c] = at;
      at += texts[c].length;
      this.end[c] = at++;
    }
    this.text = texts.join(' ');
    this.count = n;
    return this;
  }
}
