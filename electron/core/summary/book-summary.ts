import type { BookSummary } from '../../../shared/ipc/channels/app';
import { paretoFigures } from '../../../shared/scoring';
import type { Store } from '../db/store';
import { windowStart } from './window';

export interface SummaryOptions {
  asOf: string;
  window: 'all' | '365';
}

/** Customers, orders and net revenue of the book (up to asOf, over the window), and the top-20 % revenue share. */
export function bookSummary(store: Store, options: SummaryOptions): BookSummary {
  const from = options.window === 'all' ? '0000-01-01' : windowStart(options.asOf, 365);
  const perCustomer = store.sqlite
    .prepare(
      // a window holds much of the book: one pass over the table beats the index with a lookup per order
      `SELECT customer_key, sum(amount) AS revenue, count(*) AS orders
       FROM orders NOT INDEXED WHERE deleted = 0 AND order_date >= ? AND order_date <= ?
       GROUP BY customer_key`,
    )
    .all(from, options.asOf) as { customer_key: number; revenue: number; orders: number }[];
  const customers = store.sqlite
    .prepare(`SELECT count(*) AS n FROM customers WHERE deleted = 0 AND status != 'archived'`)
    .get() as { n: number };
  let revenue = 0;
  let orders = 0;
  for (const row of perCustomer) {
    revenue += row.revenue;
    orders += row.orders;
  }
  const revenues = perCustomer.map((row) => row.revenue);
  for (let i = perCustomer.length; i < customers.n; i++) revenues.push(0);
  return { customers: customers.n, orders, revenue, top20Share: paretoFigures(revenues).top20Share };
}
