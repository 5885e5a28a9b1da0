/**
 * Exact decimal reading shared by the money, number and integer parsers. Works on digit strings,
 * never on floats, so '19.99' becomes 1999 minor units exactly.
 */

/** A decimal number as digit strings: int has no leading zeros ('0' at least), frac as written. */
export interface DecimalParts {
  negative: boolean;
  int: string;
  frac: string;
}

export type DecimalError = 'empty' | 'chars' | 'grouping' | 'sign';
export type DecimalResult = { ok: true; parts: DecimalParts; affixes: string[] } | { ok: false; reason: DecimalError };

export interface DecimalOptions {
  /** Read ',' as the decimal separator ('1.234,56'). Without it a comma is a decimal comma only when unambiguous. */
  decimalComma?: boolean;
  /** Tokens allowed before the number (e.g. currency symbols), tried case-insensitively. */
  prefixes?: readonly string[];
  /** Tokens allowed after the number (e.g. '元', '%', '分'). */
  suffixes?: readonly string[];
}

function startsWithToken(s: string, tokens: readonly string[]): string | null {
  const lower = s.toLowerCase();
  for (const t of tokens) if (lower.startsWith(t.toLowerCase())) return s.slice(0, t.length);
  return null;
}

function endsWithToken(s: string, tokens: readonly string[]): string | null {
  const lower = s.toLowerCase();
  for (const t of tokens) if (lower.endsWith(t.toLowerCase())) return s.slice(s.length - t.length);
  return null;
}

/** Peel signs, accounting parentheses and allowed affixes off both ends, in any order. */
function peel(input: string, opts: DecimalOptions) {
  let s = input.trim();
  let minus = 0;
  let plus = 0;
  const affixes: string[] = [];
  const prefixes = [...(opts.prefixes ?? [])].sort((a, b) => b.length - a.length);
  const suffixes = [...(opts.suffixes ?? [])].sort((a, b) => b.length - a.length);
  for (let guard = 0; guard < 12; guard++) {
    s = s.trim();
    if (s.length >= 2 && s.startsWith('(') && s.endsWith(')')) { minus++; s = s.slice(1, -1); continue; }
    if (s.startsWith('-')) { minus++; s = s.slice(1); continue; }
    if (s.startsWith('+')) { plus++; s = s.slice(1); continue; }
    if (s.length > 1 && s.endsWith('-')) { minus++; s = s.slice(0, -1); continue; }
    const p = startsWithToken(s, prefixes);
    if (p) { affixes.push(p); s = s.slice(p.length); continue; }
    const q = endsWithToken(s, suffixes);
    if (q) { affixes.push(q); s = s.slice(0, s.length - q.length); continue; }
    break;
  }
  return { body: s.trim(), minus, plus, affixes };
}

function validGroups(intPart: string, sep: RegExp): string | null {
  const groups = intPart.split(sep);
  if (groups.length === 1) return /^\d*$/.test(intPart) ? intPart : null;
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return null;
  return groups.join('');
}

function chooseDecimal(body: string, decimalComma: boolean): '.' | ',' | null {
  if (decimalComma) return ',';
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  if (comma >= 0) {
    if (body.indexOf(',') !== comma) return null; // several commas: grouping
    const after = body.slice(comma + 1);
    const before = body.slice(0, comma).replace(/[ ']/g, '');
    // '1,234' reads as thousands; '12,5' or '1234,56' can only be a decimal comma.
    if (/^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before)) return null;
    return ',';
  }
  if (dot >= 0) return body.indexOf('.') === dot ? '.' : null;
  return null;
}

/** Read a decimal number (signs, parentheses, affixes, thousands separators, exponent) exactly. */
export function parseDecimal(input: string, opts: DecimalOptions = {}): DecimalResult {
  if (input.trim() === '') return { ok: false, reason: 'empty' };
  const { body: rawBody, minus, plus, affixes } = peel(input, opts);
  if (minus + plus > 1) return { ok: false, reason: 'sign' };
  let body = rawBody;
  if (body === '') return { ok: false, reason: affixes.length || minus || plus ? 'chars' : 'empty' };
  let exp = 0;
  const e = /^([\d.]+)[eE]([+-]?\d{1,3})$/.exec(body);
  if (e) { body = e[1]; exp = Number(e[2]); }
  if (!/^[\d.,' ]+$/.test(body) || !/\d/.test(body)) return { ok: false, reason: 'chars' };
  const dec = chooseDecimal(body, opts.decimalComma === true);
  const groupSep = dec === ',' ? /[. ']/ : dec === '.' ? /[, ']/ : /[.,' ]/;
  const decPos = dec ? body.indexOf(dec) : -1;
  if (dec && body.lastIndexOf(dec) !== decPos) return { ok: false, reason: 'grouping' };
  const intRaw = decPos >= 0 ? body.slice(0, decPos) : body;
  const frac = decPos >= 0 ? body.slice(decPos + 1) : '';
  if (!/^\d*$/.test(frac)) return { ok: false, reason: 'grouping' };
  const seps = new Set(intRaw.replace(/\d/g, ''));
  if (seps.size > 1) return { ok: false, reason: 'grouping' };
  const int = validGroups(intRaw, groupSep);
  if (int === null || (int === '' && frac === '')) return { ok: false, reason: 'grouping' };
  let parts: DecimalParts = { negative: minus === 1, int: int.replace(/^0+/, '') || '0', frac };
  if (exp !== 0) parts = shiftDecimal(parts, exp);
  return { ok: true, parts, affixes };
}

/** Multiply by 10^n by moving the decimal point (exact). */
export function shiftDecimal(p: DecimalParts, n: number): DecimalParts {
  let { int, frac } = p;
  if (n > 0) {
    int += frac.slice(0, n).padEnd(n, '0');
    frac = frac.slice(n);
  } else if (n < 0) {
    const k = -n;
    const padded = int.padStart(k + 1, '0');
    frac = padded.slice(padded.length - k) + frac;
    int = padded.slice(0, padded.length - k);
  }
  return { negative: p.negative, int: int.replace(/^0+/, '') || '0', frac };
}

/** True when the value is zero. */
export function isZero(p: DecimalParts): boolean {
  return /^0*$/.test(p.int) && /^0*$/.test(p.frac);
}

/**
 * Scale to an integer of `digits` decimal places, rounding half AWAY from zero (1.005 → 101, -1.005 → -101).
 * `rounded` says whether non-zero digits were dropped.
 */
export function toScaledInteger(p: DecimalParts, digits: number): { value: bigint; rounded: boolean } {
  const kept = p.frac.slice(0, digits).padEnd(digits, '0');
  const dropped = p.frac.slice(digits);
  let mag = BigInt(p.int + kept);
  if (dropped !== '' && dropped[0] >= '5') mag += 1n;
  const rounded = /[1-9]/.test(dropped);
  return { value: p.negative ? -mag : mag, rounded };
}

/** Nearest double to the exact decimal (JS number parsing is correctly rounded). */
export function toNumber(p: DecimalParts): number {
  const n = Number(`${p.int}.${p.frac || '0'}`);
  return p.negative && n !== 0 ? -n : n;
}

/** value × p exactly, rounded half away from zero to an integer (e.g. unit price in fen × quantity 2.5). */
export function multiplyScaled(value: bigint, p: DecimalParts): { value: bigint; rounded: boolean } {
  const scale = 10n ** BigInt(p.frac.length);
  const product = value * BigInt(p.int + p.frac);
  const neg = (product < 0n) !== p.negative && product !== 0n;
  const mag = product < 0n ? -product : product;
  const q = mag / scale;
  const r = mag % scale;
  const out = r * 2n >= scale && r !== 0n ? q + 1n : q;
  return { value: neg ? -out : out, rounded: r !== 0n };
}
