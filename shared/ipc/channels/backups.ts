import { z } from 'zod';
import { channel } from '../define';

/** Why a backup was taken: before a migration, before a sync import, by hand, or just before a restore replaced the book. */
export type BackupReason = 'migration' | 'sync-import' | 'manual' | 'restore';

export const BACKUP_ID_PATTERN = /^\d{8}T\d{9}Z-\d{2}-(migration|sync-import|manual|restore)\.db$/;

export interface BackupInfo {
  /** the backup's file name in the book's backups folder */
  id: string;
  file: string;
  reason: BackupReason;
  /** ISO time the backup was taken */
  createdAt: string;
  bytes: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** the book as it was just before the restore, kept as a backup of its own */
  before: BackupInfo;
}

export const backupChannels = {
  'backups.list': channel<{ dir: string; backups: BackupInfo[] }>('read')(z.object({})),
  'backups.create': channel<BackupInfo>('write')(z.object({})),
  'backups.restore': channel<RestoreResult>('write')(z.object({ id: z.string().regex(BACKUP_ID_PATTERN) })),
};
