import type { CustomerOrderRow } from '../../../shared/ipc/channels/customer-history';
import type { Core } from '../core';
import { getCustomer } from './customer-service';

/** One customer's orders (not deleted), newest first, paged. */
export function listCustomerOrders(core: Core, q: { customerId: string; limit: number; offset: number }): { total: number; rows: CustomerOrderRow[] } {
  getCustomer(core, q.customerId);
  const { store } = core;
  const key = store.qb.selectFrom('customers').select('local_key').where('id', '=', q.customerId);
  const base = store.qb.selectFrom('orders').where('customer_key', '=', key).where('deleted', '=', 0);
  const count = store.get(base.select((eb) => eb.fn.countAll<number>().as('n')));
  const rows = store.all(
    base
      .select(['id', 'source', 'external_no', 'order_date', 'kind', 'amount', 'cost', 'quantity', 'category', 'line_count'])
      .orderBy('order_date', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset),
  );
  return {
    total: count?.n ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      source: r.source,
      externalNo: r.external_no,
      date: r.order_date,
      kind: r.kind,
      amount: r.amount,
      cost: r.cost,
      quantity: r.quantity,
      category: r.category,
      lineCount: r.line_count,
    })),
  };
}
