import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../core';
import { builtInVersionId, ensureBuiltInModels } from '../models/built-in-models';

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
  const result = sqlite.prepare(`INSERT INTO rating_results (run_id, customer_id, total_score, computed_tier, final_tier, explanation) VALUES (?, ?, 50, ?, ?, '{}')`);
  const current = sqlite.prepare('INSERT OR REPLACE INTO customer_current_tier (customer_id, run_id, tier, score) VALUES (?, ?, ?, 50)');
  for (const [customerId, tier] of Object.entries(tiers)) {
    result.run(runId, customerId, tier, tier);
    current.run(customerId, runId, tier);
  }
  return runId;
}

export function addOrder(core: Core, customerId: string, date: string, amount: number) {
  core.store.sqlite
    .prepare(`INSERT INTO orders (source, external_no, customer_id, order_date, kind, amount, updated_at) VALUES ('test', ?, ?, ?, 'sale', ?, ?)`)
    .run(crypto.randomUUID(), customerId, date, amount, core.clock.tick());
}
