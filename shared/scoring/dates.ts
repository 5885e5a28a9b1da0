/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings, as day numbers (days since 1970-01-01, proleptic
 * Gregorian, no time zones). Integer arithmetic only (H. Hinnant's civil-date algorithms), no Date
 * objects in the hot paths, no Date.now: every function is pure.
 */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Day number of a valid civil date. */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number, packed as y·10000 + m·100 + d (no allocation). */
export function packedCivil(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** Day number of `YYYY-MM-DD` (a longer ISO timestamp is cut to its date), or null if not a real date. */
export function parseDay(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayFromCivil(y, m, d);
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const p = packedCivil(day);
  return `${pad(Math.floor(p / 10000), 4)}-${pad(Math.floor(p / 100) % 100, 2)}-${pad(p % 100, 2)}`;
}

/** The same date `years` later; 29 Feb becomes 28 Feb in a common year. */
function anniversary(y: number, m: number, d: number, years: number): number {
  const ty = y + years;
  return dayFromCivil(ty, m, Math.min(d, daysInMonth(ty, m)));
}

/**
 * Calendar years from `startDay` to `endDay`: completed years plus the elapsed fraction of the
 * current year, so an anniversary gives a whole number (2020-03-01 → 2025-03-01 = 5).
 * 0 when start is on or after end.
 */
export function calendarYears(startDay: number, endDay: number): number {
  if (endDay <= startDay) return 0;
  const s = packedCivil(startDay);
  const y = Math.floor(s / 10000);
  const m = Math.floor(s / 100) % 100;
  const d = s % 100;
  let full = Math.floor(packedCivil(endDay) / 10000) - y;
  if (anniversary(y, m, d, full) > endDay) full -= 1;
  const from = anniversary(y, m, d, full);
  const next = anniversary(y, m, d, full + 1);
  return full + (endDay - from) / (next - from);
}
