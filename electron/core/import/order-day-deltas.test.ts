/** The day totals an orders import keeps current as it writes equal a full rebuild from the orders table. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core';
import { againstRebuild, DATA, run, tempCore, tempDir } from './import-test-kit';
import { OrderDayDeltas } from '../scoring/order-day-deltas';

const RETAIL = path.join(DATA, 'online-retail/OnlineRetail.csv.gz');

describe('day totals kept by the Online Retail import', () => {
  let core: Core;
  const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
  beforeAll(() => {
    core = tempCore();
  });
  afterAll(() => {
    core.close();
    apply.mockRestore();
  });
  const lastApplied = () => apply.mock.results.at(-1)?.value;

  it('a first import merges its sums into the day blocks: equal to a full rebuild', async () => {
    await run(core, { file: RETAIL, kind: 'orders', format: 'online-retail' });
    expect(lastApplied()).toBe(true);
    const { kept, rebuilt } = againstRebuild(core);
    expect(kept.days.length).toBe(4_372);
    expect(kept).toEqual(rebuilt);
  });

  it('a second source for the same customers and days merges into the existing blocks: equal to a full rebuild', async () => {
    await run(core, { file: RETAIL, kind: 'orders', mode: 'skip-bad-rows' });
    expect(lastApplied()).toBe(true);
    const { kept, rebuilt } = againstRebuild(core);
    expect(kept).toEqual(rebuilt);
  });

  it('a re-import (upserts) falls back to the catch-up from orders, still equal to a full rebuild', async () => {
    core.store.sqlite.prepare(`UPDATE orders SET amount = amount + 1 WHERE external_no = '536365' AND source = 'online-retail'`).run();
    await run(core, { file: RETAIL, kind: 'orders', format: 'online-retail' });
    expect(lastApplied()).toBe(false);
    const { kept, rebuilt } = againstRebuild(core);
    expect(kept).toEqual(rebuilt);
  });

});

describe('day totals kept by an import with costs', () => {
  function write(orders: number, again: boolean) {
    const file = path.join(tempDir(), 'orders.csv');
    const lines = ['Order No,Customer ID,Date,Amount,Cost', 'A1,17850,2011-01-05,10.50,4'];
    for (let i = 0; i < orders; i++) lines.push(`B${i},1785${i % 3},2011-02-0${1 + (i % 9)},${i % 7 === 0 ? -3 : 2.25},${i % 5 === 0 ? '1.5' : ''}`);
    if (again) lines.push('A1,17850,2011-01-06,1.25,');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  it('sums sales, returns and costs (NULL when no order of the day has one) like a full rebuild', async () => {
    const core = tempCore();
    const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
    await run(core, { file: write(3000, false), kind: 'orders' });
    expect(apply.mock.results.at(-1)?.value).toBe(true);
    apply.mockRestore();
    const { kept, rebuilt } = againstRebuild(core);
    expect(kept.days.length).toBe(3);
    expect(kept).toEqual(rebuilt);
    core.close();
  });

  it('an order number met again after it left the window is merged in SQL; the totals fall back and equal a full rebuild', async () => {
    const core = tempCore();
    const apply = vi.spyOn(OrderDayDeltas.prototype, 'apply');
    await run(core, { file: write(25_000, true), kind: 'orders' });
    // the import's own merge declines (a full rebuild after it merges too)
    expect(apply.mock.results[0]?.value).toBe(false);
    apply.mockRestore();
    expect(core.store.sqlite.prepare(`SELECT amount, cost, order_date, line_count FROM orders WHERE external_no = 'A1'`).get())
      .toEqual({ amount: 1175, cost: 400, order_date: '2011-01-05', line_count: 2 });
    const { kept, rebuilt } = againstRebuild(core);
    expect(kept).toEqual(rebuilt);
    core.close();
  });
});
