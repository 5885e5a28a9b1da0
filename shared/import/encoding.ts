/**
 * Text encoding detection and decoding for imported files (pure, browser-safe: WHATWG TextDecoder only).
 * GB18030 is a WHATWG encoding, decoded natively by every browser and by Node built with full ICU
 * (the official builds). For a Node without it, use decodeBytes from './decode-bytes' (iconv-lite).
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Bytes looked at for the UTF-16 heuristic. UTF-8 validity is checked over all bytes given. */
const SAMPLE = 8192;

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8-bom';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * BOM-less UTF-16: text files in UTF-8/GB18030 have no NUL bytes, while ASCII-heavy UTF-16 (digits,
 * commas, line breaks, Latin names) has a NUL in every high byte. Pure-CJK UTF-16 without a BOM has few
 * NULs and is not recognised (Windows always writes a BOM for it).
 */
function utf16Guess(b: Uint8Array): TextEncodingName | null {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= odd * 0.1) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= even * 0.1) return 'utf-16be';
  return null;
}

function isUtf8(b: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte character cut at the end of a sample.
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Guess the encoding of a text file: BOMs first, then BOM-less UTF-16, then strict UTF-8, else GB18030
 * (a superset of GBK/GB2312, what Chinese Excel writes for "CSV"). Pure ASCII reads as 'utf-8'.
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return bomOf(bytes) ?? utf16Guess(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

/** The WHATWG label for TextDecoder. */
export function decoderLabel(encoding: TextEncodingName): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Whether this runtime's TextDecoder knows the encoding (GB18030 needs ICU in Node). */
export function canDecodeNatively(encoding: TextEncodingName): boolean {
  try {
    new TextDecoder(decoderLabel(encoding));
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode bytes to a string, dropping a leading BOM. Invalid sequences become U+FFFD unless `fatal`.
 * Throws a RangeError naming decodeBytes when the runtime lacks GB18030 (Node without ICU).
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName, opts: { fatal?: boolean } = {}): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(decoderLabel(encoding), { fatal: opts.fatal === true });
  } catch {
    throw new RangeError(`this runtime cannot decode ${encoding}; use decodeBytes from shared/import/decode-bytes (Node)`);
  }
  return decoder.decode(bytes);
}

/** Detect and decode in one step. */
export function decodeAuto(bytes: Uint8Array): { encoding: TextEncodingName; text: string } {
  const encoding = detectEncoding(bytes);
  return { encoding, text: decodeText(bytes, encoding) };
}
