import { describe, expect, it } from 'vitest';
import { localIsoDate } from './core';
import { clockFromEnv } from './env-clock';

describe('TIERDESK_NOW', () => {
  it('is ignored when unset or blank: the core keeps the wall clock', () => {
    expect(clockFromEnv({})).toBeUndefined();
    expect(clockFromEnv({ TIERDESK_NOW: ' ' })).toBeUndefined();
  });

  it('starts the clock at a date (noon, local time) or a date-time, and lets it run on', () => {
    const saturday = clockFromEnv({ TIERDESK_NOW: '2026-12-05' });
    expect(saturday && localIsoDate(saturday())).toBe('2026-12-05');
    expect(saturday?.().getHours()).toBe(12);
    const leap = clockFromEnv({ TIERDESK_NOW: '2028-02-29T23:30:00Z' });
    const first = leap?.().getTime() ?? 0;
    expect(first).toBeGreaterThanOrEqual(Date.parse('2028-02-29T23:30:00Z'));
    expect(first).toBeLessThan(Date.parse('2028-02-29T23:31:00Z'));
    const until = performance.now() + 5;
    while (performance.now() < until); // elapsed time, not a date
    expect(leap?.().getTime() ?? 0).toBeGreaterThan(first);
  });

  it('refuses anything but an ISO date or date-time', () => {
    for (const bad of ['tomorrow', '05/12/2026', '2026-13-01', '2026-12-05Tnoon']) {
      expect(() => clockFromEnv({ TIERDESK_NOW: bad }), bad).toThrow(/TIERDESK_NOW must be an ISO date/);
    }
  });
});
