import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDate, parseDateTime } from './dates';

const iso = (t: string | number | Date, dayFirst?: boolean) => {
  const r = parseDate(t, { dayFirst });
  if (!r.ok) throw new Error(`${t}: ${r.message.en}`);
  return r.iso;
};

describe('parseDate', () => {
  it.each([
    ['2024-03-05'], ['2024/3/5'], ['2024.3.5'], ['2024年3月5日'], ['2024 年 3 月 5 日'], ['２０２４－０３－０５'], ['20240305'],
    ['2024-3-5'], ['2024/03/05'], ['45356'], ['5-Mar-2024'], ['05-Mar-24'], ['5 March 2024'], ['Mar 5, 2024'], ['March 5th, 2024'],
    ['2024-03-05T10:00:00Z'], ['2024-03-05T23:59:59.123+08:00'], ['2024-03-05 08:26'], ['  2024-03-05  '], ['2024年3月5日 10:20'],
  ])('%s → 2024-03-05', (text) => {
    expect(iso(text)).toBe('2024-03-05');
  });

  it('dayFirst decides ambiguous numeric dates only', () => {
    expect(iso('05/03/2024', true)).toBe('2024-03-05');
    expect(iso('05/03/2024', false)).toBe('2024-05-03');
    expect(iso('05/03/2024')).toBe('2024-05-03');
    expect(iso('25/03/2024', false)).toBe('2024-03-25');
    expect(iso('25/03/2024', true)).toBe('2024-03-25');
    expect(iso('03/25/2024', true)).toBe('2024-03-25');
    expect(iso('5.3.2024', true)).toBe('2024-03-05');
    expect(iso('5-3-2024', true)).toBe('2024-03-05');
  });

  it('two-digit years: below 70 → 20xx, else 19xx', () => {
    expect(iso('3/5/24')).toBe('2024-03-05');
    expect(iso('3/5/69')).toBe('2069-03-05');
    expect(iso('3/5/70')).toBe('1970-03-05');
    expect(iso('12/31/99')).toBe('1999-12-31');
    expect(iso('31/12/00', true)).toBe('2000-12-31');
  });

  it('Excel serial numbers, with the 1900 leap-year bug', () => {
    expect(iso(45356)).toBe('2024-03-05');
    expect(iso('45356')).toBe('2024-03-05');
    expect(iso(45356.75)).toBe('2024-03-05');
    expect(iso('45356.5')).toBe('2024-03-05');
    expect(iso(61)).toBe('1900-03-01');
    expect(iso(59)).toBe('1900-02-28');
    expect(iso(1)).toBe('1900-01-01');
    expect(parseDate(60).ok).toBe(false); // Excel's phantom 1900-02-29
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(2958465)).toBe('9999-12-31');
    expect(iso(20240305)).toBe('2024-03-05'); // an 8-digit number is yyyymmdd
    expect(parseDate('12345').ok).toBe(false); // numeric text outside 20000–80000
    expect(parseDate('90000').ok).toBe(false);
    expect(iso('20000')).toBe('1954-10-03');
  });

  it('accepts JS Dates by their UTC day (as xlsx readers produce)', () => {
    expect(iso(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(parseDate(new Date('nope')).ok).toBe(false);
  });

  it('validates real calendar dates', () => {
    expect(iso('2024-02-29')).toBe('2024-02-29');
    expect(iso('2000-02-29')).toBe('2000-02-29');
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-01-32', '2024-01-00', '20230229', '31/04/2024']) {
      expect(parseDate(bad, { dayFirst: true }).ok, bad).toBe(false);
    }
    const r = parseDate('2023-02-29');
    expect(!r.ok && r.message).toEqual({
      zh: "'2023-02-29' 不是有效日期：2023年2月只有28天",
      en: "'2023-02-29' is not a real date: February 2023 has 28 days",
    });
  });

  it('explains unreadable dates in both languages', () => {
    const r = parseDate('2024/13/45');
    expect(!r.ok && r.message.en).toBe("cannot read '2024/13/45' as a date (expected e.g. 2024-03-05, 2024/3/5, 2024年3月5日)");
    expect(!r.ok && r.message.zh).toBe("无法将 '2024/13/45' 识别为日期（示例：2024-03-05、2024/3/5、2024年3月5日）");
    for (const bad of ['', 'abc', '2024', '2024-03', '2024-03-05x', '2024-03/05', '2024年3-5', '1/2/3/4', '2024-03-05 25:00', '2024-03-05 10:61', 'Foo 5, 2024', '0900-01-01']) {
      const res = parseDate(bad);
      expect(res.ok, bad).toBe(false);
      if (!res.ok) expect(res.message.zh.length).toBeGreaterThan(0);
    }
  });

  it('plausible years are configurable', () => {
    expect(parseDate('1850-01-01').ok).toBe(false);
    expect(parseDate('3000-01-01').ok).toBe(false);
    expect(parseDate('3000-01-01', { maxYear: 3000 })).toEqual({ ok: true, iso: '3000-01-01' });
    expect(parseDate('1850-01-01', { minYear: 1800 })).toEqual({ ok: true, iso: '1850-01-01' });
    const r = parseDate('1850-01-01');
    expect(!r.ok && r.message.en).toBe("the year 1850 in '1850-01-01' is outside 1900–2999");
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2010-12-01 08:26:00', '2010-12-01', '08:26:00'],
    ['2011/12/9 12:50', '2011-12-09', '12:50:00'],
    ['12/1/2010 8:26', '2010-12-01', '08:26:00'],
    ['2024-03-05T14:30:15Z', '2024-03-05', '14:30:15'],
    ['2024/3/5 下午 2:30:00', '2024-03-05', '14:30:00'],
    ['2024/3/5 上午 12:05', '2024-03-05', '00:05:00'],
    ['3/5/2024 2:30 PM', '2024-03-05', '14:30:00'],
    ['3/5/2024 12:30 am', '2024-03-05', '00:30:00'],
    ['20240305 23:59:59', '2024-03-05', '23:59:59'],
    ['2024-03-05', '2024-03-05', null],
  ])('%s', (text, date, time) => {
    expect(parseDateTime(text)).toEqual({ ok: true, iso: date, time });
  });

  it('keeps the time of an Excel serial and of a Date', () => {
    expect(parseDateTime(45356.75)).toEqual({ ok: true, iso: '2024-03-05', time: '18:00:00' });
    expect(parseDateTime(new Date(Date.UTC(2024, 2, 5, 9, 15)))).toEqual({ ok: true, iso: '2024-03-05', time: '09:15:00' });
  });

  it('rejects 13 PM', () => {
    expect(parseDateTime('2024-03-05 13:00 PM').ok).toBe(false);
  });
});

describe('parseDate properties', () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const day = fc.integer({ min: Date.UTC(1900, 2, 1) / 864e5, max: Date.UTC(2999, 11, 31) / 864e5 }).map((d) => {
    const dt = new Date(d * 864e5);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), serial: d + 25569, iso: dt.toISOString().slice(0, 10) };
  });
  const p2 = (n: number) => String(n).padStart(2, '0');
  type D = { y: number; m: number; d: number; serial: number; iso: string };
  const formats: [string, (x: D) => string | number | null, boolean?][] = [
    ['iso', (x) => x.iso],
    ['y/m/d', (x) => `${x.y}/${x.m}/${x.d}`],
    ['y.m.d', (x) => `${x.y}.${x.m}.${x.d}`],
    ['y-m-d unpadded', (x) => `${x.y}-${x.m}-${x.d}`],
    ['年月日', (x) => `${x.y}年${x.m}月${x.d}日`],
    ['yyyymmdd', (x) => `${x.y}${p2(x.m)}${p2(x.d)}`],
    ['dd/mm/yyyy', (x) => `${p2(x.d)}/${p2(x.m)}/${x.y}`, true],
    ['mm/dd/yyyy', (x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`, false],
    ['m/d/yy', (x) => (x.y >= 1970 && x.y < 2070 ? `${x.m}/${x.d}/${String(x.y).slice(2)}` : null), false],
    ['d.m.yyyy', (x) => `${x.d}.${x.m}.${x.y}`, true],
    ['d-Mon-yyyy', (x) => `${x.d}-${MONTHS[x.m - 1]}-${x.y}`],
    ['Mon d, yyyy', (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`],
    ['serial number', (x) => x.serial],
    ['serial text', (x) => (x.serial >= 20000 && x.serial <= 80000 ? String(x.serial) : null)],
    ['datetime', (x) => `${x.iso} 13:45:00`],
    ['ISO T', (x) => `${x.iso}T08:00:00Z`],
    ['y/m/d h:mm', (x) => `${x.y}/${x.m}/${x.d} 9:05`],
  ];

  it.each(formats)('round-trips %s', (_name, fmt, dayFirst) => {
    fc.assert(
      fc.property(day, (x) => {
        const text = fmt(x);
        if (text === null) return;
        expect(iso(text, dayFirst)).toBe(x.iso);
      }),
      { numRuns: 300 },
    );
  });
});
