/**
 * Writes order lines as orders: lines sharing an order number are summed into one order (net amount, line
 * count, dated at its first line), in memory while they are near each other in the file; an order met again
 * after it left the window is merged in SQL (same import stamp in updated_at). Orders are upserted by
 * (source, external_no) with prepared statements: a re-import replaces and never doubles, and an order
 * whose values did not change is not touched. While the source held no orders before the import, a plain
 * INSERT does (the upsert only for an order number met again). Orders are not synced per cell, so no
 * change_log rows.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core';
import type { CustomerCache } from './customer-cache';
import type { OrderLine } from './order-rows';

interface PendingOrder {
  no: string;
  customerId: string;
  date: string;
  kind: 'sale' | 'return' | undefined;
  amount: number;
  cost: number | null;
  quantity: number | null;
  category: string | null;
  lines: number;
}

const WINDOW = 20_000;

const UPSERT = `INSERT INTO orders (source, external_no, customer_id, order_date, kind, amount, cost, quantity, category, line_count, updated_at, deleted)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
ON CONFLICT (source, external_no) DO UPDATE SET
  customer_id = excluded.customer_id,
  order_date = CASE WHEN orders.updated_at = excluded.updated_at THEN orders.order_date ELSE excluded.order_date END,
  kind = CASE WHEN orders.updated_at = excluded.updated_at AND orders.amount + excluded.amount < 0 THEN 'return' ELSE excluded.kind END,
  amount = CASE WHEN orders.updated_at = excluded.updated_at THEN orders.amount + excluded.amount ELSE excluded.amount END,
  cost = CASE WHEN orders.updated_at = excluded.updated_at AND (orders.cost IS NOT NULL OR excluded.cost IS NOT NULL)
    THEN coalesce(orders.cost, 0) + coalesce(excluded.cost, 0) ELSE excluded.cost END,
  quantity = CASE WHEN orders.updated_at = excluded.updated_at AND (orders.quantity IS NOT NULL OR excluded.quantity IS NOT NULL)
    THEN coalesce(orders.quantity, 0) + coalesce(excluded.quantity, 0) ELSE excluded.quantity END,
  category = coalesce(excluded.category, orders.category),
  line_count = CASE WHEN orders.updated_at = excluded.updated_at THEN orders.line_count + excluded.line_count ELSE excluded.line_count END,
  updated_at = excluded.updated_at,
  deleted = 0
WHERE orders.updated_at = excluded.updated_at OR orders.deleted <> 0
  OR orders.customer_id IS NOT excluded.customer_id OR orders.order_date IS NOT excluded.order_date
  OR orders.kind IS NOT excluded.kind OR orders.amount IS NOT excluded.amount OR orders.cost IS NOT excluded.cost
  OR orders.quantity IS NOT excluded.quantity OR orders.category IS NOT excluded.category
  OR orders.line_count IS NOT excluded.line_count`;

export class OrderWriter {
  private readonly pending = new Map<string, PendingOrder>();
  /** pending orders oldest first (a Map's iterator would walk over its deleted entries each time) */
  private queue: PendingOrder[] = [];
  private head = 0;
  private last: PendingOrder | null = null;
  private readonly upsert: Database.Statement;
  /** plain INSERT while the source held no orders before this import (no row to compare with) */
  private readonly insert: Database.Statement | null;
  private readonly round: (v: number | null) => number | null;
  lines = 0;
  flushed = 0;
  written = 0;

  constructor(
    core: Core,
    private readonly customers: CustomerCache,
    private readonly source: string,
    private readonly stamp: string,
    scale: number,
  ) {
    const db = core.store.sqlite;
    this.upsert = db.prepare(UPSERT);
    const sourceHasOrders = db.prepare('SELECT 1 FROM orders WHERE source = ? LIMIT 1').pluck().get(source) !== undefined;
    this.insert = sourceHasOrders ? null : db.prepare(UPSERT.slice(0, UPSERT.indexOf('\nON CONFLICT')));
    const f = 10 ** scale;
    // half away from zero, exact for integers below 2^53
    this.round = scale === 0 ? (v) => v : (v) => (v === null ? null : Math.sign(v) * Math.floor((Math.abs(v) + f / 2) / f));
  }

  add(line: OrderLine): void {
    this.lines++;
    let o = this.last !== null && this.last.no === line.orderNo ? this.last : this.pending.get(line.orderNo);
    if (o === undefined) {
      o = {
        no: line.orderNo, customerId: this.customers.resolve(line.code, line.name, line.region), date: line.date, kind: line.kind,
        amount: line.amount, cost: line.cost, quantity: line.quantity, category: line.category, lines: 1,
      };
      this.pending.set(o.no, o);
      this.queue.push(o);
      if (this.pending.size > WINDOW) this.flushOldest();
    } else {
      o.amount += line.amount;
      if (line.cost !== null) o.cost = (o.cost ?? 0) + line.cost;
      if (line.quantity !== null) o.quantity = (o.quantity ?? 0) + line.quantity;
      if (line.kind !== undefined) o.kind = line.kind;
      o.lines++;
    }
    this.last = o;
  }

  private flushOldest() {
    const first = this.queue[this.head++];
    if (this.head >= 65_536) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.pending.delete(first.no);
    if (this.last === first) this.last = null;
    this.write(first);
  }

  private write(o: PendingOrder) {
    const amount = this.round(o.amount) as number;
    const kind = amount < 0 ? 'return' : (o.kind ?? 'sale');
    const args = [this.source, o.no, o.customerId, o.date, kind, amount, this.round(o.cost), o.quantity, o.category, o.lines, this.stamp];
    let r: Database.RunResult;
    if (this.insert === null) r = this.upsert.run(...args);
    else {
      try {
        r = this.insert.run(...args);
      } catch (error) {
        // an order number met again after it left the window: merge it in SQL like any re-met order
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
        r = this.upsert.run(...args);
      }
    }
    this.flushed++;
    this.written += r.changes;
  }

  finish(): void {
    for (let i = this.head; i < this.queue.length; i++) this.write(this.queue[i]);
    this.pending.clear();
    this.queue = [];
    this.head = 0;
    this.last = null;
  }
}
