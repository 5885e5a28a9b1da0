import { describe, expect, it } from 'vitest';
import { foldForParsing, normalizeCode, normalizeText, quote, toHalfWidth } from './text';

describe('text helpers', () => {
  it('normalizeText trims and collapses every kind of whitespace, keeping full-width prose', () => {
    expect(normalizeText('  上海\u3000 浦东\t新区 \n')).toBe('上海 浦东 新区');
    expect(normalizeText('a\u00a0\u2009b\u200b')).toBe('a b');
    expect(normalizeText('你好，世界（测试）')).toBe('你好，世界（测试）');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
  });
  it('normalizeCode folds full-width ASCII', () => {
    expect(normalizeCode(' ＣＵ－００１ ')).toBe('CU-001');
    expect(normalizeCode('C\u3000001')).toBe('C 001');
    expect(normalizeCode('cu001')).toBe('cu001');
  });
  it('toHalfWidth touches only full-width ASCII and currency signs', () => {
    expect(toHalfWidth('１２３，ａＢ！￥')).toBe('123,aB!¥');
    expect(toHalfWidth('客户')).toBe('客户');
  });
  it('foldForParsing maps minus signs and odd spaces', () => {
    expect(foldForParsing('\u22121\u20092')).toBe('-1 2');
  });
  it('quote shortens long values', () => {
    expect(quote('x'.repeat(100))).toHaveLength(40);
  });
});
