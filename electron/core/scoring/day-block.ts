/**
 * Customers' orders summed per day, packed a block of customers per BLOB (`order_day_blocks`, migration 0006):
 * the rating facts read ~100 BLOBs for 100,000 customers instead of one row per customer.
 *
 * Layout (little endian; float64 sections first, so they are 8-byte aligned):
 *   u8 format · u8 has cost · u16 0 · u32 n customers · u32 e entries · u32 bytes of ids
 *   f64 amount[e] (net, minor units; returns subtract) · f64 cost[e] (only with costs; NaN = no cost that day) ·
 *   i32 start[n + 1] (customer k's entries are start[k] … start[k + 1] − 1) · i32 day[e] (days since
 *   1970-01-01, ascending per customer) · i32 sales[e] (sale orders that day) · UTF-8 ids joined by "\n"
 * Customers are in id order within a block, and blocks cover ascending, disjoint id ranges.
 */
import { grown } from './grow-array';

const FORMAT = 1;
const HEADER = 16;

export interface DayBlock {
  ids: string[];
  start: Int32Array;
  day: Int32Array;
  sales: Int32Array;
  amount: Float64Array;
  /** null when no entry of the block has a cost */
  cost: Float64Array | null;
}

/** A block's columns are views on `data` itself when it is 8-byte aligned (a BLOB SQLite handed over), else on a copy. */
export function decodeDayBlock(data: Uint8Array): DayBlock {
  let ab = data.buffer as ArrayBuffer;
  let base = data.byteOffset;
  if (base % 8 !== 0) {
    ab = new ArrayBuffer(data.length);
    new Uint8Array(ab).set(data);
    base = 0;
  }
  const view = new DataView(ab, base, data.length);
  if (view.getUint8(0) !== FORMAT) throw new Error(`unknown day block format ${view.getUint8(0)}`);
  const hasCost = view.getUint8(1) === 1;
  const n = view.getUint32(4, true);
  const e = view.getUint32(8, true);
  const idBytes = view.getUint32(12, true);
  let at = base + HEADER;
  const amount = new Float64Array(ab, at, e);
  at += e * 8;
  const cost = hasCost ? new Float64Array(ab, at, e) : null;
  if (hasCost) at += e * 8;
  const start = new Int32Array(ab, at, n + 1);
  at += (n + 1) * 4;
  const day = new Int32Array(ab, at, e);
  at += e * 4;
  const sales = new Int32Array(ab, at, e);
  at += e * 4;
  const ids = n === 0 ? [] : Buffer.from(ab, at, idBytes).toString('utf8').split('\n');
  return { ids, start, day, sales, amount, cost };
}

/** Builds one block customer by customer, entry by entry (days ascending within a customer). */
export class DayBlockBuilder {
  private ids: string[] = [];
  private starts: number[] = [];
  private e = 0;
  private day = new Int32Array(1024);
  private sales = new Int32Array(1024);
  private amount = new Float64Array(1024);
  private cost = new Float64Array(1024);
  private hasCost = false;

  get customers(): number {
    return this.ids.length;
  }

  /** The first customer's id (undefined while empty). */
  get firstId(): string | undefined {
    return this.ids[0];
  }

  customer(id: string): void {
    this.ids.push(id);
    this.starts.push(this.e);
  }

  entry(day: number, sales: number, amount: number, cost: number | null): void {
    if (this.e === this.day.length) this.grow();
    const i = this.e++;
    this.day[i] = day;
    this.sales[i] = sales;
    this.amount[i] = amount;
    const c = cost ?? NaN;
    this.cost[i] = c;
    if (c === c) this.hasCost = true;
  }

  /** Adds customer k's entries of a decoded block to the customer started last. */
  copyEntries(block: DayBlock, k: number): void {
    for (let i = block.start[k]; i < block.start[k + 1]; i++) this.entry(block.day[i], block.sales[i], block.amount[i], block.cost ? block.cost[i] : NaN);
  }

  /** Drops the last customer started when it got no entries (a customer without orders has no days). */
  dropEmptyLast(): void {
    const k = this.ids.length - 1;
    if (k >= 0 && this.starts[k] === this.e) {
      this.ids.pop();
      this.starts.pop();
    }
  }

  private grow() {
    const size = this.day.length * 2;
    this.day = grown(this.day, size);
    this.sales = grown(this.sales, size);
    this.amount = grown(this.amount, size);
    this.cost = grown(this.cost, size);
  }

  build(): Buffer {
    const n = this.ids.length;
    const e = this.e;
    const idBytes = Buffer.from(this.ids.join('\n'), 'utf8');
    const floats = this.hasCost ? 2 * e : e;
    const ints = n + 1 + 2 * e;
    const size = HEADER + floats * 8 + ints * 4 + idBytes.length;
    const ab = new ArrayBuffer(size);
    const view = new DataView(ab);
    view.setUint8(0, FORMAT);
    view.setUint8(1, this.hasCost ? 1 : 0);
    view.setUint32(4, n, true);
    view.setUint32(8, e, true);
    view.setUint32(12, idBytes.length, true);
    let at = HEADER;
    new Float64Array(ab, at, e).set(this.amount.subarray(0, e));
    at += e * 8;
    if (this.hasCost) {
      new Float64Array(ab, at, e).set(this.cost.subarray(0, e));
      at += e * 8;
    }
    const start = new Int32Array(ab, at, n + 1);
    start.set(this.starts);
    start[n] = e;
    at += (n + 1) * 4;
    new Int32Array(ab, at, e).set(this.day.subarray(0, e));
    at += e * 4;
    new Int32Array(ab, at, e).set(this.sales.subarray(0, e));
    at += e * 4;
    const out = Buffer.from(ab);
    idBytes.copy(out, at);
    return out;
  }

  reset(): void {
    this.ids = [];
    this.starts = [];
    this.e = 0;
    this.hasCost = false;
  }
}
