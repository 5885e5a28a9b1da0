/**
 * Assembled orders as columns: what the import's worker thread posts to the writer. Strings go as arrays,
 * numbers as typed arrays (NaN: no value), so a batch of thousands of orders crosses threads as a few
 * arrays instead of thousands of objects to clone. Customers are CustomerCache slots (customer-slots.ts).
 * Each order's day number is worked out on the reading side too, for the import's day totals.
 */
import { parseDay } from '../../../shared/scoring/dates';
import { NO_DAY } from '../scoring/order-day-deltas';

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

/** Orders appended one by one, then taken as columns. */
export class OrderColumnsBuilder {
  private no: string[] = [];
  private date: string[] = [];
  private day: number[] = [];
  private category: (string | null)[] = [];
  private customer: number[] = [];
  private amount: number[] = [];
  private cost: number[] = [];
  private quantity: number[] = [];
  private lines: number[] = [];
  private returns: number[] = [];

  push(no: string, date: string, category: string | null, customer: number, amount: number, cost: number, quantity: number, lines: number, isReturn: boolean): void {
    this.no.push(no);
    this.date.push(date);
    this.day.push(parseDay(date) ?? NO_DAY);
    this.category.push(category);
    this.customer.push(customer);
    this.amount.push(amount);
    this.cost.push(cost);
    this.quantity.push(quantity);
    this.lines.push(lines);
    this.returns.push(isReturn ? 1 : 0);
  }

  take(): OrderColumns {
    const out: OrderColumns = {
      length: this.no.length, no: this.no, date: this.date, day: Int32Array.from(this.day), category: this.category,
      customer: Int32Array.from(this.customer), amount: Float64Array.from(this.amount), cost: Float64Array.from(this.cost),
      quantity: Float64Array.from(this.quantity), lines: Int32Array.from(this.lines), returns: Uint8Array.from(this.returns),
    };
    this.no = [];
    this.date = [];
    this.day = [];
    this.category = [];
    this.customer = [];
    this.amount = [];
    this.cost = [];
    this.quantity = [];
    this.lines = [];
    this.returns = [];
    return out;
  }
}

/** The typed columns' buffers, to transfer instead of copy. */
export const columnBuffers = (c: OrderColumns): ArrayBuffer[] =>
  [c.day, c.customer, c.amount, c.cost, c.quantity, c.lines, c.returns].map((a) => a.buffer as ArrayBuffer);

export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
