import { describe, expect, it } from 'vitest';
import { MESSAGES, showNumber } from './issue-messages';

describe('issue messages', () => {
  it('show numbers without float noise', () => {
    expect(showNumber(99.99999999999999)).toBe('100');
    expect(showNumber(33.3333333333)).toBe('33.333333');
    expect(showNumber(0.1 + 0.2)).toBe('0.3');
  });
  it('exist in both languages for every code', () => {
    for (const [code, build] of Object.entries(MESSAGES)) {
      const args = code === 'unknown_tier' || code === 'unknown_axis' ? ['Z', ['A', 'B']] : [1, 2];
      const m = (build as (...a: unknown[]) => { zh: string; en: string })(...args);
      expect(m.zh.length, code).toBeGreaterThan(4);
      expect(m.en.length, code).toBeGreaterThan(4);
    }
  });
});
