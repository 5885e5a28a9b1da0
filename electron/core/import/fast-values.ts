/**
 * Fast paths for the common spellings of a value (ISO dates, plain decimals, ASCII codes). Each returns
 * null when unsure, and the caller falls back to the full parsers of shared/import, so results never differ.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DECIMAL = /^(-?)(\d{1,13})(?:\.(\d{1,6}))?$/;
const CODE = /^[!-~]+$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

export function fastDate(s: string): string | null {
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    // YYYY-MM-DD, the common case, without a regex match
    const y = digitsAt(s, 0, 4);
    const mo = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    return y >= 0 && mo >= 0 && d >= 0 && validDay(y, mo, d) ? s : null;
  }
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (!validDay(y, mo, d)) return null;
  return s.length === 10 && s.charCodeAt(4) === 45 ? s : `${m[1]}-${m[2]}-${m[3]}`;
}

/** An amount with at most `digits` decimals → integer units of 10^-digits. */
export function fastMoney(s: string, digits: number): number | null {
  // read in place (the DECIMAL shape: -?, 1 to 13 digits, optionally . and 1 to 6 digits), no match arrays
  const n = s.length;
  const neg = n > 0 && s.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  let whole = 0;
  const wholeStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === wholeStart || i - wholeStart > 13) return null;
  let frac = 0;
  let fracDigits = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46) return null;
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      frac = frac * 10 + c;
      fracDigits++;
    }
    if (fracDigits === 0 || fracDigits > 6) return null;
  }
  if (fracDigits > digits) return null;
  const v = whole * 10 ** digits + frac * 10 ** (digits - fracDigits);
  return neg ? -v || 0 : v;
}

export function fastNumber(s: string): number | null {
  return DECIMAL.test(s) ? Number(s) || 0 : null;
}

/** A printable ASCII code without spaces is already normalised. */
export function fastCode(s: string): string | null {
  return CODE.test(s) ? s : null;
}
