/**
 * Fast paths for the common spellings of a value (ISO dates, plain decimals, ASCII codes). Each returns
 * null when unsure, and the caller falls back to the full parsers of shared/import, so results never differ.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DECIMAL = /^(-?)(\d{1,13})(?:\.(\d{1,6}))?$/;
const CODE = /^[!-~]+$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function fastDate(s: string): string | null {
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > DAYS[mo]) return null;
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return s.length === 10 && s.charCodeAt(4) === 45 ? s : `${m[1]}-${m[2]}-${m[3]}`;
}

/** An amount with at most `digits` decimals → integer units of 10^-digits. */
export function fastMoney(s: string, digits: number): number | null {
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > digits) return null;
  const v = Number(m[2]) * 10 ** digits + (frac ? Number(frac.padEnd(digits, '0')) : 0);
  return m[1] ? -v || 0 : v;
}

export function fastNumber(s: string): number | null {
  return DECIMAL.test(s) ? Number(s) || 0 : null;
}

/** A printable ASCII code without spaces is already normalised. */
export function fastCode(s: string): string | null {
  return CODE.test(s) ? s : null;
}
