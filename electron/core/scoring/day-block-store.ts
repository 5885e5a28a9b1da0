/**
 * Reading and rewriting `order_day_blocks` (day-block.ts): all blocks in id order with a forward cursor for
 * the rating facts and the churn pass, a full rewrite from a stream of customers, and a rewrite of the few
 * blocks that hold changed customers (an import's touched customers, stale ones). A rewrite that would grow
 * a block past MAX_CUSTOMERS splits it into blocks of TARGET_CUSTOMERS.
 *
 * Customer ids are compared as JS strings; they are ASCII (UUIDs), where that order is SQLite's BINARY order.
 */
import type Database from 'better-sqlite3';
import type { Store } from '../db/store';
import { cachedRead } from './book-cache';
import { decodeDayBlock, DayBlockBuilder, type DayBlock } from './day-block';

export const TARGET_CUSTOMERS = 1000;
const MAX_CUSTOMERS = 2 * TARGET_CUSTOMERS;

export interface DayRef {
  block: DayBlock;
  k: number;
  /** the block's position among the blocks searched (set by DayCursor) */
  index?: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function readAllDayBlocks(db: Database.Database): DayBlock[] {
  return (db.prepare('SELECT data FROM order_day_blocks ORDER BY first_customer_id').pluck().all() as Buffer[]).map(decodeDayBlock);
}

/** Every block, decoded, as of the last committed change (kept in memory while the blocks do not change). */
export function bookDayBlocks(store: Store): DayBlock[] {
  return cachedRead(store, 'order_days', 'all', () => readAllDayBlocks(store.sqlite), (blocks) => blocks.reduce((n, b) => n + b.ids.length, 0));
}

/** Finds customers' days in blocks; fastest when asked in ascending id order (one forward pass). */
export class DayCursor {
  private b = 0;
  private k = 0;
  private last = '';

  constructor(private readonly blocks: readonly DayBlock[]) {}

  find(id: string): DayRef | null {
    if (id < this.last) {
      this.b = 0;
      this.k = 0;
    }
    this.last = id;
    const blocks = this.blocks;
    while (this.b < blocks.length) {
      const block = blocks[this.b];
      const n = block.ids.length;
      if (n === 0 || block.ids[n - 1] < id) {
        this.b++;
        this.k = 0;
        continue;
      }
      while (this.k < n && block.ids[this.k] < id) this.k++;
      return block.ids[this.k] === id ? { block, k: this.k, index: this.b } : null;
    }
    return null;
  }
}

/** Writes a block whenever the builder holds `cutAt` customers, and at `flush`. */
export class DayBlockWriter {
  readonly builder = new DayBlockBuilder();
  cutAt = TARGET_CUSTOMERS;
  private readonly insert: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO order_day_blocks (first_customer_id, customers, data) VALUES (?, ?, ?)');
  }

  /** Starts a customer (ids ascending); its entries follow through `builder.entry`. */
  customer(id: string): void {
    if (this.builder.customers >= this.cutAt) this.flush();
    this.builder.dropEmptyLast();
    this.builder.customer(id);
  }

  copy(ref: DayRef): void {
    this.customer(ref.block.ids[ref.k]);
    this.builder.copyEntries(ref.block, ref.k);
  }

  flush(): void {
    this.builder.dropEmptyLast();
    const n = this.builder.customers;
    if (n > 0) this.insert.run(this.builder.firstId, n, this.builder.build());
    this.builder.reset();
  }
}

/**
 * Rewrites the days of the given customers: for each one (ascending), `fill` writes its new entries through
 * the writer's builder, given its old days (null when it had none); no entries = no days. Only the blocks
 * holding these customers are read and rewritten.
 */
export function updateCustomerDays(
  db: Database.Database,
  customerIds: readonly string[],
  fill: (id: string, old: DayRef | null, writer: DayBlockWriter) => void,
): void {
  const ids = [...new Set(customerIds)].sort(cmp);
  if (ids.length === 0) return;
  const keys = db.prepare('SELECT id, first_customer_id FROM order_day_blocks ORDER BY first_customer_id').raw().all() as [number, string][];
  // the block of an id: the last one starting at or before it (the first block for smaller ids)
  const groups = new Map<number, string[]>();
  let b = 0;
  for (const id of ids) {
    while (b + 1 < keys.length && keys[b + 1][1] <= id) b++;
    const list = groups.get(b);
    if (list) list.push(id);
    else groups.set(b, [id]);
  }
  const read = db.prepare('SELECT data FROM order_day_blocks WHERE id = ?').pluck();
  const drop = db.prepare('DELETE FROM order_day_blocks WHERE id = ?');
  const writer = new DayBlockWriter(db);
  const one = (id: string, old: DayRef | null) => {
    writer.customer(id);
    fill(id, old, writer);
  };
  for (const [index, changed] of groups) {
    const rowId = keys[index]?.[0];
    const block = rowId === undefined ? null : decodeDayBlock(read.get(rowId) as Buffer);
    if (rowId !== undefined) drop.run(rowId);
    const old = block?.ids ?? [];
    // one block, unless it would grow past the maximum: then blocks of TARGET_CUSTOMERS
    writer.cutAt = old.length + changed.length <= MAX_CUSTOMERS ? Infinity : TARGET_CUSTOMERS;
    let i = 0;
    let j = 0;
    while (i < old.length || j < changed.length) {
      if (j >= changed.length || (i < old.length && old[i] < changed[j])) writer.copy({ block: block as DayBlock, k: i++ });
      else if (i < old.length && old[i] === changed[j]) one(changed[j++], { block: block as DayBlock, k: i++ });
      else one(changed[j++], null);
    }
    writer.flush();
  }
}

/** Replaces every block with the customers a stream writes (ids ascending), TARGET_CUSTOMERS per block. */
export function rewriteAllDays(db: Database.Database, write: (writer: DayBlockWriter) => void): void {
  db.exec('DELETE FROM order_day_blocks');
  const writer = new DayBlockWriter(db);
  write(writer);
  writer.flush();
}
