/**
 * Restores a backup into the open book, in place, with the app still running:
 * 1. refused while any other call runs (an import, an export…), and every other call is refused until it ends;
 * 2. the backup is checked first (readable, `quick_check` ok, not from a newer TierDesk);
 * 3. the book's connection is closed (after any background checkpoint), and the book must then be free: a
 *    connection that asks for an exclusive lock must get it, else another TierDesk (a window, a command) has the
 *    book open and the restore is refused;
 * 4. the book as it is now is kept as a backup of its own (reason 'restore'), so a restore can be undone;
 * 5. the backup is written into the book through SQLite's backup API — one write transaction on the book:
 *    killed halfway, the book is still what it was; the book stays in WAL mode;
 * 6. the core reopens the book (migrating a backup from an older TierDesk), with fresh caches.
 * Files are never copied over the book and its -wal/-shm are never deleted: SQLite does the replacing.
 */
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../migrations';
import type { RestoreResult } from '../../../shared/ipc/channels/backups';
import { AppError } from '../../../shared/ipc/errors';
import { alone } from '../activity';
import type { Core } from '../core';
import { checkpointsSettled } from '../db/background-checkpoint';
import { backupsDir, listBackups } from './backup-files';
import { backupWithApi } from './write-backup';

export async function restoreBackup(core: Core, id: string): Promise<RestoreResult> {
  const bookFile = core.store.file;
  if (bookFile === ':memory:') throw new AppError('validation', { zh: '内存数据库没有备份。', en: 'A book in memory has no backups.' });
  const chosen = listBackups(backupsDir(bookFile)).find((b) => b.id === id);
  if (!chosen) {
    throw new AppError('not_found', { zh: `找不到备份 ${id}。`, en: `There is no backup ${id}.` }, { id });
  }
  const nativeBinding = core.store.nativeBinding;
  const options = nativeBinding ? { nativeBinding } : {};
  return alone(core, 'backups.restore', async () => {
    assertRestorable(chosen.file, options);
    await checkpointsSettled(core.store);
    core.close();
    try {
      assertBookFree(bookFile, options);
      const current = new Database(bookFile, options);
      const before = await backupWithApi(current, { bookFile, reason: 'restore', at: core.now(), protect: id, nativeBinding }).finally(
        () => current.close(),
      );
      const source = new Database(chosen.file, { ...options, readonly: true });
      try {
        await source.backup(bookFile);
      } finally {
        source.close();
      }
      return { restored: chosen, before };
    } finally {
      core.reopen();
    }
  });
}

function assertRestorable(file: string, options: { nativeBinding?: string }): void {
  let db: Database.Database | undefined;
  let version: number;
  let check: string;
  try {
    db = new Database(file, { ...options, readonly: true, fileMustExist: true });
    version = db.pragma('user_version', { simple: true }) as number;
    check = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    throw damaged(file, String(error));
  } finally {
    db?.close();
  }
  if (check !== 'ok') throw damaged(file, check);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'newer_database',
      {
        zh: `备份 ${file} 由更新版本的 TierDesk 创建（结构版本 ${version}），无法恢复。`,
        en: `The backup ${file} was made by a newer TierDesk (schema ${version}); it cannot be restored.`,
      },
      { file, schemaVersion: version, supportedVersion: LATEST_SCHEMA_VERSION },
    );
  }
}

function damaged(file: string, why: string): AppError {
  return new AppError(
    'bad_file',
    { zh: `备份已损坏，未做任何更改：${file}（${why}）`, en: `The backup is damaged; nothing was changed: ${file} (${why})` },
    { file },
  );
}

/** Refuses when another connection (another window, a command line) has the book open. */
function assertBookFree(bookFile: string, options: { nativeBinding?: string }): void {
  const probe = new Database(bookFile, { ...options, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch {
    throw new AppError(
      'conflict',
      {
        zh: '这本账簿正被另一个 TierDesk（窗口或命令行）打开，请先关闭它再恢复备份。未做任何更改。',
        en: 'Another TierDesk (a window or a command) has this book open; close it, then restore. Nothing was changed.',
      },
      { file: bookFile },
    );
  } finally {
    probe.close();
  }
}
