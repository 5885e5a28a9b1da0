/**
 * A territory pack lists every customer of the rep. A customer this install holds that the manager knows
 * (logged by another install, or by this one and already confirmed by the pack's vector) and that the list no
 * longer names has moved to another rep: it leaves this install with everything that belongs to it — its row,
 * its orders, ratings, visits, assessments and overrides, and their logged history (personal data included),
 * so nothing of it stays on the laptop. This install's own changes the manager has not confirmed yet stay in
 * the change log, so the next pack still delivers them (the manager accepts them: they were made while the
 * customer was this rep's). The manager keeps the tombstone: it remembers what it sent (sync_peer_customers),
 * and a customer that comes back is sent whole again.
 */
import type { VersionVector } from '../../../shared/sync';
import type { Core } from '../core';
import type { SyncedTable } from '../db/schema';
import { decodeResultBlock, encodeBlockColumns, pickFromBlocks } from '../scoring/result-block';
import { forgetRunResults } from '../scoring/run-results';
import { ensureOrderAggregates } from '../scoring/order-day-totals';
import { ROW_OWNERSHIP } from './territory';

/** The customers here that a territory pack no longer lists and its sender knows. */
export function customersToEvict(core: Core, territory: readonly string[], vector: VersionVector): string[] {
  const db = core.store.sqlite;
  const me = core.clock.deviceId;
  const listed = new Set(territory);
  const candidates = (db.prepare('SELECT id FROM customers').pluck().all() as string[]).filter((id) => !listed.has(id));
  const known = db.prepare(
    "SELECT 1 FROM change_log WHERE table_name = 'customers' AND row_id = ? AND (device_id != ? OR hlc <= ?) LIMIT 1",
  ).pluck();
  return candidates.filter((id) => known.get(id, me, vector[me] ?? '') === 1);
}

/** Removes these customers and all that belongs to them (inside the caller's transaction). */
export function evictCustomers(core: Core, customerIds: readonly string[], vector: VersionVector): number {
  if (customerIds.length === 0) return 0;
  const db = core.store.sqlite;
  const me = core.clock.deviceId;
  const purgeLog = db.prepare('DELETE FROM change_log WHERE table_name = ? AND row_id = ? AND (device_id != ? OR hlc <= ?)');
  const purgeConflicts = db.prepare('DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?');
  const confirmed = vector[me] ?? '';
  const removeRow = (table: SyncedTable, id: string) => {
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    purgeLog.run(table, id, me, confirmed);
    purgeConflicts.run(table, id);
  };
  for (const customerId of customerIds) {
    for (const [table, rule] of Object.entries(ROW_OWNERSHIP) as [SyncedTable, (typeof ROW_OWNERSHIP)[SyncedTable]][]) {
      if (rule.kind !== 'customer' || rule.column === 'id') continue;
      const ids = db.prepare(`SELECT id FROM ${table} WHERE ${rule.column} = ?`).pluck().all(customerId) as string[];
      for (const id of ids) removeRow(table, id);
    }
    db.prepare('DELETE FROM orders WHERE customer_key = (SELECT local_key FROM customers WHERE id = ?)').run(customerId);
    db.prepare('DELETE FROM customer_current_tier WHERE customer_id = ?').run(customerId);
    removeRow('customers', customerId);
  }
  dropFromResults(core, new Set(customerIds));
  ensureOrderAggregates(core); // the removed orders marked their customers' day totals stale
  return customerIds.length;
}

/** Rewrites the result blocks that rate any of these customers without them. */
function dropFromResults(core: Core, gone: ReadonlySet<string>) {
  const db = core.store.sqlite;
  const blocks = db.prepare('SELECT id, run_id, data FROM rating_result_blocks').all() as { id: number; run_id: string; data: Buffer }[];
  const remove = db.prepare('DELETE FROM rating_result_blocks WHERE id = ?');
  const insert = db.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)');
  for (const row of blocks) {
    const block = decodeResultBlock(row.data);
    if (!block.customerIds.some((id) => gone.has(id))) continue;
    remove.run(row.id);
    const kept = block.customerIds.flatMap((id, k) => (gone.has(id) ? [] : [{ block, k }]));
    if (kept.length > 0) insert.run(row.run_id, kept[0].block.customerIds[kept[0].k], kept.length, encodeBlockColumns(pickFromBlocks(kept)));
    forgetRunResults(core, row.run_id);
  }
}
