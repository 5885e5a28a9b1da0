/**
 * Writes a consistent copy of an open book into its backups folder. The async form uses SQLite's online backup
 * API (better-sqlite3 `db.backup`): it copies the pages a few at a time between turns of the event loop, and
 * the copy is one snapshot even when the same connection writes meanwhile (SQLite carries those writes into
 * the copy) or another connection does (the copy restarts). The synchronous form (for the migration, which runs
 * inside the synchronous open) uses `VACUUM INTO`, which reads the book in one read transaction, WAL included.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../shared/ipc/channels/backups';
import { backupsDir, BACKUPS_KEPT, listBackups, newBackupPath, partialPath, pruneBackups } from './backup-files';

export interface BackupTarget {
  bookFile: string;
  reason: BackupReason;
  at: Date;
  /** a backup pruning must keep even when it is not among the newest (the one being restored) */
  protect?: string;
  /** better-sqlite3 build for another ABI (Electron's) */
  nativeBinding?: string;
}

export async function backupWithApi(sqlite: Database.Database, target: BackupTarget): Promise<BackupInfo> {
  return finish(target, async (partial) => {
    await sqlite.backup(partial);
  });
}

export function backupWithVacuum(sqlite: Database.Database, target: BackupTarget): string {
  const paths = backupPaths(target);
  try {
    sqlite.prepare('VACUUM INTO ?').run(paths.partial);
  } catch (error) {
    fs.rmSync(paths.partial, { force: true });
    throw error;
  }
  return place(target, paths);
}

async function finish(target: BackupTarget, write: (partial: string) => Promise<void>): Promise<BackupInfo> {
  const paths = backupPaths(target);
  try {
    await write(paths.partial);
  } catch (error) {
    fs.rmSync(paths.partial, { force: true });
    throw error;
  }
  const file = place(target, paths);
  const info = listBackups(paths.dir).find((b) => b.file === file);
  if (!info) throw new Error(`the backup ${file} vanished as it was written`);
  return info;
}

interface BackupPaths {
  dir: string;
  file: string;
  /** written under this name, renamed to `file` once whole */
  partial: string;
}

function backupPaths(target: BackupTarget): BackupPaths {
  const dir = backupsDir(target.bookFile);
  const file = newBackupPath(dir, target.reason, target.at);
  return { dir, file, partial: partialPath(file) };
}

/** A written copy made a single file, put under its name, and the oldest backups beyond the kept ones pruned. */
function place(target: BackupTarget, { dir, file, partial }: BackupPaths): string {
  try {
    standalone(partial, target.nativeBinding);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  pruneBackups(dir, BACKUPS_KEPT, target.protect);
  return file;
}

/** A backup is one file: no WAL mode (which would need -wal and -shm files beside it to be read). */
function standalone(file: string, nativeBinding: string | undefined): void {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
