/**
 * Assembled orders as columns: what the import's worker thread posts to the writer. Strings go as arrays,
 * numbers as typed arrays (NaN: no value), so a batch of thousands of orders crosses threads as a few
 * arrays instead of thousands of objects to clone.
 */
import type { AssembledOrder } from './order-assembler';

export interface OrderColumns {
  length: number;
  no: string[];
  code: string[];
  date: string[];
  name: (string | null)[];
  region: (string | null)[];
  category: (string | null)[];
  amount: Float64Array;
  cost: Float64Array;
  quantity: Float64Array;
  lines: Int32Array;
  /** 1: a return, 0: a sale */
  returns: Uint8Array;
}

export function orderColumns(capacity: number): OrderColumns {
  return {
    length: 0, no: [], code: [], date: [], name: [], region: [], category: [],
    amount: new Float64Array(capacity), cost: new Float64Array(capacity), quantity: new Float64Array(capacity),
    lines: new Int32Array(capacity), returns: new Uint8Array(capacity),
  };
}

/** Append one order; the caller keeps `length` below the capacity. */
export function pushOrder(c: OrderColumns, o: AssembledOrder): void {
  const i = c.length++;
  c.no.push(o.no);
  c.code.push(o.code);
  c.date.push(o.date);
  c.name.push(o.name ?? null);
  c.region.push(o.region ?? null);
  c.category.push(o.category);
  c.amount[i] = o.amount;
  c.cost[i] = o.cost ?? NaN;
  c.quantity[i] = o.quantity ?? NaN;
  c.lines[i] = o.lines;
  c.returns[i] = o.kind === 'return' ? 1 : 0;
}

/** The filled part of the typed columns (what is posted). */
export function trimmed(c: OrderColumns): OrderColumns {
  const n = c.length;
  return { ...c, amount: c.amount.slice(0, n), cost: c.cost.slice(0, n), quantity: c.quantity.slice(0, n), lines: c.lines.slice(0, n), returns: c.returns.slice(0, n) };
}

export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
