import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeviceId, isDeviceId } from './device';
import {
  HLC_LENGTH,
  MAX_COUNTER,
  MAX_MILLIS,
  compareHlc,
  formatHlc,
  hlcDevice,
  isHlc,
  parseHlc,
  type Hlc,
} from './hlc';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const T0 = Date.UTC(2025, 2, 1, 8, 30);

describe('HLC serialization', () => {
  it('formats a fixed-width, readable string and parses it back', () => {
    const text = formatHlc({ millis: T0, counter: 10, node: A });
    expect(text).toBe('2025-03-01T08:30:00.000Z-000a-0123456789abcdef');
    expect(text).toHaveLength(HLC_LENGTH);
    expect(parseHlc(text)).toEqual({ ok: true, value: { millis: T0, counter: 10, node: A } });
    expect(hlcDevice(text)).toBe(A);
  });

  it('rejects malformed strings with a bilingual invalid_hlc error', () => {
    for (const bad of [
      '',
      '2025-03-01T08:30:00.000Z-000a-0123456789ABCDEF',
      '2025-13-01T08:30:00.000Z-000a-0123456789abcdef',
      '2025-02-30T08:30:00.000Z-000a-0123456789abcdef',
      '2025-03-01T08:30:00.000Z-1000a-0123456789abcdef',
      '2025-03-01T08:30:00Z-000a-0123456789abcdef',
      '2025-03-01T08:30:00.000Z-000a-0123456789abcde',
      42,
      null,
    ]) {
      const r = parseHlc(bad);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_hlc');
        expect(r.error.message.zh).toMatch(/无效/);
        expect(r.error.message.en).toMatch(/Invalid/);
      }
      expect(isHlc(bad)).toBe(false);
    }
  });

  it('refuses to format an overflowing counter or out-of-range parts', () => {
    expect(() => formatHlc({ millis: T0, counter: MAX_COUNTER + 1, node: A })).toThrow(/counter overflow/);
    expect(() => formatHlc({ millis: -1, counter: 0, node: A })).toThrow(RangeError);
    expect(() => formatHlc({ millis: MAX_MILLIS + 1, counter: 0, node: A })).toThrow(RangeError);
    expect(() => formatHlc({ millis: T0, counter: 0, node: 'ABC' })).toThrow(RangeError);
    expect(formatHlc({ millis: MAX_MILLIS, counter: MAX_COUNTER, node: B })).toBe(
      '9999-12-31T23:59:59.999Z-ffff-fedcba9876543210',
    );
  });

  const hlcArb: fc.Arbitrary<Hlc> = fc.record({
    millis: fc.oneof(fc.integer({ min: 0, max: MAX_MILLIS }), fc.integer({ min: T0 - 5, max: T0 + 5 })),
    counter: fc.oneof(fc.integer({ min: 0, max: MAX_COUNTER }), fc.integer({ min: 0, max: 3 })),
    node: fc.constantFrom(A, B, '0000000000000000', 'ffffffffffffffff', '00000000000000ff'),
  });

  it('property: string order equals (millis, counter, device) order, and round-trips', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const tuple = a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(Math.sign(tuple));
        const back = parseHlc(formatHlc(a));
        expect(back.ok && back.value).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('device ids', () => {
  it('accepts exactly 16 lowercase hex characters', () => {
    expect(isDeviceId(A)).toBe(true);
    expect(isDeviceId(A.toUpperCase())).toBe(false);
    expect(isDeviceId(A + '0')).toBe(false);
    expect(isDeviceId(123)).toBe(false);
  });
  it('creates ids from injected or Web Crypto bytes', () => {
    expect(createDeviceId(() => new Uint8Array([1, 35, 69, 103, 137, 171, 205, 239]))).toBe(A);
    expect(isDeviceId(createDeviceId())).toBe(true);
    expect(createDeviceId()).not.toBe(createDeviceId());
  });
});
