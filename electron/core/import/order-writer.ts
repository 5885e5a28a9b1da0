/**
 * Writes order lines as orders: lines sharing an order number are summed into one order (net amount, line
 * count, dated at its first line), in memory while they are near each other in the file; an order met again
 * after it left the window is merged in SQL (same import stamp in updated_at). Orders are upserted by
 * (source, external_no) with prepared statements: a re-import replaces and never doubles, and an order
 * whose values did not change is not touched. While the source held no orders before the import, a plain
 * INSERT does, 128 orders per statement (the upsert only for an order number met again); what it inserts is
 * summed into the import's day totals. Orders are not synced per cell, so no change_log rows.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core';
import type { CustomerCache } from './customer-cache';
import type { OrderDayDeltas } from './order-day-deltas';
import type { OrderLine } from './order-rows';

interface PendingOrder {
  no: string;
  /** the customer's slot in the CustomerCache */
  customer: number;
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

const COLUMNS = 11;

/** orders per multi-row INSERT while plain inserts do (fewer calls into SQLite; a conflict redoes the batch row by row) */
const BATCH = 128;

export class OrderWriter {
  private readonly pending = new Map<string, PendingOrder>();
  /** pending orders oldest first (a Map's iterator would walk over its deleted entries each time) */
  private queue: PendingOrder[] = [];
  private head = 0;
  private last: PendingOrder | null = null;
  private readonly upsert: Database.Statement;
  /** plain INSERT while the source held no orders before this import (no row to compare with) */
  private readonly insert: Database.Statement | null;
  private readonly insertBatch: Database.Statement | null;
  /** the next multi-row INSERT's parameters, positional, reused */
  private readonly batch: unknown[];
  private batched: PendingOrder[] = [];
  private readonly one: unknown[] = new Array(COLUMNS);
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
    /** the day totals of what is inserted (the import keeps customer_order_days current with them) */
    private readonly days: OrderDayDeltas | null = null,
  ) {
    const db = core.store.sqlite;
    this.upsert = db.prepare(UPSERT);
    const sourceHasOrders = db.prepare('SELECT 1 FROM orders WHERE source = ? LIMIT 1').pluck().get(source) !== undefined;
    const insert = UPSERT.slice(0, UPSERT.indexOf('\nON CONFLICT'));
    this.insert = sourceHasOrders ? null : db.prepare(insert);
    const row = insert.slice(insert.indexOf('VALUES') + 7);
    this.insertBatch = sourceHasOrders ? null : db.prepare(`${insert}${`, ${row}`.repeat(BATCH - 1)}`);
    this.batch = new Array(BATCH * COLUMNS);
    for (let at = 0; at < this.batch.length; at += COLUMNS) {
      this.batch[at] = source;
      this.batch[at + 10] = stamp;
    }
    if (sourceHasOrders) days?.invalidate();
    const f = 10 ** scale;
    // half away from zero, exact for integers below 2^53
    this.round = scale === 0 ? (v) => v : (v) => (v === null ? null : Math.sign(v) * Math.floor((Math.abs(v) + f / 2) / f));
  }

  add(line: OrderLine): void {
    this.lines++;
    let o = this.last !== null && this.last.no === line.orderNo ? this.last : this.pending.get(line.orderNo);
    if (o === undefined) {
      const slot = this.customers.resolveSlot(line.code, line.name, line.region);
      o = {
        no: line.orderNo, customer: slot, customerId: this.customers.idAt(slot), date: line.date, kind: line.kind,
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

  /** the stored amount and kind of an order */
  private settle(o: PendingOrder) {
    const amount = this.round(o.amount) as number;
    o.amount = amount;
    o.cost = this.round(o.cost);
    o.kind = amount < 0 ? 'return' : (o.kind ?? 'sale');
  }

  /** the reused parameters of one order's INSERT or upsert */
  private oneArgs(o: PendingOrder): unknown[] {
    const args = this.one;
    args[0] = this.source;
    args[1] = o.no;
    args[2] = o.customerId;
    args[3] = o.date;
    args[4] = o.kind;
    args[5] = o.amount;
    args[6] = o.cost;
    args[7] = o.quantity;
    args[8] = o.category;
    args[9] = o.lines;
    args[10] = this.stamp;
    return args;
  }

  private write(o: PendingOrder) {
    this.settle(o);
    if (this.insertBatch === null) {
      this.flushed++;
      this.written += this.upsert.run(this.oneArgs(o)).changes;
      return;
    }
    const b = this.batch;
    const at = this.batched.length * COLUMNS; // source and stamp are in place
    b[at + 1] = o.no;
    b[at + 2] = o.customerId;
    b[at + 3] = o.date;
    b[at + 4] = o.kind;
    b[at + 5] = o.amount;
    b[at + 6] = o.cost;
    b[at + 7] = o.quantity;
    b[at + 8] = o.category;
    b[at + 9] = o.lines;
    this.batched.push(o);
    if (this.batched.length === BATCH) this.writeBatch();
  }

  private writeBatch() {
    const orders = this.batched;
    if (orders.length === 0) return;
    this.batched = [];
    if (orders.length === BATCH) {
      try {
        this.insertBatch?.run(this.batch);
        for (const o of orders) this.inserted(o);
        this.flushed += orders.length;
        this.written += orders.length;
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
        // the statement was undone as a whole: redo its orders one by one below
      }
    }
    for (const o of orders) this.writeOne(o);
  }

  /** One order by plain INSERT; an order number met again after it left the window is merged in SQL. */
  private writeOne(o: PendingOrder) {
    const args = this.oneArgs(o);
    let changes: number;
    try {
      changes = (this.insert as Database.Statement).run(args).changes;
      this.inserted(o);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      this.days?.invalidate();
      changes = this.upsert.run(args).changes;
    }
    this.flushed++;
    this.written += changes;
  }

  private inserted(o: PendingOrder) {
    this.days?.add(o.customer, o.date, o.kind === 'sale', o.amount, o.cost);
  }

  finish(): void {
    for (let i = this.head; i < this.queue.length; i++) this.write(this.queue[i]);
    this.writeBatch();
    this.pending.clear();
    this.queue = [];
    this.head = 0;
    this.last = null;
  }
}
