import { loggedCells } from '../sync/sync-test-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatchTyped } from '../dispatch';
import type { HandlerContext } from '../handlers/types';
import { addCustomer, visitTestCore } from '../visits/visit-test-kit';

let core: Core;
let ctx: HandlerContext;
let customerId: string;
let otherId: string;

beforeEach(() => {
  core = visitTestCore().core;
  ctx = { core, progress: () => {}, cancelled: () => false };
  customerId = addCustomer(core, 'C001', null);
  otherId = addCustomer(core, 'C002', null);
});
afterEach(() => core.close());

function addOrder(customer: string, no: string, date: string, kind: 'sale' | 'return', amount: number, deleted = 0) {
  core.store.sqlite
    .prepare(
      `INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, cost, quantity, category, line_count, updated_at, deleted)
       VALUES ('erp', ?, (SELECT local_key FROM customers WHERE id = ?), ?, ?, ?, ?, 3, '五金', 2, ?, ?)`,
    )
    .run(no, customer, date, kind, amount, Math.round(amount * 0.6), core.clock.tick(), deleted);
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await p;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('customers.orders', () => {
  it('lists one customer’s orders newest first, paged, without deleted ones, returns negative', async () => {
    addOrder(customerId, 'S1', '2026-01-05', 'sale', 120_00);
    addOrder(customerId, 'S2', '2026-03-10', 'sale', 300_50);
    addOrder(customerId, 'R1', '2026-03-20', 'return', -50_00);
    addOrder(customerId, 'S3', '2026-02-01', 'sale', 99_00, 1);
    addOrder(otherId, 'X1', '2026-04-01', 'sale', 1_00);

    const page = await ok(dispatchTyped(ctx, 'customers.orders', { customerId }));
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.externalNo)).toEqual(['R1', 'S2', 'S1']);
    expect(page.rows[0]).toMatchObject({ source: 'erp', date: '2026-03-20', kind: 'return', amount: -50_00, cost: -30_00, quantity: 3, category: '五金', lineCount: 2 });
    expect(typeof page.rows[0].id).toBe('number');

    const second = await ok(dispatchTyped(ctx, 'customers.orders', { customerId, limit: 2, offset: 2 }));
    expect(second).toMatchObject({ total: 3, rows: [{ externalNo: 'S1' }] });
  });

  it('answers not_found for an unknown customer and validation for a bad limit', async () => {
    expect(await dispatchTyped(ctx, 'customers.orders', { customerId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatchTyped(ctx, 'customers.orders', { customerId, limit: 0 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('assessments', () => {
  it('adds a questionnaire and an expert rating as synced rows and lists them newest first', async () => {
    const before = loggedCells(core, 'assessments').length;
    const q = await ok(dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-03-01', satisfaction: 4, recommend: 9, referrals: 2, assessor: ' 王经理 ', note: '' }));
    expect(q).toMatchObject({ customerId, date: '2026-03-01', satisfaction: 4, recommend: 9, referrals: 2, influence: null, assessor: '王经理', note: null });
    const e = await ok(dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-05-15', influence: 5, potential: 3, relationship: 'partner' }));
    expect(e).toMatchObject({ influence: 5, potential: 3, relationship: 'partner', satisfaction: null });
    await ok(dispatchTyped(ctx, 'assessments.add', { customerId: otherId, date: '2026-06-01', potential: 1 }));

    const list = await ok(dispatchTyped(ctx, 'assessments.list', { customerId }));
    expect(list.map((a) => a.id)).toEqual([e.id, q.id]);

    // synced: updated_at is an HLC stamp and every set cell is in the change log
    const logged = loggedCells(core, 'assessments', e.id).map((c) => c.column);
    expect(logged).toEqual(expect.arrayContaining(['assessed_on', 'customer_id', 'influence', 'potential', 'relationship']));
    expect(loggedCells(core, 'assessments').length).toBeGreaterThan(before);
  });

  it('refuses an assessment without any value, with a bilingual message, and writes nothing', async () => {
    const result = await dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-03-01', assessor: '王经理', note: '只有备注' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message.zh).toContain('请至少填写一项评估值');
      expect(result.error.message.en).toContain('fill in at least one value');
    }
    expect(core.store.sqlite.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(0);
  });

  it.each([
    [{ satisfaction: 0 }, 'satisfaction'],
    [{ satisfaction: 6 }, 'satisfaction'],
    [{ recommend: 11 }, 'recommend'],
    [{ recommend: -1 }, 'recommend'],
    [{ referrals: -1 }, 'referrals'],
    [{ influence: 2.5 }, 'influence'],
    [{ potential: 9 }, 'potential'],
    [{ relationship: 'friend' }, 'relationship'],
  ] as const)('refuses out-of-range %o', async (values, field) => {
    const result = await dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-03-01', ...(values as object) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [expect.objectContaining({ path: field })] } } });
  });

  it('accepts the range edges and refuses an unknown customer or a bad date', async () => {
    await ok(dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-03-01', satisfaction: 1, recommend: 0, referrals: 0 }));
    await ok(dispatchTyped(ctx, 'assessments.add', { customerId, date: '2026-03-02', satisfaction: 5, recommend: 10, influence: 1, potential: 5 }));
    expect(await dispatchTyped(ctx, 'assessments.add', { customerId: 'nope', date: '2026-03-01', satisfaction: 3 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatchTyped(ctx, 'assessments.add', { customerId, date: '1.3.2026', satisfaction: 3 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatchTyped(ctx, 'assessments.list', { customerId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('visits.list by customer', () => {
  it('filters the visits to one customer', async () => {
    const insert = (customer: string, planned: string, done: string | null) =>
      core.store.tx(() => core.rows.insert('visits', { customer_id: customer, planned_date: planned, done_date: done, outcome: done ? 'positive' : null, created_at: 'x' }));
    insert(customerId, '2026-05-01', '2026-05-02');
    insert(customerId, '2026-06-10', null);
    insert(otherId, '2026-06-11', null);
    const mine = await ok(dispatchTyped(ctx, 'visits.list', { customerId }));
    expect(mine.total).toBe(2);
    expect(mine.rows.every((r) => r.customerId === customerId)).toBe(true);
    expect(mine.rows.map((r) => r.status)).toEqual(['done', 'planned']);
    expect((await ok(dispatchTyped(ctx, 'visits.list', {}))).total).toBe(3);
  });
});
