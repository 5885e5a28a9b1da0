/**
 * Node-only decoding with iconv-lite (it loads Node's Buffer via safer-buffer, so the renderer must not
 * import this file; browsers decode GB18030 natively through encoding.ts → decodeText).
 * Use it in electron/core and the CLI, where it also works on a Node built without full ICU.
 */
import iconv from 'iconv-lite';
import { detectEncoding, type TextEncodingName } from './encoding';

const ICONV_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
};

/** Decode bytes (a Uint8Array or Buffer) with iconv-lite, detecting the encoding when not given. BOMs are stripped. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName = detectEncoding(bytes)): { encoding: TextEncodingName; text: string } {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { encoding, text: iconv.decode(buf, ICONV_NAMES[encoding], { stripBOM: true }) };
}

/** Encode text (used by tests and exports that must write GB18030 for old Excel). */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  const buf = iconv.encode(text, ICONV_NAMES[encoding], { addBOM: encoding === 'utf-8-bom' || encoding.startsWith('utf-16') });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
