import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from './png-encoder';
import { renderTierChart } from './tier-chart';

describe('PNG encoder', () => {
  it('writes a valid PNG: signature, IHDR, checksummed chunks, and the pixels back after inflating', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 255]);
    const png = encodePng(2, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2);
    let at = 8;
    const chunks: string[] = [];
    let idat: Buffer = Buffer.alloc(0);
    while (at < png.length) {
      const length = png.readUInt32BE(at);
      const type = png.subarray(at + 4, at + 8).toString('ascii');
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      if (type === 'IDAT') idat = png.subarray(at + 8, at + 8 + length);
      chunks.push(type);
      at += 12 + length;
    }
    expect(chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...inflateSync(idat)]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('renders the tier chart with the tiers’ colours in it', () => {
    const png = renderTierChart({ tiers: [{ id: 'A', color: '#16a34a', count: 5 }, { id: 'B', color: '#2563eb', count: 9 }], curve: [{ customerShare: 0, revenueShare: 0 }, { customerShare: 1, revenueShare: 1 }] });
    const pixels = inflateSync(png.subarray(33 + 8, png.length - 16));
    expect(pixels.includes(Buffer.from([0x16, 0xa3, 0x4a, 0xff]))).toBe(true);
    expect(pixels.includes(Buffer.from([0x25, 0x63, 0xeb, 0xff]))).toBe(true);
  });
});
