/** parseDate / parseDateTime: many spellings of a day → ISO 'YYYY-MM-DD' (+ optional 'HH:MM:SS'). */
import { fail, foldForParsing, quote, type Fail } from './text';

export interface DateOptions {
  /** Read '05/03/2024' as 5 March (true) or May 3 (false, default). Unambiguous values ignore it. */
  dayFirst?: boolean;
  /** Plausible years (inclusive). Default 1900–2999. */
  minYear?: number;
  maxYear?: number;
}

export type DateResult = { ok: true; iso: string } | Fail;
export type DateTimeResult = { ok: true; iso: string; time: string | null } | Fail;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MS_DAY = 86_400_000;
/** Excel's day 0 for serials ≥ 61 (it counts the non-existent 1900-02-29 as day 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Excel 1900-system serial → ISO date (fraction = time of day, dropped here). Serial 60 is Excel's
 * phantom 1900-02-29 and gives null; serials 1–59 are shifted by the leap-year bug.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const ms = EXCEL_EPOCH + (day < 60 ? day + 1 : day) * MS_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

function serialTime(serial: number): string | null {
  const secs = Math.round((serial - Math.floor(serial)) * 86_400);
  if (secs === 0 || secs >= 86_400) return null;
  return `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
}

const EXAMPLES = { zh: '示例：2024-03-05、2024/3/5、2024年3月5日', en: 'expected e.g. 2024-03-05, 2024/3/5, 2024年3月5日' };
const unreadable = (s: string): Fail =>
  fail(`无法将 ${quote(s)} 识别为日期（${EXAMPLES.zh}）`, `cannot read ${quote(s)} as a date (${EXAMPLES.en})`);

const TIME =
  /^(?:T|\s+|\s*,\s*)(?:(上午|下午)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Parse what follows the date: '' → null time, a valid time → 'HH:MM:SS', else undefined (bad). */
function readTime(rest: string): string | null | undefined {
  if (rest.trim() === '') return null;
  const m = TIME.exec(rest);
  if (!m) return undefined;
  let h = Number(m[2]);
  const min = Number(m[3]);
  const sec = m[4] ? Number(m[4]) : 0;
  const mer = (m[1] ?? m[5] ?? '').toLowerCase();
  if (mer) {
    if (h < 1 || h > 12) return undefined;
    const pm = mer === '下午' || mer.startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return undefined;
  return `${pad(h)}:${pad(min)}:${pad(sec)}`;
}

const twoDigitYear = (y: string) => (y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));

interface Parts { y: number; m: number; d: number; rest: string }

function matchParts(s: string, dayFirst: boolean): Parts | null {
  let m = /^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})(\s*日)?(.*)$/.exec(s);
  if (m) {
    const [, y, s1, mo, s2, d, ri, rest] = m;
    const consistent = s1 === '年' ? s2 === '月' : s1 === s2 && !ri;
    return consistent ? { y: Number(y), m: Number(mo), d: Number(d), rest } : null;
  }
  m = /^(\d{4})(\d{2})(\d{2})((?:T|\s).*)?$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), rest: m[4] ?? '' };
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const df = a > 12 ? true : b > 12 ? false : dayFirst;
    return { y: twoDigitYear(m[4]), m: df ? b : a, d: df ? a : b, rest: m[5] };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})(?![\d:])(.*)$/i.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return { y: twoDigitYear(m[3]), m: MONTHS[m[2].toLowerCase()], d: Number(m[1]), rest: m[4] };
  m = /^([a-z]{3,9})\.?[\s\-/]*(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/]*(\d{4})(.*)$/i.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return { y: Number(m[3]), m: MONTHS[m[1].toLowerCase()], d: Number(m[2]), rest: m[4] };
  return null;
}

function checkYear(s: string, iso: string, opts: DateOptions): DateTimeResult | null {
  const y = Number(iso.slice(0, 4));
  const lo = opts.minYear ?? 1900;
  const hi = opts.maxYear ?? 2999;
  if (y < lo || y > hi) {
    return fail(`日期 ${quote(s)} 的年份 ${y} 不在 ${lo}–${hi} 之间`, `the year ${y} in ${quote(s)} is outside ${lo}–${hi}`);
  }
  return null;
}

function fromSerial(s: string, serial: number, opts: DateOptions): DateTimeResult {
  const iso = excelSerialToIso(serial);
  if (!iso) return unreadable(s);
  return checkYear(s, iso, opts) ?? { ok: true, iso, time: serialTime(serial) };
}

/**
 * Read a date and an optional time of day. Accepts ISO ('2024-03-05', '2024-03-05T08:26:00Z' — the date
 * is kept as written, time zones are not converted), 2024/3/5, 2024.3.5, 2024年3月5日, 20240305,
 * 05/03/2024 (dayFirst decides only when both parts ≤ 12), 3/5/24 (two-digit years: < 70 → 20xx, else 19xx),
 * 5-Mar-2024, Mar 5, 2024, Excel serials (numbers 1–2958465; numeric text only in 20000–80000), a
 * JS Date (its UTC calendar day, as xlsx readers produce), and times like '12:50', '8:26:00', '2:30 PM',
 * '下午 2:30:00'. The time comes back as 'HH:MM:SS' (24-hour) or null.
 */
export function parseDateTime(text: string | number | Date | null | undefined, opts: DateOptions = {}): DateTimeResult {
  if (text instanceof Date) {
    if (Number.isNaN(text.getTime())) return unreadable('Invalid Date');
    const iso = text.toISOString().slice(0, 10);
    const t = text.toISOString().slice(11, 19);
    return checkYear(iso, iso, opts) ?? { ok: true, iso, time: t === '00:00:00' ? null : t };
  }
  if (typeof text === 'number') {
    if (Number.isInteger(text) && text >= 10_000_000 && text <= 99_999_999) return parseDateTime(String(text), opts);
    return fromSerial(String(text), text, opts);
  }
  const s = foldForParsing(text ?? '').replace(/\s+/g, ' ');
  if (s === '') return fail('日期为空', 'the date is empty');
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= 20_000 && serial <= 80_000) return fromSerial(s, serial, opts);
    return unreadable(s);
  }
  const p = matchParts(s, opts.dayFirst === true);
  if (!p) return unreadable(s);
  const time = readTime(p.rest);
  if (time === undefined) {
    return fail(`无法识别 ${quote(s)} 中的时间（示例：2024-03-05 14:30）`, `cannot read the time in ${quote(s)} (expected e.g. 2024-03-05 14:30)`);
  }
  const iso = isoDate(p.y, p.m, p.d);
  if (!iso) {
    if (p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= 31) {
      const n = daysInMonth(p.y, p.m);
      const monthName = MONTH_NAMES[p.m - 1];
      return fail(
        `${quote(s)} 不是有效日期：${p.y}年${p.m}月只有${n}天`,
        `${quote(s)} is not a real date: ${monthName} ${p.y} has ${n} days`,
      );
    }
    return unreadable(s);
  }
  return checkYear(s, iso, opts) ?? { ok: true, iso, time };
}

/** Read a date (any time of day is dropped). See parseDateTime for the accepted forms. */
export function parseDate(text: string | number | Date | null | undefined, opts: DateOptions = {}): DateResult {
  const r = parseDateTime(text, opts);
  return r.ok ? { ok: true, iso: r.iso } : r;
}
