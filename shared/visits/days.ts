/** Calendar days as whole numbers (days since 1970-01-01, UTC): no time zones, no Date objects in the planner. */
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDayNumber(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new RangeError(`expected a date YYYY-MM-DD, got "${iso}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: "${iso}"`);
  return ms / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** The Monday on or before the date. */
export function mondayOf(iso: string): string {
  const day = toDayNumber(iso);
  return fromDayNumber(day - (isoWeekday(day) - 1));
}
