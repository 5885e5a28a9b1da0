import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInteger, parseNumber, parseScale } from './numbers';

const val = (r: { ok: true; value: number } | { ok: false; message: { en: string } }) => {
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
};

describe('parseNumber', () => {
  it.each([
    ['1234', 1234], ['1,234.5', 1234.5], ['１２３４．５', 1234.5], ['-3.25', -3.25], ['(2)', -2], ['1 234 567', 1234567],
    ['12.5%', 0.125], ['1.5E3', 1500], ['0.1', 0.1], ['  7 ', 7], ['−4', -4], ['1.234,5', 1234.5], [42.5, 42.5],
  ] as [string | number, number][])('%s → %d', (t, v) => {
    expect(val(parseNumber(t))).toBe(v);
  });
  it('decimalComma and ranges', () => {
    expect(val(parseNumber('2,5', { decimalComma: true }))).toBe(2.5);
    expect(parseNumber('5', { max: 4 }).ok).toBe(false);
    const r = parseNumber('-1', { min: 0 });
    expect(!r.ok && r.message.en).toBe("the number '-1' is out of range (expected ≥ 0)");
  });
  it.each(['', 'abc', '1.2.3', '12kg', '--1', Number.NaN])('rejects %s', (t) => {
    expect(parseNumber(t as string).ok).toBe(false);
  });
  it('round-trips doubles printed by JS', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
      expect(val(parseNumber(String(x)))).toBe(x === 0 ? 0 : x);
    }));
  });
});

describe('parseInteger', () => {
  it.each([
    ['12', 12], ['1,234', 1234], ['１２', 12], ['12.0', 12], ['12.00', 12], ['-7', -7], ['3件', 3], ['3 个', 3], ['10 pcs', 10], [5, 5],
  ] as [string | number, number][])('%s → %d', (t, v) => {
    expect(val(parseInteger(t))).toBe(v);
  });
  it('rejects fractions, words and out-of-range values with clear messages', () => {
    const r = parseInteger('12.5');
    expect(!r.ok && r.message).toEqual({ zh: "'12.5' 不是整数", en: "'12.5' is not a whole number" });
    expect(parseInteger('abc').ok).toBe(false);
    expect(parseInteger('-1', { min: 0 }).ok).toBe(false);
    expect(parseInteger('99999999999999999').ok).toBe(false);
    expect(parseInteger('').ok).toBe(false);
  });
  it('round-trips formatted integers', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (n, group) => {
      const text = group ? n.toLocaleString('en-US') : String(n);
      expect(val(parseInteger(text))).toBe(n);
    }));
  });
});

describe('parseScale', () => {
  it.each([
    ['4', 1, 5, 4], ['4分', 1, 5, 4], ['4 分', 1, 5, 4], ['４', 1, 5, 4], ['4.5', 1, 5, 4.5], ['4/5', 1, 5, 4], ['9/10', 0, 10, 9],
    ['0', 0, 10, 0], ['10', 0, 10, 10], ['8 points', 0, 10, 8], [3, 1, 5, 3],
  ] as [string | number, number, number, number][])('%s on %d–%d → %d', (t, min, max, v) => {
    expect(val(parseScale(t, min, max))).toBe(v);
  });
  it('rejects out-of-range, wrong denominators, words and percentages', () => {
    const r = parseScale('7', 1, 5);
    expect(!r.ok && r.message).toEqual({ zh: "评分 '7' 超出范围（应为 1–5）", en: "the score '7' is out of range (expected 1–5)" });
    expect(parseScale('0', 1, 5).ok).toBe(false);
    expect(parseScale('4/10', 1, 5).ok).toBe(false);
    expect(parseScale('五星', 1, 5).ok).toBe(false);
    expect(parseScale('80%', 0, 10).ok).toBe(false);
    expect(parseScale('', 1, 5).ok).toBe(false);
    expect(parseScale('4.5', 1, 5, { integer: true }).ok).toBe(false);
  });
});
