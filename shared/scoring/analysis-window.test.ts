import { describe, expect, it } from 'vitest';
import { windowBounds } from './analysis-window';

describe('windowBounds', () => {
  it('covers the 365 days up to and including asOf, and the 365 before', () => {
    expect(windowBounds('2025-12-31')).toEqual({ start: '2025-01-01', end: '2025-12-31', prevStart: '2024-01-02', prevEnd: '2024-12-31' }); // 2024 is a leap year
  });
  it('handles short windows', () => {
    expect(windowBounds('2025-03-01', { kind: 'days', days: 1 })).toEqual({ start: '2025-03-01', end: '2025-03-01', prevStart: '2025-02-28', prevEnd: '2025-02-28' });
  });
  it('has no start and no previous window for all time', () => {
    expect(windowBounds('2025-03-01', { kind: 'all' })).toEqual({ start: null, end: '2025-03-01', prevStart: null, prevEnd: null });
  });
  it('rejects a malformed asOf', () => {
    expect(() => windowBounds('2025-02-30')).toThrow(RangeError);
  });
});
