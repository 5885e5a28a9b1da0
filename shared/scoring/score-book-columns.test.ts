import { describe, expect, it } from 'vitest';
import { scoreBook } from './score-book';
import { scoreBookColumns } from './score-book-columns';
import { BUILT_IN_TEMPLATES } from './templates';
import { syntheticBook } from './test-fixtures';

const AS_OF = '2025-10-01';

describe('scoreBookColumns', () => {
  it('holds the same results as scoreBook, in columns', () => {
    const book = syntheticBook(300, 3);
    for (const t of BUILT_IN_TEMPLATES) {
      const cols = scoreBookColumns(book, t.definition, AS_OF);
      const full = scoreBook(book, t.definition, AS_OF);
      expect(cols.tierCounts).toEqual(full.tierCounts);
      full.results.forEach((r, i) => {
        expect(cols.resultOf(i)).toEqual(r);
        expect(cols.totalScore[i]).toBe(r.totalScore);
        expect(cols.tiers[cols.finalTier[i]].id).toBe(r.finalTier);
      });
    }
  });

  it('scores 100,000 customers with every template (speed is measured in bench/scoring.ts, not here)', () => {
    const book = syntheticBook(100_000, 11);
    for (const t of BUILT_IN_TEMPLATES) {
      const cols = scoreBookColumns(book, t.definition, AS_OF);
      expect(cols.n, t.id).toBe(100_000);
      expect(Object.values(cols.tierCounts).reduce((a, b) => a + b, 0), t.id).toBe(100_000);
      for (const i of [0, 4_999, 99_999]) expect(cols.tiers[cols.finalTier[i]].id).toBe(cols.resultOf(i).finalTier);
    }
  });
});
