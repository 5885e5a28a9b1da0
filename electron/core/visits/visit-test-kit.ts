import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../core';
import { builtInVersionId, ensureBuiltInModels } from '../models/built-in-models';
import { encodeResultBlock } from '../scoring/result-block';

/** A core on a fresh SQLite file whose today is fixed (2026-06-01 is a Monday). */
export function visitTestCore(today = '2026-06-01'): { core: Core; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-visits-')), 'book.db');
  const core = openCore(file, { backup: false, now: () => new Date(`${today}T09:00:00`), actor: 'tester' });
  return { core, file };
}

export function addRep(core: Core, name: string, visitsPerDay = 2, workingDays = [1, 2, 3, 4, 5]): string {
  return core.store.tx(() => core.rows.insert('reps', { name, visits_per_day: visitsPerDay, working_days: JSON.stringify(workingDays), active: 1, created_at: 'x' }));
}

export function addCustomer(core: Core, code: string, ownerRepId: string | null, city = '上海'): string {
  return core.store.tx(() => core.rows.insert('customers', { code, name: `客户 ${code}`, city, owner_rep_id: ownerRepId, status: 'active', created_at: 'x' }));
}

/**
 * Saves a rating run with the given final tiers (customer id → tier) as a run of the seed model
 * and makes it the customers' current tier, as the rating engine would.
 */
export function seedRun(core: Core, asOf: string, tiers: Record<string, string>, createdAt = `${asOf}T10:00:00Z`): string {
  ensureBuiltInModels(core);
  const { sqlite } = core.store;
  const runId = crypto.randomUUID();
  sqlite
    .prepare('INSERT INTO rating_runs (id, model_version_id, as_of, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(runId, builtInVersionId('seed'), asOf, createdAt, core.clock.tick());
  const rated = Object.entries(tiers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tierIds = [...new Set(rated.map(([, t]) => t))];
  const block = encodeResultBlock({
    n: rated.length, m: 0, tierIds, withContributions: false,
    customerId: (k) => rated[k][0], totalScore: () => 50, revenue: () => 0, indicators: () => {},
    computed: (k) => tierIds.indexOf(rated[k][1]), final: (k) => tierIds.indexOf(rated[k][1]), flags: () => 0, reasons: () => [],
  });
  if (rated.length) {
    sqlite.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)').run(runId, rated[0][0], rated.length, block);
  }
  const current = sqlite.prepare('INSERT OR REPLACE INTO customer_current_tier (customer_id, tier, score) VALUES (?, ?, 50)');
  for (const [customerId, tier] of rated) current.run(customerId, tier);
  return runId;
}

export function addOrder(core: Core, customerId: string, date: string, amount: number) {
  core.store.sqlite
    .prepare(`INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, updated_at)
      VALUES ('test', ?, (SELECT local_key FROM customers WHERE id = ?), ?, 'sale', ?, ?)`)
    .run(crypto.randomUUID(), customerId, date, amount, core.clock.tick());
}
