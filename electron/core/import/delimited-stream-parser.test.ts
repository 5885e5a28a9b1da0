import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedStreamParser, RecordTooLongError, type RowSink } from './delimited-stream-parser';
import type { SourceRow } from './source-rows';

// pieces of delimited text: cells, quotes (doubled, around line breaks), CR LF, blank and whitespace-only lines
const piece = fc.constantFrom('a', 'bc', '订单', ',', ',', ';', '\t', '"', '""', '"x,y"', '"多\n行"', '\n', '\r\n', '\n\n', ' ', '  \n', '\u3000\n', '12.5');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

/** Rows from the text cut at `cuts` (positions), fed chunk by chunk; a sink splitting lines when `sink`. */
function parse(s: string, cuts: number[], delimiter: ',' | ';' | '\t', sink: boolean): SourceRow[] {
  const parser = new DelimitedStreamParser(delimiter);
  const rows: SourceRow[] = [];
  const into: RowSink = {
    line: (t, start, end, row) => {
      expect(t.slice(start, end)).not.toMatch(/["\n]/);
      rows.push({ row, cells: t.slice(start, end).split(delimiter) });
    },
    record: (r) => rows.push(r),
  };
  const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, s.length]) {
    if (sink) parser.feed(s.slice(from, to), to === s.length, into);
    else rows.push(...parser.push(s.slice(from, to), to === s.length));
    from = to;
  }
  return rows;
}

it('parses the same records with their line numbers however the text is cut into chunks, pushed or fed to a sink', () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(',' as const, ';' as const, '\t' as const), (s, cuts, delimiter) => {
      const whole = new DelimitedStreamParser(delimiter).push(s, true);
      expect(parse(s, cuts, delimiter, false)).toEqual(whole);
      expect(parse(s, cuts, delimiter, true)).toEqual(whole);
    }),
    { numRuns: 1000 },
  );
});

it('hands a line without quotes over in place and leaves blank lines out', () => {
  const lines: string[] = [];
  const records: SourceRow[] = [];
  const parser = new DelimitedStreamParser(',');
  const sink: RowSink = { line: (t, start, end, row) => lines.push(`${row}:${t.slice(start, end)}`), record: (r) => records.push(r) };
  parser.feed('no,code\r\nSO1,C1\n\n  \nSO2,"C,2"\nSO', false, sink);
  parser.feed('3,C3\n', true, sink);
  expect(lines).toEqual(['1:no,code', '2:SO1,C1', '6:SO3,C3']);
  expect(records).toEqual([{ row: 5, cells: ['SO2', 'C,2'] }]);
});

/** Everything `text` holds, fed in chunks of `size` to a parser capped at `cap` characters a record. */
function feedAll(text: string, size: number, cap: number) {
  const parser = new DelimitedStreamParser(',', cap);
  const rows: SourceRow[] = [];
  for (let i = 0; i < text.length || i === 0; i += size) rows.push(...parser.push(text.slice(i, i + size), i + size >= text.length));
  return rows;
}

describe('the cap on one record', () => {
  const head = 'no,code\nSO1,C1\n';
  it('refuses a quote that never closes, naming the line it opened on, whatever the chunks', () => {
    // record 3 spans lines 3-5; record 6 has a two-line cell, then on line 7 a quote inside a cell (literal) and one that opens
    const text = `${head}SO2,"C2,\nmore\n"fine"\nSO3,"two\nlines",x"y,"never closed\n${'filler,line\n'.repeat(40)}`;
    for (const size of [1, 7, 64, 4096]) {
      const error = (() => {
        try {
          feedAll(text, size, 200);
        } catch (e) {
          return e;
        }
      })();
      expect(error, `chunks of ${size}`).toBeInstanceOf(RecordTooLongError);
      expect(error).toMatchObject({ line: 6, quoteLine: 7, maxChars: 200 });
    }
  });

  it('refuses a line without quotes over the cap, and takes records up to it', () => {
    expect(() => feedAll(`${head}${'x'.repeat(201)}\n`, 50, 200)).toThrow(expect.objectContaining({ line: 3, quoteLine: null }));
    expect(() => feedAll(`${head}${'x'.repeat(201)}`, 500, 200)).toThrow(expect.objectContaining({ line: 3, quoteLine: null }));
    const longest = `"${'y'.repeat(197)}"\n`; // 199 characters with its line break
    expect(feedAll(`${head}${longest}${longest}`, 13, 200).map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });

  it('reads an unclosed quote in time linear in its length (no re-reading at every chunk)', () => {
    const tail = 'a,b\n'.repeat(1 << 20); // 4 M characters inside one quote, fed in 1 KB chunks
    const rows = feedAll(`${head}SO2,"${tail}`, 1024, Infinity);
    expect(rows.at(-1)).toMatchObject({ row: 3, cells: ['SO2', tail] });
  });
});
