import { describe, expect, it } from 'vitest';
import { indicatorContext } from './compute-indicators';
import { pointsColumn, valueColumn } from './score-columns';
import { facts } from './test-fixtures';

describe('score columns', () => {
  const ctx = indicatorContext('2025-10-01');
  const book = [facts({ code: 'a', lastOrderDate: '2025-09-01' }), facts({ code: 'b' }), facts({ code: 'c', lastOrderDate: '2025-09-30' })];

  it('marks missing values as NaN in the value column', () => {
    expect(Array.from(valueColumn(book, 'recency_days', ctx))).toEqual([30, NaN, 1]);
  });
  it('ranks quantiles among present values only and keeps missing as NaN', () => {
    const values = valueColumn(book, 'recency_days', ctx);
    const pts = pointsColumn({ key: 'recency_days', weight: 100, rule: { kind: 'quantile', buckets: 'percentile', invert: true } }, values);
    expect(Array.from(pts)).toEqual([0, NaN, 100]);
  });
  it('applies non-population rules value by value', () => {
    const pts = pointsColumn({ key: 'recency_days', weight: 100, rule: { kind: 'boolean', threshold: 10, points: 70 } }, Float64Array.from([30, NaN, 1]));
    expect(Array.from(pts)).toEqual([70, NaN, 0]);
  });
});
