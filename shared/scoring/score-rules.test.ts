import { describe, expect, it } from 'vitest';
import { QuantileRanker } from './quantile-ranker';
import { bandPoints, linearPoints, quantilePointsFromRank, scoreValue } from './score-rules';

describe('bands', () => {
  const bands = [
    { max: 0, points: 0 },
    { min: 0.01, max: 100_000, points: 20 },
    { min: 100_000, max: 1_000_000, points: 40 },
    { min: 10_000_000, points: 100 },
  ];
  it('includes min and excludes max', () => {
    expect(bandPoints(bands, 100_000)).toBe(40);
    expect(bandPoints(bands, 99_999.99)).toBe(20);
    expect(bandPoints(bands, 10_000_000)).toBe(100);
    expect(bandPoints(bands, 9_999_999.99)).toBe(0); // in the gap
  });
  it('leaves an omitted bound open', () => {
    expect(bandPoints(bands, -1e12)).toBe(0);
    expect(bandPoints(bands, 1e15)).toBe(100);
  });
  it('scores 0 in a gap between bands', () => {
    expect(bandPoints(bands, 0)).toBe(0);
    expect(bandPoints(bands, 0.005)).toBe(0);
    expect(bandPoints(bands, 0.01)).toBe(20);
  });
});

describe('linear', () => {
  it('maps min → 0 and max → 100, clamped', () => {
    const rule = { kind: 'linear' as const, min: 0, max: 12 };
    expect(linearPoints(rule, 0)).toBe(0);
    expect(linearPoints(rule, 6)).toBe(50);
    expect(linearPoints(rule, 12)).toBe(100);
    expect(linearPoints(rule, 13)).toBe(100);
    expect(linearPoints(rule, -4)).toBe(0);
  });
  it('inverts: min → 100, max → 0', () => {
    const rule = { kind: 'linear' as const, min: 30, max: 180, invert: true };
    expect(linearPoints(rule, 0)).toBe(100);
    expect(linearPoints(rule, 30)).toBe(100);
    expect(linearPoints(rule, 105)).toBe(50);
    expect(linearPoints(rule, 365)).toBe(0);
  });
});

describe('boolean', () => {
  it('gives the points at or above the threshold', () => {
    const rule = { kind: 'boolean' as const, threshold: 3, points: 80 };
    expect(scoreValue(rule, 3)).toBe(80);
    expect(scoreValue(rule, 2.999)).toBe(0);
  });
});

describe('quantile', () => {
  const quint = { kind: 'quantile' as const, buckets: 5 };
  it('maps percent ranks to quintiles 20..100', () => {
    expect([0, 0.19, 0.2, 0.39, 0.4, 0.6, 0.8, 0.99, 1].map((p) => quantilePointsFromRank(quint, p))).toEqual([20, 20, 40, 40, 60, 80, 100, 100, 100]);
  });
  it('spreads ten distinct values two per quintile', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const r = new QuantileRanker(values);
    expect(values.map((v) => scoreValue(quint, v, r))).toEqual([20, 20, 40, 40, 60, 60, 80, 80, 100, 100]);
  });
  it('gives ties the same quintile', () => {
    const values = [0, 0, 0, 0, 0, 0, 3, 7, 9, 12];
    const r = new QuantileRanker(values);
    expect(values.map((v) => scoreValue(quint, v, r))).toEqual([20, 20, 20, 20, 20, 20, 80, 80, 100, 100]); // 3 and 7: 6/9 and 7/9 of the others below
  });
  it('inverts for recency (fewer days is better)', () => {
    const values = [5, 50, 500];
    const r = new QuantileRanker(values);
    const rule = { kind: 'quantile' as const, buckets: 5, invert: true };
    expect(values.map((v) => scoreValue(rule, v, r))).toEqual([100, 60, 20]);
  });
  it('gives percentile points as percent rank × 100', () => {
    const r = new QuantileRanker([10, 20, 30, 40, 50]);
    expect(scoreValue({ kind: 'quantile', buckets: 'percentile' }, 20, r)).toBe(25);
    expect(scoreValue({ kind: 'quantile', buckets: 'percentile', invert: true }, 20, r)).toBe(75);
  });
  it('supports other bucket counts (terciles)', () => {
    const rule = { kind: 'quantile' as const, buckets: 3 };
    expect([0, 0.34, 0.67, 1].map((p) => quantilePointsFromRank(rule, p))).toEqual([100 / 3, 200 / 3, 100, 100]);
  });
  it('needs the population', () => {
    expect(() => scoreValue(quint, 3)).toThrow(/ranker/);
  });
});
