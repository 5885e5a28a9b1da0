import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from '../../../migrations';
import { AppError } from '../../../shared/ipc/errors';
import { backupWithVacuum } from '../backups/write-backup';

export interface MigrateReport {
  from: number;
  to: number;
  /** where the pre-migration copy went, when one was made */
  backupFile: string | null;
}

/**
 * Brings the database up to the latest schema, one numbered migration at a time, each in a transaction.
 * Refuses a database made by a newer TierDesk. Before changing an existing database it writes a consistent copy
 * into the book's backups folder with `VACUUM INTO` (one read transaction, so whatever sits in the WAL is in it):
 * the open is synchronous, and better-sqlite3's backup API is asynchronous only.
 */
export function migrate(
  sqlite: Database,
  file: string,
  options: { backup: boolean; migrations?: readonly Migration[]; now?: () => Date; nativeBinding?: string },
): MigrateReport {
  const migrations = options.migrations ?? MIGRATIONS;
  const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;
  const from = assertSupportedVersion(sqlite, file, LATEST_SCHEMA_VERSION);
  if (from === LATEST_SCHEMA_VERSION) return { from, to: from, backupFile: null };

  const backupFile =
    options.backup && from > 0 && file !== ':memory:'
      ? backupWithVacuum(sqlite, { bookFile: file, reason: 'migration', at: (options.now ?? (() => new Date()))(), nativeBinding: options.nativeBinding })
      : null;
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    sqlite.transaction(() => {
      migration.up(sqlite);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: LATEST_SCHEMA_VERSION, backupFile };
}

/** Refuses a database made by a newer TierDesk, before anything (even a pragma) touches the file. */
export function assertSupportedVersion(sqlite: Database, file: string, latest = MIGRATIONS[MIGRATIONS.length - 1].version): number {
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  if (from > latest) {
    throw new AppError(
      'newer_database',
      {
        zh: `数据库 ${file} 由更新版本的 TierDesk 创建（结构版本 ${from}，本程序支持到 ${latest}）。请升级 TierDesk 后再打开，文件未做任何修改。`,
        en: `The database ${file} was made by a newer TierDesk (schema ${from}; this app knows up to ${latest}). Update TierDesk to open it; the file was not changed.`,
      },
      { file, schemaVersion: from, supportedVersion: latest },
    );
  }
  return from;
}
