import { describe, expect, it } from 'vitest';
import { openingWeek } from './opening-week';

// 2026-12-05 is a Saturday, 2026-12-07 a Monday
const plan = { firstVisit: '2026-12-07', lastVisit: '2026-12-18' };

describe('the week the visit calendar opens on', () => {
  it('is the plan’s first week when today is a weekend before it', () => {
    expect(openingWeek('2026-12-05', plan)).toBe('2026-12-07');
    expect(openingWeek('2026-12-06', plan)).toBe('2026-12-07');
  });
  it('is this week while the plan runs, up to its last visit', () => {
    expect(openingWeek('2026-12-07', plan)).toBe('2026-12-07');
    expect(openingWeek('2026-12-16', plan)).toBe('2026-12-14');
    expect(openingWeek('2026-12-20', plan)).toBe('2026-12-14');
  });
  it('is the plan’s first week when today is long before or after it', () => {
    expect(openingWeek('2026-11-02', plan)).toBe('2026-12-07');
    expect(openingWeek('2027-01-04', plan)).toBe('2026-12-07');
  });
  it('is this week without a plan or with a plan without visits, across year ends and leap days', () => {
    expect(openingWeek('2026-12-31', null)).toBe('2026-12-28');
    expect(openingWeek('2028-02-29', { firstVisit: null, lastVisit: null })).toBe('2028-02-28');
    expect(openingWeek('2027-01-01', { firstVisit: '2026-12-28', lastVisit: '2027-01-08' })).toBe('2026-12-28');
  });
});
