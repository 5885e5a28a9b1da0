/**
 * Writes assembled orders (order-assembler.ts) to `orders`, upserted by (source, external_no) with prepared
 * statements: a re-import replaces and never doubles, an order whose values did not change is not touched,
 * and an order number met again after it left the assembler's window is merged in SQL (same import stamp in
 * updated_at). While the source held no orders before the import, a plain INSERT does, 128 orders per
 * statement (the upsert only for an order number met again); what it inserts is summed into the import's
 * day totals. Orders arrive naming their customers by CustomerCache slot (customer-slots.ts) and are stored with
 * the customer's local_key (migration 0009). Orders are not synced per cell, so no change_log rows.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core';
import type { CustomerCache } from './customer-cache';
import { orNull, stringAt, type OrderColumns } from './order-columns';
import { formatDay } from '../../../shared/scoring/dates';
import { dayInputs } from '../scoring/day-sums';
import type { OrderDayDeltas } from '../scoring/order-day-deltas';

const UPSERT = `INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, cost, quantity, category, line_count, updated_at, deleted)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
ON CONFLICT (source, external_no) DO UPDATE SET
  customer_key = excluded.customer_key,
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
  OR orders.customer_key IS NOT excluded.customer_key OR orders.order_date IS NOT excluded.order_date
  OR orders.kind IS NOT excluded.kind OR orders.amount IS NOT excluded.amount OR orders.cost IS NOT excluded.cost
  OR orders.quantity IS NOT excluded.quantity OR orders.category IS NOT excluded.category
  OR orders.line_count IS NOT excluded.line_count`;

/** the batch INSERT's parameters per order: source and stamp are the same for every order, so they are literals */
const BATCH_COLUMNS = 9;
/**
 * A batch none of whose orders has a cost, quantity or category, or more than one line (a plain export of
 * order totals) goes in by a statement with those as literals: 5 parameters per order instead of 9, which
 * SQLite binds ~15 % faster.
 */
const PLAIN_COLUMNS = 5;
const PLAIN_VALUES = 'NULL, NULL, NULL, 1';
const sqlText = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** orders per multi-row INSERT while plain inserts do (fewer calls into SQLite; a conflict redoes the batch row by row) */
const BATCH = 128;

/** formatDay, remembered: an import writes the same few thousand days over and over. */
class DayTexts {
  private readonly texts = new Map<number, string>();

  text(day: number): string {
    let t = this.texts.get(day);
    if (t === undefined) this.texts.set(day, (t = formatDay(day)));
    return t;
  }
}

export class OrderWriter {
  private readonly upsert: Database.Statement;
  /** plain INSERT while the source held no orders before this import (no row to compare with) */
  private readonly insert: Database.Statement | null;
  private readonly insertBatch: Database.Statement | null;
  private readonly insertPlainBatch: Database.Statement | null;
  /** the next multi-row INSERT's parameters, positional, reused; and what the day totals need of its orders */
  private readonly batch: unknown[];
  /** the batch's orders are all plain so far (PLAIN_COLUMNS); its parameters for the plain statement */
  private plain = true;
  private readonly plainBatch: unknown[];
  private readonly pending = dayInputs(BATCH);
  private readonly dates = new DayTexts();
  private batched = 0;
  flushed = 0;
  written = 0;

  constructor(
    core: Core,
    private readonly customers: CustomerCache,
    private readonly source: string,
    private readonly stamp: string,
    /** the day totals of what is inserted (the import keeps the day blocks current with them) */
    private readonly days: OrderDayDeltas | null = null,
  ) {
    const db = core.store.sqlite;
    this.upsert = db.prepare(UPSERT);
    const sourceHasOrders = db.prepare('SELECT 1 FROM orders WHERE source = ? LIMIT 1').pluck().get(source) !== undefined;
    const insert = UPSERT.slice(0, UPSERT.indexOf('\nON CONFLICT'));
    this.insert = sourceHasOrders ? null : db.prepare(insert);
    const head = insert.slice(0, insert.indexOf('VALUES') + 7);
    const rows = (values: string) => `${head}${Array(BATCH).fill(`(${sqlText(source)}, ${values}, ${sqlText(stamp)}, 0)`).join(', ')}`;
    this.insertBatch = sourceHasOrders ? null : db.prepare(rows(Array(BATCH_COLUMNS).fill('?').join(', ')));
    this.insertPlainBatch = sourceHasOrders ? null : db.prepare(rows(`${Array(PLAIN_COLUMNS).fill('?').join(', ')}, ${PLAIN_VALUES}`));
    this.batch = new Array(BATCH * BATCH_COLUMNS);
    this.plainBatch = new Array(BATCH * PLAIN_COLUMNS);
    if (sourceHasOrders) days?.invalidate();
  }

  /** Write a batch of orders, in order (their customers exist in the cache). */
  write(orders: OrderColumns): void {
    const { customer, day, amount, cost, quantity, lines, returns } = orders;
    const p = this.pending;
    for (let i = 0; i < orders.length; i++) {
      const slot = customer[i];
      const customerKey = this.customers.keyAt(slot);
      const kind = returns[i] === 1 ? 'return' : 'sale';
      const no = stringAt(orders.no, i);
      const date = this.dates.text(day[i]);
      const category = stringAt(orders.category, i) || null;
      if (this.insertBatch === null) {
        this.flushed++;
        this.written += this.upsert.run(this.source, no, customerKey, date, kind, amount[i], orNull(cost[i]), orNull(quantity[i]), category, lines[i], this.stamp).changes;
        continue;
      }
      const j = this.batched;
      p.slot[j] = slot;
      p.day[j] = day[i];
      p.amount[j] = amount[i];
      p.cost[j] = cost[i];
      p.sale[j] = returns[i] === 1 ? 0 : 1;
      const b = this.batch;
      const at = j * BATCH_COLUMNS;
      b[at] = no;
      b[at + 1] = customerKey;
      b[at + 2] = date;
      b[at + 3] = kind;
      b[at + 4] = amount[i];
      b[at + 5] = orNull(cost[i]);
      b[at + 6] = orNull(quantity[i]);
      b[at + 7] = category;
      b[at + 8] = lines[i];
      this.plain &&= b[at + 5] === null && b[at + 6] === null && b[at + 7] === null && b[at + 8] === 1;
      if (++this.batched === BATCH) this.writeBatch();
    }
  }

  private writeBatch() {
    const n = this.batched;
    if (n === 0) return;
    this.batched = 0;
    const plain = this.plain;
    this.plain = true;
    if (n === BATCH) {
      try {
        if (plain) this.insertPlainBatch?.run(this.plainValues());
        else this.insertBatch?.run(this.batch);
        this.days?.addMany(this.pending, n);
        this.flushed += n;
        this.written += n;
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
        // the statement was undone as a whole: redo its orders one by one below
      }
    }
    for (let j = 0; j < n; j++) this.writeOne(j);
  }

  /** The full batch's parameters for the plain statement: each order's first PLAIN_COLUMNS. */
  private plainValues(): unknown[] {
    const b = this.batch;
    const p = this.plainBatch;
    for (let j = 0, from = 0, to = 0; j < BATCH; j++, from += BATCH_COLUMNS) for (let c = 0; c < PLAIN_COLUMNS; c++) p[to++] = b[from + c];
    return p;
  }

  /** The pending batch's j-th order by plain INSERT; an order number met again after it left the window is merged in SQL. */
  private writeOne(j: number) {
    const b = this.batch;
    const at = j * BATCH_COLUMNS;
    const args = [this.source, b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6], b[at + 7], b[at + 8], this.stamp];
    let changes: number;
    try {
      changes = (this.insert as Database.Statement).run(args).changes;
      this.days?.addOne(this.pending, j);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      this.days?.invalidate();
      changes = this.upsert.run(args).changes;
    }
    this.flushed++;
    this.written += changes;
  }

  /** Write what is left of the last multi-row INSERT. */
  finish(): void {
    this.writeBatch();
  }
}
