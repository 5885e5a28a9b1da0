import type { Migration } from './migration';

/**
 * Sync bookkeeping the pack importer needs (electron/core/sync):
 * - sync_peers.last_imported_hlc: createdHlc of the last pack imported from that peer (the replay guard);
 * - an index so a conflict is recorded once per (cell, lost HLC) however often its pack is seen.
 */
export const syncPeerState: Migration = {
  version: 2,
  name: 'sync_peer_state',
  up(db) {
    db.exec(`
      ALTER TABLE sync_peers ADD COLUMN last_imported_hlc TEXT;
      CREATE INDEX sync_conflicts_cell ON sync_conflicts(table_name, row_id, column_name, lost_hlc);
    `);
  },
};
