import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor, parseMoney } from './money';

const minor = (t: string | number, opts?: Parameters<typeof parseMoney>[1]) => {
  const r = parseMoney(t, opts);
  if (!r.ok) throw new Error(`${t}: ${r.message.en}`);
  return r.minor;
};

describe('parseMoney accepts the usual spellings', () => {
  it.each([
    ['1234.5', 123450], ['1,234.56', 123456], ['¥1,234.56', 123456], ['￥1234', 123400], ['$12.30', 1230],
    ['£5.5', 550], ['€7', 700], ['RMB 100', 10000], ['rmb100', 10000], ['CNY 1,000.00', 100000], ['100元', 10000],
    ['人民币100元', 10000], ['１２３４．５', 123450], ['￥１，２３４．５６', 123456], ['(1,234.00)', -123400], ['（1,234.00）', -123400],
    ['-1234', -123400], ['1234-', -123400], ['-¥12', -1200], ['¥-12', -1200], ['+12', 1200], ['−12', -1200],
    ['1 234 567.89', 123456789], ['1\u2009234.56', 123456], ['1\u202f234.56', 123456], ['1\u00a0234', 123400],
    ["1'234.50", 123450], ['1.234,56', 123456], ['1.234.567', 123456700], ['12,50', 1250], ['1,2', 120], ['1234,5', 123450],
    ['0.1', 10], ['.5', 50], ['5.', 500], ['19.99', 1999], ['0', 0], ['-0', 0], ['0.00', 0], ['007', 700],
    ['12.5万', 12500000], ['3万元', 3000000], ['1.5亿', 15000000000], ['1.5E3', 150000], ['  42  ', 4200],
  ])('%s → %d', (text, expected) => {
    expect(minor(text)).toBe(expected);
  });

  it('never has float error: every cent from 0.00 to 99.99 reads exactly', () => {
    for (let c = 0; c < 10000; c++) expect(minor(formatMinor(c))).toBe(c);
    expect(minor('0.1') + minor('0.2')).toBe(minor('0.3'));
    expect(minor('1.15')).toBe(115);
    expect(minor('8.675')).toBe(868);
  });

  it('reads numbers (from xlsx cells) through their shortest decimal form', () => {
    expect(minor(19.99)).toBe(1999);
    expect(minor(0.1 + 0.2)).toBe(30); // 0.30000000000000004 → 30 (rounded)
    expect(minor(-1234.5)).toBe(-123450);
    expect(minor(1e21 / 1e10)).toBe(10000000000000);
  });

  it('rounds extra decimals half away from zero and says so', () => {
    expect(parseMoney('1.005')).toEqual({ ok: true, minor: 101, rounded: true });
    expect(parseMoney('-1.005')).toEqual({ ok: true, minor: -101, rounded: true });
    expect(parseMoney('1.0049')).toEqual({ ok: true, minor: 100, rounded: true });
    expect(parseMoney('2.675')).toEqual({ ok: true, minor: 268, rounded: true });
    expect(parseMoney('2.500')).toEqual({ ok: true, minor: 250, rounded: false });
    expect(parseMoney('0.004')).toEqual({ ok: true, minor: 0, rounded: true });
    expect(parseMoney('-0.004')).toEqual({ ok: true, minor: 0, rounded: true });
  });

  it('decimalComma switches European reading on', () => {
    expect(minor('1.234', { decimalComma: true })).toBe(123400);
    expect(minor('1.234')).toBe(123); // a decimal point by default (rounded)
    expect(minor('1,234')).toBe(123400); // thousands by default
    expect(minor('1,234', { decimalComma: true })).toBe(123);
    expect(minor('1 234,5 €', { decimalComma: true })).toBe(123450);
    expect(parseMoney('1,234.56', { decimalComma: true }).ok).toBe(false);
  });

  it('supports other minor-unit sizes', () => {
    expect(minor('¥1,234', { minorDigits: 0 })).toBe(1234);
    expect(minor('1.5', { minorDigits: 0 })).toBe(2);
    expect(minor('1.2345', { minorDigits: 3 })).toBe(1235);
  });

  it('empty is an error unless allowed', () => {
    expect(parseMoney('').ok).toBe(false);
    expect(parseMoney('   ').ok).toBe(false);
    expect(parseMoney(null).ok).toBe(false);
    expect(parseMoney('', { allowEmpty: true })).toEqual({ ok: true, minor: null, rounded: false });
  });

  it.each(['abc', '1.2.3', '1,23,456', '12 34', '¥', '-', '--5', '(-5)', '1-2', '12a', '1,234.5.6', 'NaN', '1万万', '$1$2', '1.234,56.7'])(
    'rejects %s with a bilingual message',
    (text) => {
      const r = parseMoney(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.en).toMatch(/amount/);
        expect(r.message.zh).toMatch(/金额/);
      }
    },
  );

  it('rejects non-finite numbers and amounts beyond safe integers', () => {
    expect(parseMoney(Number.NaN).ok).toBe(false);
    expect(parseMoney(Infinity).ok).toBe(false);
    expect(parseMoney('999999999999999999').ok).toBe(false);
  });

  it('names the value in the English message', () => {
    const r = parseMoney('abc');
    expect(!r.ok && r.message.en).toBe("cannot read 'abc' as an amount of money (expected e.g. 1234.56, ¥1,234.56, (1,234.00))");
  });
});

/** Format minor units the ways spreadsheets and ERPs do. */
function format(n: number, style: { group: string; sym: string; neg: string; fullWidth: boolean; pad: boolean }): string {
  const abs = Math.abs(n);
  let int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  if (style.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  let body = style.pad || frac !== '00' ? `${int}.${frac}` : int;
  if (style.sym === '元') body = `${body}元`;
  else if (style.sym) body = `${style.sym}${body}`;
  if (n < 0) body = style.neg === '()' ? `(${body})` : style.neg === 'trail' ? `${body}-` : `-${body}`;
  if (style.fullWidth) body = body.replace(/[0-9.,()-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return body;
}

describe('parseMoney properties', () => {
  const style = fc.record({
    group: fc.constantFrom('', ',', ' ', '\u2009', '\u00a0'),
    sym: fc.constantFrom('', '¥', '￥', '$', '£', '€', 'RMB ', 'CNY', '元'),
    neg: fc.constantFrom('-', '()', 'trail'),
    fullWidth: fc.boolean(),
    pad: fc.boolean(),
  });

  it('parseMoney(format(n)) === n for integers of minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), style, (n, s) => {
        expect(minor(format(n, s))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('European formatting round-trips with decimalComma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom('.', ' ', ''), (n, group) => {
        const abs = Math.abs(n);
        const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
        const text = `${n < 0 ? '-' : ''}${int},${String(abs % 100).padStart(2, '0')} €`;
        expect(minor(text, { decimalComma: true })).toBe(n);
      }),
    );
  });

  it('formatMinor and parseMoney are inverse', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(minor(formatMinor(n))).toBe(n);
    }));
  });

  it('extra decimals round half away from zero (compared with exact integer arithmetic)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (milli) => {
      const abs = Math.abs(milli);
      const text = `${milli < 0 ? '-' : ''}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
      const expected = Math.sign(milli) * Math.floor((abs + 5) / 10);
      expect(minor(text)).toBe(expected === 0 ? 0 : expected);
    }));
  });
});
