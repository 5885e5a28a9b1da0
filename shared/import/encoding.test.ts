import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from './decode-bytes';
import { canDecodeNatively, decodeAuto, decodeText, detectEncoding, type TextEncodingName } from './encoding';

const CSV = '2024年客户清单\r\n客户编号,客户名称,城市,金额\r\nC001,上海某某贸易有限公司,上海,"¥1,234.56"\r\nC002,Müller GmbH,北京,99\r\n';
const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(be ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
}

describe('detectEncoding', () => {
  it.each(ENCODINGS)('detects and decodes %s (with BOM for UTF-16)', (enc) => {
    const bytes = encodeText(CSV, enc);
    expect(detectEncoding(bytes)).toBe(enc);
    expect(decodeText(bytes, enc)).toBe(CSV);
    expect(decodeAuto(bytes)).toEqual({ encoding: enc, text: CSV });
    expect(decodeBytes(bytes)).toEqual({ encoding: enc, text: CSV });
  });

  it('finds BOM-less UTF-16 from the zero bytes of ASCII-heavy text', () => {
    const text = 'customer_id,date,amount\r\n00001,19970101,11.77\r\n客户,2024-03-05,1\r\n';
    expect(detectEncoding(utf16(text, false, false))).toBe('utf-16le');
    expect(detectEncoding(utf16(text, true, false))).toBe('utf-16be');
    expect(decodeText(utf16(text, true, false), 'utf-16be')).toBe(text);
  });

  it('plain ASCII is utf-8; GBK-only bytes are gb18030', () => {
    expect(detectEncoding(new TextEncoder().encode('a,b\n1,2\n'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
    // '客户' in GBK
    expect(detectEncoding(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7]))).toBe('gb18030');
    expect(decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7]), 'gb18030')).toBe('客户');
  });

  it('a UTF-8 sample cut inside a character is still UTF-8', () => {
    const bytes = new TextEncoder().encode('客户编号,名称\n');
    expect(detectEncoding(bytes.subarray(0, 4))).toBe('utf-8');
  });

  it('invalid bytes become U+FFFD, or throw when fatal', () => {
    const bad = new Uint8Array([0x61, 0xff, 0x62]);
    expect(decodeText(bad, 'utf-8')).toBe('a\ufffdb');
    expect(() => decodeText(bad, 'utf-8', { fatal: true })).toThrow();
  });

  it('this Node decodes GB18030 natively (full ICU), like browsers', () => {
    expect(canDecodeNatively('gb18030')).toBe(true);
    const text = '𠀀 ㄅ 客户 €'; // 4-byte GB18030 sequences included
    const bytes = encodeText(text, 'gb18030');
    expect(decodeText(bytes, 'gb18030')).toBe(text);
    expect(decodeBytes(bytes, 'gb18030').text).toBe(text);
  });
});
