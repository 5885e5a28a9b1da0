import type { syncChannels } from '../../../shared/ipc/channels/sync';
import { backupBeforeSyncImport } from '../backups/create-backup';
import { exportsDir } from '../files/file-drop';
import { exportPack } from '../sync/export-pack';
import { importPack } from '../sync/import-pack';
import { assertPackFileSize } from '../sync/pack-file';
import { addPeer, updatePeer } from '../sync/peers';
import { writeEncryptedOnly, writeSyncRole } from '../sync/sync-role';
import { listConflicts, syncStatus } from '../sync/sync-status';
import type { HandlersFor } from './types';

export const syncHandlers: HandlersFor<typeof syncChannels> = {
  'sync.status': (_input, { core }) => syncStatus(core),
  'sync.role.set': ({ role }, { core }) => {
    writeSyncRole(core, role);
    return syncStatus(core);
  },
  'sync.encryptedOnly.set': ({ on }, { core }) => {
    writeEncryptedOnly(core, on);
    return syncStatus(core);
  },
  'sync.peers.add': (input, { core }) => addPeer(core, input),
  'sync.peers.update': (input, { core }) => updatePeer(core, input),
  'sync.export': ({ peerDeviceId, passphrase, includePersonalData, file }, { core, progress }) => {
    const result = exportPack(core, {
      peerDeviceId: peerDeviceId ?? null,
      passphrase,
      includePersonalData,
      file,
      progress: (stage, done, total) => progress({ stage, done, total }),
    });
    return { ...result, exportsDir: exportsDir(core), encrypted: Boolean(passphrase) };
  },
  'sync.import': async ({ file, passphrase }, { core, progress }) => {
    assertPackFileSize(file); // before the pack is read whole
    await backupBeforeSyncImport(core); // a way back: a non-empty book is copied aside first
    return importPack(core, file, { passphrase, progress: (stage, done, total) => progress({ stage, done, total }) });
  },
  'sync.conflicts': ({ page, pageSize }, { core }) => listConflicts(core, page, pageSize),
};
