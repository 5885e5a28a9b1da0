/**
 * A customer's orders summed per day, packed as little-endian 24-byte entries sorted by day:
 * int32 day number (days since 1970-01-01), int32 sale orders, float64 net amount (minor units, returns
 * subtract), float64 cost (minor units; NaN when no order of the day carries a cost).
 */
export const DAY_ENTRY_BYTES = 24;

export interface DayTotal {
  day: number;
  sales: number;
  amount: number;
  cost: number | null;
}

/** Writes one day entry at offset o; returns the offset after it. */
export function packDay(buf: Buffer, o: number, day: number, sales: number, amount: number, cost: number | null): number {
  buf.writeInt32LE(day, o);
  buf.writeInt32LE(sales, o + 4);
  buf.writeDoubleLE(amount, o + 8);
  buf.writeDoubleLE(cost ?? NaN, o + 16);
  return o + DAY_ENTRY_BYTES;
}

export function packDays(days: readonly DayTotal[]): Buffer {
  const buf = Buffer.allocUnsafe(days.length * DAY_ENTRY_BYTES);
  let o = 0;
  for (const d of days) o = packDay(buf, o, d.day, d.sales, d.amount, d.cost);
  return buf;
}

export function unpackDays(buf: Buffer): DayTotal[] {
  const out: DayTotal[] = [];
  for (let o = 0; o + DAY_ENTRY_BYTES <= buf.length; o += DAY_ENTRY_BYTES) {
    const cost = buf.readDoubleLE(o + 16);
    out.push({ day: buf.readInt32LE(o), sales: buf.readInt32LE(o + 4), amount: buf.readDoubleLE(o + 8), cost: Number.isNaN(cost) ? null : cost });
  }
  return out;
}
