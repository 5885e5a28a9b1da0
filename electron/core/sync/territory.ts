/**
 * Territories: which rows of the book belong to which rep. A rep's territory is the customers it owns
 * (customers.owner_rep_id) and every row that belongs to them, its own rep record and plans; the shared tables
 * (models, versions, tier policies, rating runs) go to everyone. Other reps' records (names, phones, e-mails)
 * stay with the manager. One table says how each synced table's rows belong, for the
 * export (what a rep's pack holds) and the import (what a rep may change) alike.
 */
import type { SyncedTable } from '../db/schema';
import type { Core } from '../core';

export type RowOwnership =
  | { kind: 'shared' }
  /** the row is a customer's (column: the customer's id) */
  | { kind: 'customer'; column: 'id' | 'customer_id' }
  /** the row is a rep's (column: the rep's id; null: every rep's) */
  | { kind: 'rep'; column: 'rep_id' | 'id' };

export const ROW_OWNERSHIP: Readonly<Record<SyncedTable, RowOwnership>> = {
  reps: { kind: 'rep', column: 'id' },
  models: { kind: 'shared' },
  model_versions: { kind: 'shared' },
  rating_runs: { kind: 'shared' },
  tier_policies: { kind: 'shared' },
  customers: { kind: 'customer', column: 'id' },
  assessments: { kind: 'customer', column: 'customer_id' },
  overrides: { kind: 'customer', column: 'customer_id' },
  visits: { kind: 'customer', column: 'customer_id' },
  visit_plans: { kind: 'rep', column: 'rep_id' },
};

/** Tables a rep's install may change (its field work); the rest is the manager's. */
export const REP_WRITABLE: ReadonlySet<SyncedTable> = new Set(['customers', 'assessments', 'visits', 'visit_plans']);

export const SHARED_TABLES = (Object.keys(ROW_OWNERSHIP) as SyncedTable[]).filter((t) => ROW_OWNERSHIP[t].kind === 'shared');

/** The customers of a rep's territory (tombstoned ones too, so their removal travels), in id order. */
export function territoryCustomers(core: Core, repId: string): string[] {
  return core.store.sqlite.prepare('SELECT id FROM customers WHERE owner_rep_id = ? ORDER BY id').pluck().all(repId) as string[];
}

/**
 * Fills the connection's temp.pack_rows with the rows of a territory: (table, row id, whole), where whole = 1
 * marks the rows of customers whose whole history the pack must carry (new to the receiver).
 */
export function fillTerritoryRows(core: Core, repId: string, wholeCustomers: ReadonlySet<string>): void {
  const db = core.store.sqlite;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS pack_customers (id TEXT PRIMARY KEY, whole INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS pack_rows (table_name TEXT NOT NULL, row_id TEXT NOT NULL, whole INTEGER NOT NULL, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID;
    DELETE FROM temp.pack_customers; DELETE FROM temp.pack_rows;`);
  const addCustomer = db.prepare('INSERT INTO temp.pack_customers VALUES (?, ?)');
  for (const id of territoryCustomers(core, repId)) addCustomer.run(id, wholeCustomers.has(id) ? 1 : 0);
  for (const [table, rule] of Object.entries(ROW_OWNERSHIP) as [SyncedTable, RowOwnership][]) {
    if (rule.kind === 'customer') {
      db.prepare(
        // CROSS JOIN keeps the (small) territory as the outer loop, each customer's rows found by index
        `INSERT OR IGNORE INTO temp.pack_rows SELECT '${table}', t.id, p.whole FROM temp.pack_customers p CROSS JOIN ${table} t ON t.${rule.column} = p.id`,
      ).run();
    } else if (rule.kind === 'rep') {
      db.prepare(`INSERT OR IGNORE INTO temp.pack_rows SELECT '${table}', id, 0 FROM ${table} WHERE ${rule.column} = ? OR ${rule.column} IS NULL`).run(repId);
    }
  }
}
