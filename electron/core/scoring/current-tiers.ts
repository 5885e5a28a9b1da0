import type { Core } from '../core';
import { runColumns } from './run-results';

/**
 * Rebuilds customer_current_tier for these customers from the runs in the book (after a sync pack replaced
 * their results): each takes its final tier and score in the newest run holding it (by as_of, then created_at);
 * a customer no run holds has no current tier.
 */
export function rebuildCurrentTiers(core: Core, customerIds: readonly string[]): void {
  const db = core.store.sqlite;
  const runs = db.prepare('SELECT id FROM rating_runs WHERE deleted = 0 ORDER BY as_of DESC, created_at DESC').pluck().all() as string[];
  const open = new Set(customerIds);
  const found = new Map<string, [string, number]>();
  for (const runId of runs) {
    if (open.size === 0) break;
    const cols = runColumns(core, runId);
    for (const id of open) {
      const i = cols.indexOf(id);
      if (i < 0) continue;
      found.set(id, [cols.tierIds[cols.final[i]], cols.totalScore[i]]);
      open.delete(id);
    }
  }
  const drop = db.prepare('DELETE FROM customer_current_tier WHERE customer_id = ?');
  const put = db.prepare('INSERT INTO customer_current_tier (customer_id, tier, score) VALUES (?, ?, ?)');
  for (const id of customerIds) {
    drop.run(id);
    const current = found.get(id);
    if (current) put.run(id, current[0], current[1]);
  }
}
