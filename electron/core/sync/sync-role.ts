import type { PackRole } from '../../../shared/sync';
import type { Core } from '../core';
import { readSetting, writeSetting } from '../settings/settings';

/** This install's role in sync (setting `sync.role`): 'manager' unless set to 'rep'. */
export const SYNC_ROLE_KEY = 'sync.role';
/** createdHlc of the last pack this install made, so pack stamps keep rising across restarts. */
export const LAST_PACK_HLC_KEY = 'sync.lastPackHlc';

export function readSyncRole(core: Core): PackRole {
  return readSetting<string>(core.store, SYNC_ROLE_KEY) === 'rep' ? 'rep' : 'manager';
}

export function writeSyncRole(core: Core, role: PackRole): void {
  writeSetting(core.store, SYNC_ROLE_KEY, role);
}

/** Setting `sync.encryptedOnly`: when true, this install refuses sync packs that are not encrypted. */
export const ENCRYPTED_ONLY_KEY = 'sync.encryptedOnly';

export function readEncryptedOnly(core: Core): boolean {
  return readSetting<boolean>(core.store, ENCRYPTED_ONLY_KEY) === true;
}

export function writeEncryptedOnly(core: Core, on: boolean): void {
  writeSetting(core.store, ENCRYPTED_ONLY_KEY, on);
}

/**
 * Setting `sync.territoryRep`: the rep whose territory this install holds, learnt from the manager's territory pack
 * (which also makes the install a rep's). New customers made here belong to that rep.
 */
export const TERRITORY_REP_KEY = 'sync.territoryRep';

export function readTerritoryRep(core: Core): string | null {
  return readSetting<string>(core.store, TERRITORY_REP_KEY) ?? null;
}

export function writeTerritoryRep(core: Core, repId: string): void {
  writeSetting(core.store, TERRITORY_REP_KEY, repId);
  writeSyncRole(core, 'rep');
}
