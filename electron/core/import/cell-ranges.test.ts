import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CellRanges } from './cell-ranges';

const line = fc.array(fc.constantFrom('', 'a', 'bc', '订单', ' x '), { maxLength: 6 }).map((cells) => cells.join(','));

it('finds the cells of each line of a text in place, like split, for any number of cells needed', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.nat(8), fc.nat(3), (lines, needed, copies) => {
      const ranges = new CellRanges(needed);
      // the same lines in several texts of equal content, as consecutive chunks of a file can be
      for (let copy = 0; copy <= copies; copy++) {
        const text = `${lines.join('\n')}\n`;
        const own = copy % 2 === 0 ? text : [...text].join('');
        let at = 0;
        for (const l of lines) {
          ranges.ofLine(own, at, at + l.length, ',');
          const cells = l.split(',');
          for (let c = 0; c < needed + 1; c++) expect(ranges.cell(c)).toBe(c < needed ? (cells[c] ?? '') : '');
          at += l.length + 1;
        }
      }
    }),
    { numRuns: 500 },
  );
});

it('reads a row of cells as text: numbers as written, dates and missing cells empty', () => {
  const ranges = new CellRanges(5).ofCells(['SO1', 12.5, new Date(0), null]);
  expect([0, 1, 2, 3, 4].map((c) => ranges.cell(c))).toEqual(['SO1', '12.5', '', '', '']);
  expect(ranges.isEmpty(2)).toBe(true);
  expect(ranges.isEmpty(0)).toBe(false);
});
