/**
 * Fast paths for the common spellings of a value (ISO dates, plain decimals, ASCII codes). Each returns
 * null when unsure, and the caller falls back to the full parsers of shared/import, so results never differ.
 * Dates, amounts and codes are read from s[from, to) (default: all of s), so a reader can take them out of a
 * line of text in place.
 */
import { dayFromCivil } from '../../../shared/scoring/dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DECIMAL = /^(-?)(\d{1,13})(?:\.(\d{1,6}))?$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** d digits of s from i as a number; -1 when one is not an ASCII digit */
function digitsAt(s: string, i: number, d: number): number {
  let v = 0;
  for (let k = i; k < i + d; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > DAYS[mo]) return false;
  return !(mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
}

/** The day number (shared/scoring/dates) of a date written YYYY-MM-DD (optionally with a time) or YYYYMMDD. */
export function fastDay(s: string, from = 0, to = s.length): number | null {
  if (to - from === 10 && s.charCodeAt(from + 4) === 45 && s.charCodeAt(from + 7) === 45) {
    // YYYY-MM-DD, the common case, without a regex match
    const y = digitsAt(s, from, 4);
    const mo = digitsAt(s, from + 5, 2);
    const d = digitsAt(s, from + 8, 2);
    return y >= 0 && mo >= 0 && d >= 0 && validDay(y, mo, d) ? dayFromCivil(y, mo, d) : null;
  }
  const t = s.slice(from, to);
  const m = ISO.exec(t) ?? COMPACT.exec(t);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return validDay(y, mo, d) ? dayFromCivil(y, mo, d) : null;
}

/** An amount with at most `digits` decimals → integer units of 10^-digits. */
export function fastMoney(s: string, digits: number, from = 0, to = s.length): number | null {
  // read in place (the DECIMAL shape: -?, 1 to 13 digits, optionally . and 1 to 6 digits), no match arrays
  const neg = to > from && s.charCodeAt(from) === 45;
  let i = neg ? from + 1 : from;
  let whole = 0;
  const wholeStart = i;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === wholeStart || i - wholeStart > 13) return null;
  let frac = 0;
  let fracDigits = 0;
  if (i < to) {
    if (s.charCodeAt(i) !== 46) return null;
    for (i++; i < to; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      frac = frac * 10 + c;
      fracDigits++;
    }
    if (fracDigits === 0 || fracDigits > 6) return null;
  }
  if (fracDigits > digits) return null;
  const v = whole * POW10[digits] + frac * POW10[digits - fracDigits];
  return neg ? -v || 0 : v;
}

export function fastNumber(s: string): number | null {
  return DECIMAL.test(s) ? Number(s) || 0 : null;
}

/** A printable ASCII code without spaces is already normalised. */
export function fastCode(s: string, from = 0, to = s.length): string | null {
  if (to <= from) return null;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 33 || c > 126) return null;
  }
  return s.slice(from, to);
}
