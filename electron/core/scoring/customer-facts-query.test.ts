import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerFacts } from '../../../shared/scoring';
import { windowBounds } from '../../../shared/scoring';
import type { Core } from '../core';
import { loadCustomerFacts } from './customer-facts-query';
import { addCustomer, demoCore, tempCore } from './scoring-test-kit';

/** The facts of one customer straight from orders and assessments, the slow obvious way. */
function naiveFacts(core: Core, id: string, asOf: string, days: number | 'all'): Partial<CustomerFacts> {
  const b = windowBounds(asOf, days === 'all' ? { kind: 'all' } : { kind: 'days', days });
  const db = core.store.sqlite;
  const orders = db
    .prepare('SELECT order_date AS d, kind, amount, cost FROM orders WHERE customer_key = (SELECT local_key FROM customers WHERE id = ?) AND deleted = 0 AND order_date <= ?')
    .all(id, asOf) as { d: string; kind: string; amount: number; cost: number | null }[];
  const inWin = orders.filter((o) => b.start === null || o.d >= b.start);
  const sales = orders.filter((o) => o.kind === 'sale').map((o) => o.d).sort();
  const costs = inWin.filter((o) => o.cost !== null);
  const a = db
    .prepare('SELECT * FROM assessments WHERE customer_id = ? AND deleted = 0 AND assessed_on <= ? ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT 1')
    .get(id, asOf) as Record<string, never> | undefined;
  return {
    revenue: inWin.reduce((s, o) => s + o.amount, 0),
    orderCount: inWin.filter((o) => o.kind === 'sale').length,
    activeMonths: new Set(inWin.filter((o) => o.kind === 'sale').map((o) => o.d.slice(0, 7))).size,
    prevRevenue: b.prevStart === null ? 0 : orders.filter((o) => o.d >= (b.prevStart as string) && o.d <= (b.prevEnd as string)).reduce((s, o) => s + o.amount, 0),
    cost: costs.length ? costs.reduce((s, o) => s + (o.cost as number), 0) : null,
    firstOrderDate: sales[0] ?? null,
    lastOrderDate: sales.at(-1) ?? null,
    assessment: a ? { satisfaction: a.satisfaction, recommend: a.recommend, referrals: a.referrals, influence: a.influence, potential: a.potential, relationship: a.relationship } : null,
  };
}

const pick = (f: CustomerFacts) => ({
  revenue: f.revenue, orderCount: f.orderCount, activeMonths: f.activeMonths, prevRevenue: f.prevRevenue, cost: f.cost,
  firstOrderDate: f.firstOrderDate, lastOrderDate: f.lastOrderDate, assessment: f.assessment,
});

describe('loadCustomerFacts on a demo book', () => {
  let core: Core;
  beforeAll(() => {
    core = demoCore(1500, 11);
  });
  afterAll(() => core.close());

  for (const [asOf, days] of [['2025-10-01', 365], ['2024-12-31', 90], ['2025-10-01', 'all']] as const) {
    it(`equals a naive per-customer query for 200 random customers (as of ${asOf}, window ${days})`, () => {
      const facts = loadCustomerFacts(core, { asOf, window: days === 'all' ? { kind: 'all' } : { kind: 'days', days } });
      expect(facts.length).toBeGreaterThan(1400);
      let seed = 12345;
      for (let k = 0; k < 200; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const f = facts[seed % facts.length];
        expect(pick(f), f.code).toEqual(naiveFacts(core, f.customerId, asOf, days));
      }
    });
  }

  it('follows orders written after the last refresh (new, changed and deleted orders)', () => {
    const facts = () => loadCustomerFacts(core, { asOf: '2025-10-01', window: { kind: 'all' } });
    const first = facts()[0];
    const db = core.store.sqlite;
    db.prepare(`INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, updated_at) VALUES ('t', 'x1', (SELECT local_key FROM customers WHERE id = ?), '2025-09-30', 'sale', 100, 'h')`).run(first.customerId);
    expect(facts()[0].revenue).toBe(first.revenue + 100);
    db.prepare(`UPDATE orders SET amount = 250 WHERE external_no = 'x1'`).run();
    expect(facts()[0].revenue).toBe(first.revenue + 250);
    db.prepare(`UPDATE orders SET deleted = 1 WHERE external_no = 'x1'`).run();
    expect(facts()[0].revenue).toBe(first.revenue);
    db.prepare(`DELETE FROM orders WHERE external_no = 'x1'`).run();
    expect(pick(facts()[0])).toEqual(pick(first));
  });
});

describe('loadCustomerFacts on a hand-made book', () => {
  it('nets returns, counts sale orders and months, keeps cost null without cost data, skips archived and deleted customers', () => {
    const core = tempCore();
    const a = addCustomer(core, 'A', [['2025-01-05', 10_000, 'sale', 6000], ['2025-01-20', 5000], ['2025-03-01', -2000, 'return'], ['2023-06-01', 7000]]);
    addCustomer(core, 'B', [['2025-02-01', 999]], { status: 'archived' });
    const c = addCustomer(core, 'C', [['2024-02-01', 3000]]);
    const d = addCustomer(core, 'D');
    core.rows.remove('customers', d);
    const facts = loadCustomerFacts(core, { asOf: '2025-06-30', window: { kind: 'days', days: 365 } });
    expect(facts.map((f) => f.code).sort()).toEqual(['A', 'C']);
    const fa = facts.find((f) => f.customerId === a) as CustomerFacts;
    expect(pick(fa)).toMatchObject({ revenue: 13_000, orderCount: 2, activeMonths: 1, cost: 6000, firstOrderDate: '2023-06-01', lastOrderDate: '2025-01-20' });
    const fc = facts.find((f) => f.customerId === c) as CustomerFacts;
    expect(pick(fc)).toMatchObject({ revenue: 0, orderCount: 0, prevRevenue: 3000, cost: null, lastOrderDate: '2024-02-01' });
    const segment = loadCustomerFacts(core, { asOf: '2025-06-30', window: { kind: 'all' }, segment: { statuses: ['active'] }, customerIds: [c] });
    expect(segment.map((f) => f.code)).toEqual(['C']);
    core.close();
  });

  it('takes the latest assessment on or before asOf among several (same-day ties: the later created), skipping deleted ones', () => {
    const core = tempCore();
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'].map((code) => addCustomer(core, code, [['2025-01-05', 1000]]));
    const assess = (customer: string, on: string, potential: number) =>
      core.store.tx(() => core.rows.insert('assessments', { customer_id: customer, assessed_on: on, potential, created_at: core.now().toISOString() }));
    assess(ids[0], '2025-03-01', 1);
    assess(ids[0], '2025-05-01', 2);
    assess(ids[0], '2025-08-01', 3); // after asOf
    assess(ids[1], '2025-04-01', 4);
    assess(ids[1], '2025-04-01', 5); // same day, created later
    const gone = assess(ids[2], '2025-06-01', 1);
    assess(ids[2], '2025-02-01', 2);
    core.store.tx(() => core.rows.remove('assessments', gone));
    assess(ids[3], '2025-07-01', 3); // only after asOf
    assess(ids[5], '2025-06-30', 4); // on asOf
    const asOf = '2025-06-30';
    const facts = loadCustomerFacts(core, { asOf, window: { kind: 'days', days: 365 } });
    for (const f of facts) expect(f.assessment, f.code).toEqual(naiveFacts(core, f.customerId, asOf, 365).assessment);
    const byCode = Object.fromEntries(facts.map((f) => [f.code, f.assessment?.potential ?? null]));
    expect(byCode).toEqual({ A: 2, B: 5, C: 2, D: null, E: null, F: 4 });
    core.close();
  });
});
