import type { SyncConflictEntry, SyncStatus } from '../../../shared/ipc/channels/sync';
import type { Core } from '../core';
import { listPeers } from './peers';
import { readEncryptedOnly, readSyncRole, readTerritoryRep } from './sync-role';

/** This device, its role, the size of its change log and every peer with its last exchange. */
export function syncStatus(core: Core): SyncStatus {
  const db = core.store.sqlite;
  const row = db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number };
  const territoryRepId = readTerritoryRep(core);
  const territoryRepName = territoryRepId ? ((db.prepare('SELECT name FROM reps WHERE id = ?').pluck().get(territoryRepId) as string | undefined) ?? null) : null;
  return {
    deviceId: core.clock.deviceId,
    role: readSyncRole(core),
    encryptedOnly: readEncryptedOnly(core),
    territoryRepId,
    territoryRepName,
    changes: row.n,
    peers: listPeers(core),
  };
}

/** The conflict log, newest first, one page at a time. */
export function listConflicts(core: Core, page: number, pageSize: number): { total: number; items: SyncConflictEntry[] } {
  const { qb } = core.store;
  const total = core.store.get(qb.selectFrom('sync_conflicts').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const rows = core.store.all(
    qb
      .selectFrom('sync_conflicts')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      packFrom: r.pack_from,
      table: r.table_name,
      rowId: r.row_id,
      column: r.column_name,
      keptValue: parseJson(r.kept_value_json),
      keptHlc: r.kept_hlc,
      lostValue: parseJson(r.lost_value_json),
      lostHlc: r.lost_hlc,
      resolvedAt: r.resolved_at,
    })),
  };
}

function parseJson(text: string | null): unknown {
  return text == null ? null : (JSON.parse(text) as unknown);
}
