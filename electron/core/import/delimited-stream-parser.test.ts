import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DelimitedStreamParser, type RowSink } from './delimited-stream-parser';
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
