import type { BackupInfo, BackupReason } from '../../../shared/ipc/channels/backups';
import type { Core } from '../core';
import { busy } from '../activity';
import { backupWithApi } from './write-backup';

/**
 * A consistent copy of the open book in its backups folder (SQLite's backup API), dated by the core's clock;
 * the folder keeps the newest five. Refused while a write transaction is open on the book (an import holds one
 * across turns of the event loop): the copy could not start until it ends.
 */
export async function createBackup(core: Core, reason: BackupReason): Promise<BackupInfo> {
  if (core.store.sqlite.inTransaction) throw busy(['import'], 'backups.create');
  return backupWithApi(core.store.sqlite, {
    bookFile: core.store.file,
    reason,
    at: core.now(),
    nativeBinding: core.store.nativeBinding,
  });
}

/** True when the book holds nothing of the user's yet: no customer, no order, no logged change. */
export function isEmptyBook(core: Core): boolean {
  const row = core.store.sqlite
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM change_log) AS filled`,
    )
    .get() as { filled: number };
  return !row.filled;
}

/** Before a sync import: a backup when the book already holds something, none for a fresh install. */
export async function backupBeforeSyncImport(core: Core): Promise<BackupInfo | null> {
  if (core.store.file === ':memory:' || isEmptyBook(core)) return null;
  return createBackup(core, 'sync-import');
}
