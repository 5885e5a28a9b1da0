import { describe, expect, it } from 'vitest';
import { round2, round4, roundTo } from './round';

describe('rounding', () => {
  it('rounds half up despite binary representation', () => {
    expect(round2(84.995)).toBe(85);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(69.994999)).toBe(69.99);
    expect(round4(33.333333333)).toBe(33.3333);
    expect(roundTo(2.5, 0)).toBe(3);
  });
  it('never returns -0', () => {
    expect(Object.is(round2(-0.0000001), 0)).toBe(true);
  });
});
