/**
 * One transaction around an import that streams (so it spans awaits): BEGIN IMMEDIATE … COMMIT or ROLLBACK
 * on the core's connection. For a bulk orders load the non-unique full indexes of orders are dropped and rebuilt
 * inside the same transaction (a rollback restores them; the sort uses two threads), foreign keys are checked by
 * the import itself, the page cache is enlarged, and the WAL is copied into the database file by a background checkpoint after
 * the commit instead of SQLite's automatic one inside it (db/background-checkpoint.ts); every pragma is
 * restored afterwards.
 */
import type { Core } from '../core';
import { checkpointInBackground, pauseAutoCheckpoint } from '../db/background-checkpoint';

export interface ImportTransaction {
  /** A bulk load's dropped indexes back (once; `commit` does it when not done yet). */
  rebuildIndexes(): void;
  /** Commits; a bulk load then starts its background checkpoint (`checkpointsSettled` waits for it). */
  commit(): void;
  rollback(): void;
}

/**
 * CREATE INDEX sorts every order. With sorter threads SQLite sorts runs of at most the page cache's size on
 * worker threads and merges them: a small cache for the sort (the load's dirty pages spill to the WAL, as the
 * commit would write them anyway) lets both cores sort; one 256 MB run would be sorted by one.
 */
const SORT_THREADS = 2;
const SORT_CACHE_KIB = 4096;
/** the page cache while an import writes */
const IMPORT_CACHE_KIB = 262144;

function rebuildIndexes(db: Core['store']['sqlite'], indexes: { sql: string }[]) {
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`threads = ${SORT_THREADS}`);
  db.pragma(`cache_size = -${SORT_CACHE_KIB}`);
  try {
    for (const i of indexes) db.exec(i.sql);
  } finally {
    db.pragma(`threads = ${threads}`);
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  }
}

export function beginImport(core: Core, bulkOrders: boolean): ImportTransaction {
  const db = core.store.sqlite;
  if (db.inTransaction) throw new Error('an import cannot start inside another transaction');
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  if (bulkOrders) db.pragma('foreign_keys = OFF');
  const autoCheckpoint = bulkOrders ? pauseAutoCheckpoint(core.store) : 0;
  db.exec('BEGIN IMMEDIATE');
  let indexes: { name: string; sql: string }[] = [];
  if (bulkOrders) {
    // non-unique, full indexes only: a partial one (orders_deleted_customer: WHERE deleted <> 0) holds none of the
    // inserted orders, so keeping it costs nothing while rebuilding it would scan the whole table
    indexes = db
      .prepare(`SELECT m.name, m.sql FROM pragma_index_list('orders') l JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name
        WHERE l."unique" = 0 AND l.partial = 0 AND l.origin = 'c'`)
      .all() as { name: string; sql: string }[];
    for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  }
  /** Every pragma back as it was; after a bulk commit the background checkpoint restores the automatic one. */
  const restore = (committed: boolean) => {
    db.pragma(`cache_size = ${cache}`);
    if (!bulkOrders) return;
    db.pragma(`foreign_keys = ${fk ? 'ON' : 'OFF'}`);
    if (committed) void checkpointInBackground(core.store, autoCheckpoint);
    else db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  };
  const rebuild = () => {
    if (indexes.length) rebuildIndexes(db, indexes);
    indexes = [];
  };
  return {
    rebuildIndexes: rebuild,
    commit() {
      try {
        rebuild();
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        restore(false);
        throw error;
      }
      restore(true);
    },
    rollback() {
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } finally {
        restore(false);
      }
    },
  };
}
