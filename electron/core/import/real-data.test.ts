/** Golden figures on the real books in ../shared/data: Online Retail and CDNOW, through the one pipeline. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/ipc/channels/import';
import type { Core } from '../core';
import { DATA, orderFigures, run, snapshot, tempCore, tempDir } from './import-test-kit';

const RETAIL = path.join(DATA, 'online-retail/OnlineRetail.csv.gz');
const CDNOW = path.join(DATA, 'cdnow/CDNOW_master.txt');

describe.skipIf(!fs.existsSync(RETAIL))('Online Retail (--format online-retail)', () => {
  let core: Core;
  let first: ImportResult;
  beforeAll(async () => {
    core = tempCore();
    first = await run(core, { file: RETAIL, kind: 'orders', format: 'online-retail' });
  });
  afterAll(() => core.close());

  it('stores 406,829 lines with a customer as 22,190 orders (3,654 returns) for 4,372 customers, net £8,300,065.81', () => {
    expect(orderFigures(core)).toEqual({ orders: 22_190, lines: 406_829, returns: 3_654, revenue: 830_006_581, customers: 4_372 });
    expect(first).toMatchObject({ imported: 22_190, updated: 0, skipped: 135_080, lines: 406_829, customersCreated: 4_372, errorCount: 0 });
    const c = core.store.sqlite.prepare(`SELECT count(*) AS n, sum(region IS NOT NULL) AS withRegion FROM customers`).get();
    expect(c).toEqual({ n: 4_372, withRegion: 4_372 });
    const uk = core.store.sqlite.prepare(`SELECT region FROM customers WHERE code = '17850'`).pluck().get();
    expect(uk).toBe('United Kingdom');
  });

  it('dates an order at its first line and marks C invoices as returns', () => {
    const o = core.store.sqlite.prepare(`SELECT order_date, kind, amount, line_count, source FROM orders WHERE external_no = '536365'`).get();
    expect(o).toEqual({ order_date: '2010-12-01', kind: 'sale', amount: 13_912, line_count: 7, source: 'online-retail' });
    const kinds = core.store.sqlite.prepare(`SELECT count(*) FROM orders WHERE (external_no LIKE 'C%') <> (kind = 'return')`).pluck().get();
    expect(kinds).toBe(0);
  });

  it('re-importing the same file changes nothing: same figures, no new change_log rows', async () => {
    const before = snapshot(core);
    const again = await run(core, { file: RETAIL, kind: 'orders', format: 'online-retail' });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 22_190, customersCreated: 0 });
    expect(snapshot(core)).toEqual(before);
  });

  it('reads the same book through the generic importer (suggested mapping, one order per invoice)', async () => {
    const generic = tempCore();
    const r = await run(generic, { file: RETAIL, kind: 'orders', mode: 'skip-bad-rows' });
    // the generic path reports lines without a customer as bad rows instead of skipping them quietly
    expect(r.skipped).toBe(135_080);
    expect(orderFigures(generic)).toMatchObject({ orders: 22_190, lines: 406_829, returns: 3_654, revenue: 830_006_581 });
    generic.close();
  });
});

describe.skipIf(!fs.existsSync(CDNOW))('CDNOW (--format cdnow)', () => {
  let core: Core;
  beforeAll(async () => {
    core = tempCore();
    await run(core, { file: CDNOW, kind: 'orders', format: 'cdnow' });
  });
  afterAll(() => core.close());

  it('stores 69,659 purchases by 23,570 customers worth $2,500,315.63', () => {
    expect(orderFigures(core)).toEqual({ orders: 69_659, lines: 69_659, returns: 0, revenue: 250_031_563, customers: 23_570 });
    const o = core.store.sqlite.prepare(`SELECT external_no, order_date, amount, quantity FROM orders WHERE external_no = '00001-19970101-1'`).get();
    expect(o).toEqual({ external_no: '00001-19970101-1', order_date: '1997-01-01', amount: 1177, quantity: 1 });
  });

  it('reads the file without its header line too, and re-import changes nothing', async () => {
    const text = fs.readFileSync(CDNOW, 'utf8');
    const file = path.join(tempDir(), 'cdnow-noheader.txt');
    fs.writeFileSync(file, text.slice(text.indexOf('\n') + 1));
    const before = snapshot(core);
    const r = await run(core, { file, kind: 'orders', format: 'cdnow' });
    expect(r).toMatchObject({ imported: 0, updated: 0, unchanged: 69_659 });
    expect(snapshot(core)).toEqual(before);
  });
});
