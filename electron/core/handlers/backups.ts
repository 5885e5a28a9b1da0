import type { backupChannels } from '../../../shared/ipc/channels/backups';
import { AppError } from '../../../shared/ipc/errors';
import { othersRunning, busy } from '../activity';
import { backupsDir, listBackups } from '../backups/backup-files';
import { createBackup } from '../backups/create-backup';
import { restoreBackup } from '../backups/restore-backup';
import type { HandlersFor } from './types';

export const backupHandlers: HandlersFor<typeof backupChannels> = {
  'backups.list': (_input, { core }) => {
    const dir = backupsDir(inFile(core.store.file));
    return { dir, backups: listBackups(dir) };
  },
  'backups.create': (_input, { core }) => {
    inFile(core.store.file);
    const others = othersRunning(core, 'backups.create');
    if (others.length) throw busy(others, 'backups.create');
    return createBackup(core, 'manual');
  },
  'backups.restore': ({ id }, { core }) => restoreBackup(core, id),
};

function inFile(file: string): string {
  if (file === ':memory:') throw new AppError('validation', { zh: '内存数据库没有备份。', en: 'A book in memory has no backups.' });
  return file;
}
