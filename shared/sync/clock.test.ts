import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNTER, compareHlc, createClock, formatHlc, parseHlc } from './hlc';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const T0 = Date.UTC(2025, 2, 1, 8, 30);

describe('HLC clock', () => {
  it('ticks monotonically: counter within one millisecond, reset when the wall clock advances', () => {
    let wall = T0;
    const clock = createClock(A, () => wall);
    const t1 = clock.tick();
    const t2 = clock.tick();
    expect(t1).toBe(formatHlc({ millis: T0, counter: 0, node: A }));
    expect(t2).toBe(formatHlc({ millis: T0, counter: 1, node: A }));
    wall += 7;
    expect(clock.tick()).toBe(formatHlc({ millis: T0 + 7, counter: 0, node: A }));
    expect(clock.current()).toBe(formatHlc({ millis: T0 + 7, counter: 0, node: A }));
    expect(clock.state()).toEqual({ millis: T0 + 7, counter: 0, node: A });
  });

  it('tolerates a wall clock that goes backwards (stays ahead of everything it issued)', () => {
    let wall = T0;
    const clock = createClock(A, () => wall);
    const before = clock.tick();
    wall = T0 - 3_600_000;
    const after = [clock.tick(), clock.tick()];
    expect(compareHlc(after[0], before)).toBe(1);
    expect(compareHlc(after[1], after[0])).toBe(1);
    expect(parseHlc(after[1])).toMatchObject({ ok: true, value: { millis: T0, counter: 2 } });
    wall = Number.NaN;
    expect(compareHlc(clock.tick(), after[1])).toBe(1);
  });

  it('carries a counter overflow into the millisecond part instead of failing', () => {
    const clock = createClock(A, () => T0, undefined, formatHlc({ millis: T0, counter: MAX_COUNTER - 1, node: B }));
    expect(clock.tick()).toBe(formatHlc({ millis: T0, counter: MAX_COUNTER, node: A }));
    expect(clock.tick()).toBe(formatHlc({ millis: T0 + 1, counter: 0, node: A }));
    const r = clock.receive(formatHlc({ millis: T0 + 1, counter: MAX_COUNTER, node: B }));
    expect(r).toEqual({ ok: true, value: formatHlc({ millis: T0 + 2, counter: 0, node: A }) });
  });

  it('restores from the greatest logged HLC even when the wall clock is behind it', () => {
    const last = formatHlc({ millis: T0 + 60_000, counter: 3, node: B });
    const clock = createClock(A, () => T0, undefined, last);
    expect(compareHlc(clock.tick(), last)).toBe(1);
    expect(() => createClock(A, () => T0, undefined, 'nonsense')).toThrow(RangeError);
    expect(() => createClock('not-a-device', () => T0)).toThrow(RangeError);
  });

  it('receives a remote timestamp: the result and later ticks exceed it', () => {
    const clock = createClock(A, () => T0);
    clock.tick();
    const remote = formatHlc({ millis: T0 + 1000, counter: 5, node: B });
    const r = clock.receive(remote);
    expect(r).toEqual({ ok: true, value: formatHlc({ millis: T0 + 1000, counter: 6, node: A }) });
    expect(compareHlc(clock.tick(), remote)).toBe(1);
    // an older remote does not move the clock back
    const old = clock.receive(formatHlc({ millis: T0 - 5000, counter: 0, node: B }));
    expect(old.ok && parseHlc(old.value)).toMatchObject({ ok: true, value: { millis: T0 + 1000, counter: 8 } });
  });

  it('refuses a remote timestamp further in the future than the allowed drift, changing nothing', () => {
    const clock = createClock(A, () => T0, 5 * 60_000);
    const before = clock.tick();
    expect(clock.receive(formatHlc({ millis: T0 + 5 * 60_000, counter: 0, node: B })).ok).toBe(true);
    const mid = clock.current();
    const r = clock.receive(formatHlc({ millis: T0 + 3_600_000, counter: 0, node: B }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('clock_drift');
      expect(r.error.message.en).toMatch(/60 min ahead/);
      expect(r.error.message.zh).toMatch(/60 分钟/);
      expect(r.error.details).toMatchObject({ driftMs: 3_600_000, maxDriftMs: 300_000 });
    }
    expect(clock.current()).toBe(mid);
    expect(compareHlc(mid, before)).toBe(1);
    expect(clock.receive('garbage')).toMatchObject({ ok: false, error: { code: 'invalid_hlc' } });
    expect(clock.receive(formatHlc({ millis: T0 + 3_600_000, counter: 0, node: B }), { ignoreDrift: true }).ok).toBe(true);
  });

  it('property: every issued timestamp is greater than everything issued or received before', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), wallDelta: fc.integer({ min: -10_000, max: 10_000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        wallDelta: fc.integer({ min: -10_000, max: 10_000 }),
        remoteOffset: fc.integer({ min: -600_000, max: 600_000 }),
        counter: fc.integer({ min: 0, max: MAX_COUNTER }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let wall = T0;
        const clock = createClock(A, () => wall);
        let high = '';
        for (const s of steps) {
          wall += s.wallDelta;
          if (s.kind === 'tick') {
            const t = clock.tick();
            expect(t > high).toBe(true);
            high = t;
          } else {
            const remote = formatHlc({ millis: wall + s.remoteOffset, counter: s.counter, node: B });
            const r = clock.receive(remote);
            expect(r.ok).toBe(s.remoteOffset <= 300_000);
            if (r.ok) {
              expect(r.value > high && r.value > remote).toBe(true);
              high = r.value;
            }
          }
          expect(clock.current()).toBe(high || clock.current());
        }
      }),
      { numRuns: 500 },
    );
  });
});
