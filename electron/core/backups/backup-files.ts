/**
 * The backups folder beside a book (`<book>-backups/`, like its exports folder) and what is in it. A backup is a
 * self-contained SQLite file named `<UTC time>-<nn>-<reason>.db`, so the folder alone says when and why each was
 * taken, and the names sort oldest to newest. A backup is written as `<name>.partial` and renamed when complete,
 * so a crash while writing never leaves a half backup in the list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_ID_PATTERN, type BackupInfo, type BackupReason } from '../../../shared/ipc/channels/backups';
import { folderBesideBook } from '../files/file-drop';

/** How many backups a book keeps (the newest). */
export const BACKUPS_KEPT = 5;

const PARTIAL = '.partial';
/** a `.partial` file older than this was left by a process that died while writing it */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

export function backupsDir(bookFile: string): string {
  return folderBesideBook(bookFile, 'backups');
}

/** A new, unused backup path in `dir` for a backup taken at `at`. */
export function newBackupPath(dir: string, reason: BackupReason, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  const taken = new Set(fs.readdirSync(dir));
  for (let n = 0; n < 100; n++) {
    const prefix = `${stamp}-${String(n).padStart(2, '0')}-`;
    if (![...taken].some((name) => name.startsWith(prefix))) return path.join(dir, `${prefix}${reason}.db`);
  }
  throw new Error(`no free backup name for ${stamp} in ${dir}`);
}

export function partialPath(file: string): string {
  return file + PARTIAL;
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  const names = fs.readdirSync(dir).filter((name) => BACKUP_ID_PATTERN.test(name));
  names.sort().reverse();
  return names.flatMap((id) => {
    const file = path.join(dir, id);
    try {
      return [{ id, file, reason: reasonOf(id), createdAt: createdAtOf(id), bytes: fs.statSync(file).size }];
    } catch {
      return []; // removed meanwhile
    }
  });
}

/** Removes all but the newest `keep` backups (never `protect`), and `.partial` files left by a crash. */
export function pruneBackups(dir: string, keep = BACKUPS_KEPT, protect?: string): void {
  for (const backup of listBackups(dir).slice(keep)) {
    if (backup.id !== protect) fs.rmSync(backup.file, { force: true });
  }
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith(PARTIAL)) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
    } catch {
      // another process finished or removed it
    }
  }
}

function reasonOf(id: string): BackupReason {
  return id.slice(23, -3) as BackupReason;
}

function createdAtOf(id: string): string {
  const s = id.slice(0, 18); // 20261205T101112345
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}
