/**
 * Territory packs on a real demo book: the manager rates the book and sends each rep its pack; every rep's
 * install then shows, for each of its customers, the tier, score, explanation, revenue and orders the manager
 * sees, holds no other rep's customer, and re-rating there reproduces the manager's tiers and scores. A customer
 * moved to another rep leaves the old rep's install and arrives whole at the new one.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/ipc/contract';
import type { Core } from '../core';
import { dispatchTyped } from '../dispatch';
import { generateDemoBook } from '../demo/demo-book';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';
import { addPeer } from './peers';
import { writeSyncRole } from './sync-role';
import { tempCore, tempDir } from './sync-test-kit';

const AS_OF = '2025-10-01';
/** one clock for every install (their clocks must agree within minutes), a second per reading */
let tick = Date.parse('2025-10-02T08:00:00Z');
const now = () => new Date((tick += 1000));

let dir: string;
let manager: Core;
const repInstalls: { core: Core; repId: string }[] = [];

async function call<K extends Parameters<typeof dispatchTyped>[1]>(core: Core, name: K, input: Parameters<typeof dispatchTyped<K>>[2]): Promise<Output<K>> {
  const result = await dispatchTyped(core === manager ? managerCtx() : { core, progress: () => {}, cancelled: () => false }, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
  return result.value;
}
const managerCtx = () => ({ core: manager, progress: () => {}, cancelled: () => false });

let packs = 0;
function send(from: Core, to: Core) {
  const file = path.join(dir, `${from.actor}-to-${to.actor}-${++packs}.tdsync`);
  const exported = exportPack(from, { peerDeviceId: to.clock.deviceId, file });
  return { exported, imported: importPack(to, file) };
}

/** What a customer looks like on an install: list row, rating with explanation, orders and revenue. */
async function view(core: Core, customerId: string) {
  const customer = await call(core, 'customers.get', { id: customerId });
  const rating = await call(core, 'ratings.customer', { customerId });
  const orders = await call(core, 'customers.orders', { customerId, limit: 500 });
  return {
    tier: customer.tier,
    score: customer.score,
    name: customer.name,
    result: rating.result,
    history: rating.history,
    orders: orders.total,
    orderRows: orders.rows.map(({ id: _local, ...row }) => row),
  };
}

beforeAll(async () => {
  dir = tempDir('tierdesk-territory-');
  manager = tempCore(dir, 'manager', { now });
  generateDemoBook(manager, { customers: 600, seed: 5, endDate: AS_OF });
  const scorecard = (await call(manager, 'models.list', {})).find((m) => m.template === 'seed')!;
  await call(manager, 'ratings.run', { modelId: scorecard.id, asOf: '2025-04-01' });
  await call(manager, 'ratings.run', { modelId: scorecard.id, asOf: AS_OF });
  const reps = manager.store.sqlite.prepare('SELECT id, name FROM reps ORDER BY name LIMIT 3').all() as { id: string; name: string }[];
  for (const [i, rep] of reps.entries()) {
    const core = tempCore(dir, `rep${i}`, { now });
    writeSyncRole(core, 'rep');
    addPeer(manager, { deviceId: core.clock.deviceId, name: rep.name, role: 'rep', rep: rep.name });
    addPeer(core, { deviceId: manager.clock.deviceId, name: 'Head office', role: 'manager' });
    repInstalls.push({ core, repId: rep.id });
  }
});
afterAll(() => [manager, ...repInstalls.map((r) => r.core)].forEach((c) => c.close()));

describe('territory packs on the demo book', () => {
  it('give each rep its own customers with the manager’s tiers, scores, explanations, revenue and orders', async () => {
    expect(repInstalls.length).toBe(2);
    for (const { core, repId } of repInstalls) {
      const { exported, imported } = send(manager, core);
      const territory = manager.store.sqlite.prepare('SELECT id FROM customers WHERE owner_rep_id = ? ORDER BY id').pluck().all(repId) as string[];
      expect(territory.length).toBeGreaterThan(10);
      expect(exported.customers).toBe(territory.length);
      expect(imported.rated).toBe(territory.length);
      expect(core.store.sqlite.prepare('SELECT id FROM customers ORDER BY id').pluck().all()).toEqual(territory);
      for (const id of territory) expect(await view(core, id)).toEqual(await view(manager, id));
      const managerOrders = manager.store.sqlite
        .prepare('SELECT count(*) FROM orders o JOIN customers c ON c.local_key = o.customer_key WHERE c.owner_rep_id = ? AND o.deleted = 0')
        .pluck()
        .get(repId);
      expect(imported.orders).toBe(managerOrders);
      const summary = await call(core, 'book.summary', { window: 'all' });
      expect(summary).toMatchObject({ customers: territory.length, orders: managerOrders });
    }
  });

  it('re-rating on a rep’s install with the same published version and date gives the same tier and score', async () => {
    const { core } = repInstalls[0];
    const runs = await call(core, 'ratings.list', {});
    const latest = runs.find((r) => r.asOf === AS_OF)!;
    const rerun = await call(core, 'ratings.run', { versionId: latest.modelVersionId, asOf: AS_OF });
    const here = await call(core, 'ratings.results', { runId: rerun.id, limit: 1000, sortBy: 'code', sortDir: 'asc' });
    const there = await call(manager, 'ratings.results', { runId: latest.id, limit: 1000, sortBy: 'code', sortDir: 'asc' });
    const byCode = new Map(there.rows.map((r) => [r.code, r]));
    expect(here.rows.length).toBeGreaterThan(10);
    for (const row of here.rows) {
      const m = byCode.get(row.code)!;
      expect({ code: row.code, tier: row.finalTier, score: row.totalScore }).toEqual({ code: m.code, tier: m.finalTier, score: m.totalScore });
    }
  });

  it('moves a customer: it leaves the old rep’s install (orders, ratings, personal data and history) and arrives whole at the new one', async () => {
    const [from, to] = repInstalls;
    const customerId = from.core.store.sqlite.prepare('SELECT id FROM customers WHERE contact_phone IS NOT NULL ORDER BY id LIMIT 1').pluck().get() as string;
    // the old rep logs a visit offline before the move reaches it
    const visitId = from.core.store.tx(() =>
      from.core.rows.insert('visits', { customer_id: customerId, rep_id: from.repId, done_date: '2025-10-02', outcome: 'positive', note: 'before the move', created_at: 'x' }),
    );
    const runId = (await call(manager, 'ratings.customer', { customerId })).run!.id;
    manager.store.tx(() => manager.rows.update('customers', customerId, { owner_rep_id: to.repId }));
    expect(send(manager, from.core).imported.evicted).toBe(1);
    const gone = (sql: string) => from.core.store.sqlite.prepare(sql).pluck().get(customerId);
    expect(gone('SELECT count(*) FROM customers WHERE id = ?')).toBe(0);
    const others = from.core.store.sqlite.prepare('SELECT count(*) FROM change_log WHERE row_id = ? AND device_id != ?').pluck();
    expect(others.get(customerId, from.core.clock.deviceId)).toBe(0);
    expect(gone("SELECT count(*) FROM change_log WHERE table_name = 'customers' AND row_id = ?")).toBe(0);
    expect(gone('SELECT count(*) FROM customer_current_tier WHERE customer_id = ?')).toBe(0);
    expect(from.core.store.sqlite.prepare('SELECT count(*) FROM orders WHERE customer_key NOT IN (SELECT local_key FROM customers)').pluck().get()).toBe(0);
    expect((await call(from.core, 'ratings.results', { runId, limit: 1000 })).rows.map((r) => r.customerId)).not.toContain(customerId);
    // the visit made before the move still reaches the manager
    send(from.core, manager);
    expect(manager.store.sqlite.prepare('SELECT note FROM visits WHERE id = ?').pluck().get(visitId)).toBe('before the move');
    // … and the new rep gets the customer whole: record, orders, ratings, and that visit
    send(manager, to.core);
    expect(await view(to.core, customerId)).toEqual(await view(manager, customerId));
    expect(to.core.store.sqlite.prepare('SELECT note FROM visits WHERE id = ?').pluck().get(visitId)).toBe('before the move');
  });
});

describe('runs on a rep’s install', () => {
  it('count the customers and tiers of the territory held there, not of the whole book', async () => {
    const { core, repId } = repInstalls[0];
    const whole = (await call(manager, 'ratings.list', {})).find((r) => r.asOf === AS_OF)!;
    const run = await call(core, 'ratings.get', { runId: whole.id });
    const mine = (await call(manager, 'ratings.results', { runId: run.id, limit: 1000 })).rows.filter(
      (r) => manager.store.sqlite.prepare('SELECT owner_rep_id FROM customers WHERE id = ?').pluck().get(r.customerId) === repId,
    );
    expect(run.customers).toBe(core.store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get());
    expect(run.customers).toBeLessThan(whole.customers);
    const counts: Record<string, number> = {};
    for (const r of mine) counts[r.finalTier] = (counts[r.finalTier] ?? 0) + 1;
    expect(run.tierCounts).toEqual(counts);
  });
});

describe('built-in models', () => {
  it('are seeded alike on every install, so syncing them logs no conflicts', async () => {
    for (const { core } of repInstalls) {
      await call(core, 'models.list', {}); // a rep's install seeds its own built-ins too
      send(manager, core);
      send(core, manager);
      expect(core.store.sqlite.prepare("SELECT count(*) FROM sync_conflicts WHERE table_name IN ('models', 'model_versions')").pluck().get()).toBe(0);
    }
    expect(manager.store.sqlite.prepare("SELECT count(*) FROM sync_conflicts WHERE table_name IN ('models', 'model_versions')").pluck().get()).toBe(0);
  });
});

describe('a rep’s install after its territory pack', () => {
  it('knows whose territory it holds, and a customer created there is that rep’s and reaches the manager', async () => {
    const { core, repId } = repInstalls[0];
    expect(await call(core, 'sync.status', {})).toMatchObject({ role: 'rep', territoryRepId: repId });
    const created = await call(core, 'customers.create', { code: 'NEW-REP-1', name: '业务员新客户' });
    expect(created.ownerRepId).toBe(repId);
    const other = repInstalls[1].repId;
    const refused = await dispatchTyped({ core, progress: () => {}, cancelled: () => false }, 'customers.create', { code: 'NEW-REP-2', name: 'x', ownerRepId: other });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'ownerRepId' }] } } });
    send(core, manager);
    expect(manager.store.sqlite.prepare("SELECT owner_rep_id FROM customers WHERE code = 'NEW-REP-1'").pluck().get()).toBe(repId);
  });
});

describe('the peer list on the manager’s install', () => {
  it('counts for each rep peer what its next pack would carry: its territory’s changes only, 0 once it is up to date', async () => {
    const [first, second] = repInstalls;
    for (const { core } of repInstalls) {
      send(manager, core);
      send(core, manager); // the rep's answer confirms what it holds
    }
    const pending = async () =>
      Object.fromEntries((await call(manager, 'sync.status', {})).peers.map((p) => [p.deviceId, p.pending]));
    expect(await pending()).toEqual({ [first.core.clock.deviceId]: 0, [second.core.clock.deviceId]: 0 });
    const theirs = manager.store.sqlite.prepare('SELECT id FROM customers WHERE owner_rep_id = ? LIMIT 1').pluck().get(second.repId) as string;
    manager.store.tx(() => manager.rows.update('customers', theirs, { city: '嘉兴' }));
    expect(await pending()).toEqual({ [first.core.clock.deviceId]: 0, [second.core.clock.deviceId]: 1 });
  });
});
