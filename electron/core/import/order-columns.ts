/**
 * Assembled orders as columns: what the import's worker thread posts to the writer. Strings go as arrays,
 * numbers as typed arrays (NaN: no value), so a batch of thousands of orders crosses threads as a few
 * arrays instead of thousands of objects to clone. Customers are CustomerCache slots (customer-slots.ts).
 * Each order's day number is worked out on the reading side too, for the import's day totals.
 */
import { parseDay } from '../../../shared/scoring/dates';
import { grown } from '../scoring/grow-array';
import { NO_DAY } from '../scoring/day-sums';

/** orders a batch holds before its columns double (a batch of 16,384 rows is at most that many orders) */
const INITIAL_CAPACITY = 1 << 14;

export interface OrderColumns {
  length: number;
  no: string[];
  date: string[];
  /** the date's day number (shared/scoring parseDay), NO_DAY when it has none */
  day: Int32Array;
  category: (string | null)[];
  customer: Int32Array;
  amount: Float64Array;
  cost: Float64Array;
  quantity: Float64Array;
  lines: Int32Array;
  /** 1: a return, 0: a sale */
  returns: Uint8Array;
}

/** Orders appended one by one into reused typed columns, then taken as copies of the filled part. */
export class OrderColumnsBuilder {
  private n = 0;
  private no: string[] = [];
  private date: string[] = [];
  private category: (string | null)[] = [];
  private day = new Int32Array(INITIAL_CAPACITY);
  private customer = new Int32Array(INITIAL_CAPACITY);
  private amount = new Float64Array(INITIAL_CAPACITY);
  private cost = new Float64Array(INITIAL_CAPACITY);
  private quantity = new Float64Array(INITIAL_CAPACITY);
  private lines = new Int32Array(INITIAL_CAPACITY);
  private returns = new Uint8Array(INITIAL_CAPACITY);

  push(no: string, date: string, category: string | null, customer: number, amount: number, cost: number, quantity: number, lines: number, isReturn: boolean): void {
    if (this.n === this.day.length) this.grow();
    const i = this.n++;
    this.no.push(no);
    this.date.push(date);
    this.category.push(category);
    this.day[i] = parseDay(date) ?? NO_DAY;
    this.customer[i] = customer;
    this.amount[i] = amount;
    this.cost[i] = cost;
    this.quantity[i] = quantity;
    this.lines[i] = lines;
    this.returns[i] = isReturn ? 1 : 0;
  }

  private grow() {
    const size = this.day.length * 2;
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
    const out: OrderColumns = {
      length: n, no: this.no, date: this.date, category: this.category,
      day: this.day.slice(0, n), customer: this.customer.slice(0, n), amount: this.amount.slice(0, n), cost: this.cost.slice(0, n),
      quantity: this.quantity.slice(0, n), lines: this.lines.slice(0, n), returns: this.returns.slice(0, n),
    };
    this.n = 0;
    this.no = [];
    this.date = [];
    this.category = [];
    return out;
  }
}

/** The typed columns' buffers, to transfer instead of copy. */
export const columnBuffers = (c: OrderColumns): ArrayBuffer[] =>
  [c.day, c.customer, c.amount, c.cost, c.quantity, c.lines, c.returns].map((a) => a.buffer as ArrayBuffer);

export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
