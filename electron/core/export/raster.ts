/** A tiny RGBA canvas: filled rectangles, thick lines and a 3×5 pixel font (digits, A–Z, %) — the chart's only needs. */

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 3×5 glyphs, one string of 15 bits per character, row by row. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111', '1': '010110010010111', '2': '111001111100111', '3': '111001111001111',
  '4': '101101111001001', '5': '111100111001111', '6': '111100111101111', '7': '111001010010010',
  '8': '111101111101111', '9': '111101111001111', '%': '101001010100101', '.': '000000000000010',
  ',': '000000000010100', '-': '000000111000000', ' ': '000000000000000',
  A: '010101111101101', B: '110101110101110', C: '011100100100011', D: '110101101101110', E: '111100110100111', F: '111100110100100',
  G: '011100101101011', H: '101101111101101', I: '111010010010111', J: '001001001101010', K: '101101110101101', L: '100100100100111',
  M: '101111111101101', N: '110101101101101', O: '010101101101010', P: '110101110100100', Q: '010101101110011', R: '110101110101101',
  S: '011100010001110', T: '111010010010010', U: '101101101101111', V: '101101101101010', W: '101101111111101', X: '101101010101101',
  Y: '101101010010010', Z: '111001010100111',
};

export class Raster {
  readonly pixels: Uint8Array;
  constructor(readonly width: number, readonly height: number, background: Rgb = [255, 255, 255]) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  setPixel(x: number, y: number, [r, g, b]: Rgb, alpha = 1) {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 4;
    const p = this.pixels;
    p[i] = Math.round(p[i] * (1 - alpha) + r * alpha);
    p[i + 1] = Math.round(p[i + 1] * (1 - alpha) + g * alpha);
    p[i + 2] = Math.round(p[i + 2] * (1 - alpha) + b * alpha);
    p[i + 3] = 255;
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb) {
    const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w)), y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.setPixel(xx, yy, color);
  }

  /** A line `thickness` pixels wide, drawn as overlapping squares along it. */
  line(x0: number, y0: number, x1: number, y1: number, color: Rgb, thickness = 1) {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    const half = (thickness - 1) / 2;
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      this.fillRect(x - half, y - half, thickness, thickness, color);
    }
  }

  /** Dashed horizontal or vertical guide line. */
  dashed(x0: number, y0: number, x1: number, y1: number, color: Rgb, dash = 6) {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s++) {
      if (Math.floor(s / dash) % 2) continue;
      this.setPixel(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, color);
    }
  }

  /** Width in pixels of `text` at `scale`. */
  static canWrite(text: string): boolean {
    return [...text].every((ch) => ch in GLYPHS);
  }

  static textWidth(text: string, scale: number): number {
    return text.length ? (text.length * 4 - 1) * scale : 0;
  }

  /** Digits, capital letters, '%', '.', ',', '-' and spaces; other characters are skipped. (x, y) is the top left. */
  text(text: string, x: number, y: number, color: Rgb, scale = 2) {
    let cx = Math.round(x);
    for (const ch of text) {
      const glyph = GLYPHS[ch];
      if (glyph) {
        for (let i = 0; i < 15; i++) {
          if (glyph[i] === '1') this.fillRect(cx + (i % 3) * scale, Math.round(y) + Math.floor(i / 3) * scale, scale, scale, color);
        }
      }
      cx += 4 * scale;
    }
  }
}
