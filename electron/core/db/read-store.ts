/**
 * A second, read-only connection to the book's file, for reads while the core's connection is inside a long
 * write transaction (an import that streams a file spans awaits). In WAL mode it sees the last committed
 * snapshot: none of the open transaction's rows, its dropped indexes or its pragmas. It can fill TEMP tables
 * (temp.run_results) like the core's connection; any write to the book fails with SQLITE_READONLY.
 */
import Database from 'better-sqlite3';
import { storeOver, type Store } from './store';

export function openReadStore(main: Store): Store {
  if (main.file === ':memory:') throw new Error('an in-memory book has no second connection');
  const sqlite = new Database(main.file, {
    readonly: true,
    ...(main.nativeBinding ? { nativeBinding: main.nativeBinding } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  return storeOver(main.file, sqlite, main.migration, main.nativeBinding);
}

/** The error better-sqlite3 throws when a read-only connection is asked to write. */
export function isReadOnlyError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_READONLY';
}
