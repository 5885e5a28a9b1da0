/**
 * Territory packs on a real book: the UCI Online Retail orders (4,372 customers, 22,190 orders), spread over
 * three reps by the manager. A rep's install shows, for each of its customers, the same tier, score, revenue
 * and order count as the manager's for both rating runs, and re-rating there with the same published version
 * and date reproduces them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatchTyped } from '../dispatch';
import { DATA, run } from '../import/import-test-kit';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';
import { addPeer } from './peers';
import { writeSyncRole } from './sync-role';
import { tempCore, tempDir } from './sync-test-kit';

const RETAIL = path.join(DATA, 'online-retail/OnlineRetail.csv.gz');
const AS_OF = '2011-12-09';
let tick = Date.parse('2011-12-10T08:00:00Z');
const now = () => new Date((tick += 1000));

let manager: Core;
let rep: Core;
let repId: string;
const runIds: string[] = [];

async function call<K extends Parameters<typeof dispatchTyped>[1]>(core: Core, name: K, input: Parameters<typeof dispatchTyped<K>>[2]) {
  const result = await dispatchTyped({ core, progress: () => {}, cancelled: () => false }, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
  return result.value;
}

/** Per customer code: order count and net revenue (minor units), from the orders table. */
function orderFigures(core: Core, codes?: ReadonlySet<string>) {
  const rows = core.store.sqlite
    .prepare('SELECT c.code, count(*) AS orders, sum(o.amount) AS revenue FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE o.deleted = 0 GROUP BY c.code ORDER BY c.code')
    .all() as { code: string; orders: number; revenue: number }[];
  return codes ? rows.filter((r) => codes.has(r.code)) : rows;
}

async function resultsByCode(core: Core, runId: string) {
  const rows = (await call(core, 'ratings.results', { runId, limit: 1000, sortBy: 'code', sortDir: 'asc' })).rows;
  const all = [...rows];
  for (let offset = 1000; all.length < (await call(core, 'ratings.results', { runId, limit: 1 })).total; offset += 1000) {
    all.push(...(await call(core, 'ratings.results', { runId, limit: 1000, offset, sortBy: 'code', sortDir: 'asc' })).rows);
  }
  return new Map(all.map((r) => [r.code, { tier: r.finalTier, score: r.totalScore, revenue: r.revenue }]));
}

beforeAll(async () => {
  const dir = tempDir('tierdesk-territory-retail-');
  manager = tempCore(dir, 'manager', { now });
  rep = tempCore(dir, 'rep', { now });
  await run(manager, { file: RETAIL, kind: 'orders', format: 'online-retail' });
  const reps = ['East', 'West', 'North'].map((name) => manager.store.tx(() => manager.rows.insert('reps', { name, created_at: 't' })));
  repId = reps[0];
  const customers = manager.store.sqlite.prepare('SELECT id FROM customers ORDER BY code').pluck().all() as string[];
  manager.store.tx(() => customers.forEach((id, i) => manager.rows.update('customers', id, { owner_rep_id: reps[i % 3] })));
  const models = await call(manager, 'models.list', {});
  for (const template of ['seed', 'abc']) {
    const model = models.find((m) => m.template === template)!;
    runIds.push((await call(manager, 'ratings.run', { modelId: model.id, asOf: AS_OF })).id);
  }
  writeSyncRole(rep, 'rep');
  addPeer(manager, { deviceId: rep.clock.deviceId, name: 'East laptop', role: 'rep', rep: 'East' });
  addPeer(rep, { deviceId: manager.clock.deviceId, name: 'Head office', role: 'manager' });
  const file = path.join(dir, 'east.tdsync');
  exportPack(manager, { peerDeviceId: rep.clock.deviceId, file });
  importPack(rep, file);
}, 120_000);
afterAll(() => [manager, rep].forEach((c) => c.close()));

describe('a territory pack of the Online Retail book', () => {
  it('holds the rep’s third of the customers with the same orders and revenue, and nobody else’s', () => {
    const mine = new Set(manager.store.sqlite.prepare('SELECT code FROM customers WHERE owner_rep_id = ?').pluck().all(repId) as string[]);
    expect(mine.size).toBe(1_458); // 4,372 customers in code order, every third
    expect(new Set(rep.store.sqlite.prepare('SELECT code FROM customers').pluck().all() as string[])).toEqual(mine);
    const there = orderFigures(manager, mine);
    expect(orderFigures(rep)).toEqual(there);
    expect(there.reduce((s, r) => s + r.orders, 0)).toBeGreaterThan(5_000);
  });

  it('shows the manager’s tier, score and window revenue for every customer of both runs', async () => {
    for (const runId of runIds) {
      const here = await resultsByCode(rep, runId);
      const there = await resultsByCode(manager, runId);
      expect(here.size).toBe(1_458);
      for (const [code, result] of here) expect(result).toEqual(there.get(code));
    }
  });

  it('re-rating the scorecard on the rep’s install reproduces the manager’s tiers and scores', async () => {
    const original = await call(manager, 'ratings.get', { runId: runIds[0] });
    const rerun = await call(rep, 'ratings.run', { versionId: original.modelVersionId, asOf: AS_OF });
    const here = await resultsByCode(rep, rerun.id);
    const there = await resultsByCode(manager, runIds[0]);
    expect(here.size).toBe(1_458);
    for (const [code, result] of here) expect(result).toEqual(there.get(code));
  });
});
