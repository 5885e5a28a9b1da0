/**
 * Every channel declared 'read' in the contract, run through dispatch while a write holds the book with
 * uncommitted changes on the core's connection (new customer, dropped index, foreign keys off — what a bulk
 * import does): each answers, from the read-only connection, exactly what it answers once that write is rolled
 * back. So no read channel writes, and none sees another write's uncommitted data. Write channels are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { openCore, type Core } from './core';
import { dispatch, dispatchTyped } from './dispatch';
import type { HandlerContext } from './handlers/types';
import { tempDir } from './import/import-test-kit';

let core: Core;
let ctx: HandlerContext;
let samples: Partial<Record<Channel, unknown>>;

async function value<K extends Channel>(name: K, input: Parameters<typeof dispatchTyped<K>>[2]) {
  const result = await dispatchTyped(ctx, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
  return result.value;
}

beforeAll(async () => {
  const dir = tempDir();
  core = openCore(path.join(dir, 'book.db'), { now: () => new Date('2024-06-01T08:00:00Z') });
  ctx = { core, progress: () => {}, cancelled: () => false };
  await value('book.demo', { customers: 60, seed: 3 });
  const seed = (await value('models.list', {})).find((m) => m.template === 'seed');
  if (!seed) throw new Error('no seed model');
  const first = await value('ratings.run', { modelId: seed.id, asOf: '2024-03-31' });
  const second = await value('ratings.run', { modelId: seed.id, asOf: '2024-05-31' });
  await value('visits.plan', { start: '2024-06-03', weeks: 2 });
  const customer = (await value('customers.list', { limit: 1 })).rows[0];
  const csv = path.join(dir, 'orders.csv');
  fs.writeFileSync(csv, '订单号,客户编号,下单日期,金额\nA-1,KH001,2024-01-05,10\n');
  const range = { from: '2024-06-01', to: '2024-06-30' };
  samples = {
    'app.info': {},
    'app.settings.get': { keys: ['ui.language'] },
    'book.summary': {},
    'customers.orders': { customerId: customer.id },
    'assessments.list': { customerId: customer.id },
    'customers.list': { search: '' },
    'customers.facets': {},
    'customers.get': { id: customer.id },
    'export.report': { runId: second.id, previousRunId: first.id },
    'export.customers': { format: 'csv' },
    'export.changes': { fromRunId: first.id, toRunId: second.id },
    'export.visits': range,
    'import.preview': { file: csv, kind: 'orders' },
    'import.fields': {},
    'models.templates': {},
    'models.list': {},
    'models.get': { id: seed.id },
    'models.validate': { definition: seed.versions[0].definition },
    'models.preview': { definition: seed.versions[0].definition, asOf: '2024-05-31' },
    'ratings.list': {},
    'ratings.get': { runId: second.id },
    'ratings.tierTotals': { runId: second.id },
    'ratings.results': { runId: second.id },
    'ratings.customer': { customerId: customer.id },
    'ratings.diff': { fromRunId: first.id, toRunId: second.id },
    'ratings.churn': { runId: second.id },
    'ratings.pareto': { runId: second.id },
    'overrides.list': {},
    'reps.list': {},
    'sync.status': {},
    'backups.list': {},
    'sync.conflicts': {},
    'policies.list': {},
    'visits.overview': {},
    'visits.list': range,
    'visits.overdue': {},
    'visits.compliance': range,
    'visits.export': range,
  };
}, 60_000);
afterAll(() => core.close());

const READS = CHANNELS.filter((name) => contract[name].access === 'read');
const WRITES = CHANNELS.filter((name) => contract[name].access === 'write');

/** A result without what differs from call to call by itself (timings, the name of a new export file). */
function stable(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result, (key, v: unknown) => (key === 'ms' || key === 'file' ? undefined : v)));
}

async function answers(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of READS) out[name] = stable(await dispatch(ctx, name, samples[name]));
  return out;
}

describe('read channels while a write holds the book', () => {
  it('declares every channel read or write, and has a sample input for each read', () => {
    for (const name of CHANNELS) expect(['read', 'write']).toContain(contract[name].access);
    expect(READS.filter((name) => !(name in samples))).toEqual([]);
    expect(WRITES).toEqual(expect.arrayContaining(['import.run', 'customers.update', 'ratings.run', 'sync.import', 'book.demo']));
  });

  it('answers every read from committed data, as after the write is rolled back', async () => {
    await answers(); // upkeep a read does on first use (seeding, day totals) is done while the book is free
    const db = core.store.sqlite;
    const release = core.gate.enter('import.run');
    let held: Record<string, unknown>;
    try {
      db.pragma('foreign_keys = OFF');
      db.exec('BEGIN IMMEDIATE');
      db.exec('DROP INDEX orders_customer_date');
      db.prepare(`INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('uncommitted', 'ZZ-UNCOMMITTED', '未提交', '2024-06-01', '0')`).run();
      db.prepare(`UPDATE orders SET amount = amount * 1000`).run();
      held = await answers();
      expect(await dispatch(ctx, 'customers.create', { code: 'X1', name: 'x' })).toMatchObject({ ok: false, error: { code: 'busy' } });
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.pragma('foreign_keys = ON');
      release();
    }
    const free = await answers();
    for (const name of READS) expect.soft(held[name], name).toEqual(free[name]);
    for (const name of READS) expect(held[name], name).toMatchObject({ ok: true });
    expect(JSON.stringify(held)).not.toContain('ZZ-UNCOMMITTED');
  }, 60_000);
});
