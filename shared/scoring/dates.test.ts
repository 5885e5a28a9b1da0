import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarYears, formatDay, parseDay } from './dates';

describe('parseDay / formatDay', () => {
  it('parses ISO dates to UTC day numbers', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('2025-10-01')).toBe(Date.UTC(2025, 9, 1) / 86_400_000);
    expect(parseDay('2025-10-01T12:30:00Z')).toBe(parseDay('2025-10-01'));
  });
  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2023-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025/01/01', '20250101', '', null, undefined]) {
      expect(parseDay(bad)).toBeNull();
    }
    expect(parseDay('2024-02-29')).not.toBeNull();
  });
  it('round-trips every day against Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatDay(day)).toBe(text);
        expect(parseDay(text)).toBe(day);
      }),
    );
  });
});

describe('calendarYears', () => {
  const years = (a: string, b: string): number => calendarYears(parseDay(a)!, parseDay(b)!);
  it('is a whole number on anniversaries', () => {
    expect(years('2020-03-01', '2025-03-01')).toBe(5);
    expect(years('2019-05-02', '2024-05-02')).toBe(5);
  });
  it('adds the elapsed fraction of the current year', () => {
    expect(years('2024-01-01', '2024-07-02')).toBeCloseTo(183 / 366, 10);
    expect(years('2020-03-01', '2025-02-28')).toBeLessThan(5);
  });
  it('treats 29 February anniversaries as 28 February in common years', () => {
    expect(years('2020-02-29', '2021-02-28')).toBe(1);
    expect(years('2020-02-29', '2024-02-29')).toBe(4);
  });
  it('is 0 when the start is not before the end', () => {
    expect(years('2025-01-01', '2025-01-01')).toBe(0);
    expect(years('2026-01-01', '2025-01-01')).toBe(0);
  });
});
