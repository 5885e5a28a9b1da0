/**
 * Orders travel in a manager's pack as a snapshot, not cell by cell: the complete orders (tombstones left out)
 * of the pack's customers, as columns. The receiver replaces what it holds for those customers, so a rep sees
 * the same revenue, order counts and order list as the manager for every window, and re-rating reproduces the
 * manager's results. Orders are the manager's (ERP) data: a rep's pack never carries them.
 */
import type { OrdersSnapshot } from '../../../shared/sync';
import type { Core } from '../core';
import { ensureOrderAggregates } from '../scoring/order-day-totals';
import { orderStamp } from '../import/order-stamp';
import { badPack } from './pack-errors';

type OrderRow = [string, string, string, string, 'sale' | 'return', number, number | null, number | null, string | null, number];

/** The orders of these customers (all of them, in id order; a customer without orders is listed too). */
export function readOrdersSnapshot(core: Core, customerIds: readonly string[] | 'all'): OrdersSnapshot {
  const db = core.store.sqlite;
  const snapshot: OrdersSnapshot = {
    customers: customerIds === 'all' ? (db.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as string[]) : [...customerIds],
    customer: [], source: [], externalNo: [], date: [], kind: [], amount: [], cost: [], quantity: [], category: [], lineCount: [],
  };
  const position = new Map(snapshot.customers.map((id, i) => [id, i]));
  const add = (row: OrderRow) => {
    snapshot.customer.push(position.get(row[0])!);
    snapshot.source.push(row[1]);
    snapshot.externalNo.push(row[2]);
    snapshot.date.push(row[3]);
    snapshot.kind.push(row[4]);
    snapshot.amount.push(row[5]);
    snapshot.cost.push(row[6]);
    snapshot.quantity.push(row[7]);
    snapshot.category.push(row[8]);
    snapshot.lineCount.push(row[9]);
  };
  const columns = 'c.id, o.source, o.external_no, o.order_date, o.kind, o.amount, o.cost, o.quantity, o.category, o.line_count';
  if (customerIds === 'all') {
    const all = db.prepare(`SELECT ${columns} FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE o.deleted = 0 ORDER BY o.id`).raw();
    for (const row of all.iterate() as IterableIterator<OrderRow>) add(row);
  } else {
    const one = db.prepare(`SELECT ${columns} FROM customers c JOIN orders o ON o.customer_key = c.local_key WHERE c.id = ? AND o.deleted = 0 ORDER BY o.order_date, o.id`).raw();
    for (const id of customerIds) for (const row of one.all(id) as OrderRow[]) add(row);
  }
  return snapshot;
}

/**
 * Replaces the orders of the snapshot's customers (inside the caller's transaction) and brings their day totals
 * up to date. Every customer must be in the book by now (its row travels in the same pack, or was here before).
 */
export function applyOrdersSnapshot(core: Core, snapshot: OrdersSnapshot, stampHlc: string, file?: string): { customers: number; orders: number } {
  const db = core.store.sqlite;
  const keyOf = db.prepare('SELECT local_key FROM customers WHERE id = ?').pluck();
  const keys = snapshot.customers.map((id) => {
    const key = keyOf.get(id) as number | undefined;
    if (key === undefined) {
      throw badPack(
        'pack_malformed',
        `同步包已损坏：其中的订单属于本机没有的客户 ${id}。未做任何更改。`,
        `The sync pack is damaged: it holds orders of customer ${id}, which is not in this book. Nothing was changed.`,
        { customerId: id, ...(file ? { file } : {}) },
      );
    }
    return key;
  });
  const drop = db.prepare('DELETE FROM orders WHERE customer_key = ?');
  for (const key of keys) drop.run(key);
  const insert = db.prepare(
    `INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, cost, quantity, category, line_count, updated_at, deleted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (source, external_no) DO UPDATE SET customer_key = excluded.customer_key, order_date = excluded.order_date,
       kind = excluded.kind, amount = excluded.amount, cost = excluded.cost, quantity = excluded.quantity,
       category = excluded.category, line_count = excluded.line_count, updated_at = excluded.updated_at, deleted = 0`,
  );
  const stamp = orderStamp(stampHlc);
  const s = snapshot;
  for (let i = 0; i < s.customer.length; i++) {
    insert.run(s.source[i], s.externalNo[i], keys[s.customer[i]], s.date[i], s.kind[i], s.amount[i], s.cost[i], s.quantity[i], s.category[i], s.lineCount[i], stamp);
  }
  ensureOrderAggregates(core);
  return { customers: s.customers.length, orders: s.customer.length };
}
