/**
 * Assembled orders as columns: what the import's worker thread posts to the writer. Numbers go as typed
 * arrays (NaN: no value), and the order numbers and categories each as one string with where each ends, so
 * a batch of thousands of orders crosses threads as a few buffers and two strings instead of thousands of
 * strings to clone (deserialising those cost the writer's thread ~0.1 s per million). Dates go as day
 * numbers only: an assembled order's date is always a calendar day, and its text is formatDay of it.
 * Customers are CustomerCache slots (customer-slots.ts).
 */
import { grown } from '../scoring/grow-array';

/** orders a batch holds before its columns double (a batch of 16,384 rows is at most that many orders) */
const INITIAL_CAPACITY = 1 << 14;

/** Strings packed in one: string i is text[ends[i - 1], ends[i]) (from 0 for the first); '' stands for none. */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

export const stringAt = (p: PackedStrings, i: number): string => p.text.slice(i === 0 ? 0 : p.ends[i - 1], p.ends[i]);

export interface OrderColumns {
  length: number;
  no: PackedStrings;
  /** '' for an order without one */
  category: PackedStrings;
  /** the order date's day number (shared/scoring/dates) */
  day: Int32Array;
  customer: Int32Array;
  amount: Float64Array;
  cost: Float64Array;
  quantity: Float64Array;
  lines: Int32Array;
  /** 1: a return, 0: a sale */
  returns: Uint8Array;
}

class PackedStringsBuilder {
  private parts: string[] = [];
  private length = 0;
  ends = new Int32Array(INITIAL_CAPACITY);

  push(i: number, s: string) {
    this.parts.push(s);
    this.length += s.length;
    this.ends[i] = this.length;
  }

  take(n: number): PackedStrings {
    const out = { text: this.parts.join(''), ends: this.ends.slice(0, n) };
    this.parts = [];
    this.length = 0;
    return out;
  }
}

/** Orders appended one by one into reused typed columns, then taken as copies of the filled part. */
export class OrderColumnsBuilder {
  private n = 0;
  private readonly no = new PackedStringsBuilder();
  private readonly category = new PackedStringsBuilder();
  private day = new Int32Array(INITIAL_CAPACITY);
  private customer = new Int32Array(INITIAL_CAPACITY);
  private amount = new Float64Array(INITIAL_CAPACITY);
  private cost = new Float64Array(INITIAL_CAPACITY);
  private quantity = new Float64Array(INITIAL_CAPACITY);
  private lines = new Int32Array(INITIAL_CAPACITY);
  private returns = new Uint8Array(INITIAL_CAPACITY);

  push(no: string, day: number, category: string | null, customer: number, amount: number, cost: number, quantity: number, lines: number, isReturn: boolean): void {
    if (this.n === this.day.length) this.grow();
    const i = this.n++;
    this.no.push(i, no);
    this.category.push(i, category ?? '');
    this.day[i] = day;
    this.customer[i] = customer;
    this.amount[i] = amount;
    this.cost[i] = cost;
    this.quantity[i] = quantity;
    this.lines[i] = lines;
    this.returns[i] = isReturn ? 1 : 0;
  }

  private grow() {
    const size = this.day.length * 2;
    this.no.ends = grown(this.no.ends, size);
    this.category.ends = grown(this.category.ends, size);
    this.day = grown(this.day, size);
    this.customer = grown(this.customer, size);
    this.amount = grown(this.amount, size);
    this.cost = grown(this.cost, size);
    this.quantity = grown(this.quantity, size);
    this.lines = grown(this.lines, size);
    this.returns = grown(this.returns, size);
  }

  take(): OrderColumns {
    const n = this.n;
    this.n = 0;
    return {
      length: n, no: this.no.take(n), category: this.category.take(n),
      day: this.day.slice(0, n), customer: this.customer.slice(0, n), amount: this.amount.slice(0, n), cost: this.cost.slice(0, n),
      quantity: this.quantity.slice(0, n), lines: this.lines.slice(0, n), returns: this.returns.slice(0, n),
    };
  }
}

/** The typed columns' buffers, to transfer instead of copy. */
export const columnBuffers = (c: OrderColumns): ArrayBuffer[] =>
  [c.no.ends, c.category.ends, c.day, c.customer, c.amount, c.cost, c.quantity, c.lines, c.returns].map((a) => a.buffer as ArrayBuffer);

export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
