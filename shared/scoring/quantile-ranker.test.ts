import { describe, expect, it } from 'vitest';
import { QuantileRanker } from './quantile-ranker';

describe('QuantileRanker', () => {
  it('gives the share of other values strictly below (PERCENTRANK.INC)', () => {
    const r = new QuantileRanker([10, 20, 30, 40, 50]);
    expect([10, 20, 30, 40, 50].map((v) => r.percentRank(v))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('gives tied values the same rank', () => {
    const r = new QuantileRanker([1, 1, 1, 5, 9]);
    expect(r.percentRank(1)).toBe(0);
    expect(r.percentRank(5)).toBe(0.75);
    expect(r.percentRank(9)).toBe(1);
  });
  it('ranks by strictly higher values when inverted (lower is better)', () => {
    const r = new QuantileRanker([3, 10, 10, 40]);
    expect(r.percentRank(3, true)).toBe(1);
    expect(r.percentRank(10, true)).toBeCloseTo(1 / 3, 12);
    expect(r.percentRank(40, true)).toBe(0);
  });
  it('excludes missing (NaN) values from the population', () => {
    const r = new QuantileRanker([NaN, 1, NaN, 2]);
    expect(r.size).toBe(2);
    expect(r.percentRank(2)).toBe(1);
  });
  it('ranks a lone value at the top', () => {
    expect(new QuantileRanker([7]).percentRank(7)).toBe(1);
  });
  it('ranks values outside the population by position', () => {
    const r = new QuantileRanker([10, 20, 30]);
    expect(r.percentRank(5)).toBe(0);
    expect(r.percentRank(25)).toBe(1);
  });
});
