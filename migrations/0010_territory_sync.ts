import type { Migration } from './migration';

/**
 * Territory packs (electron/core/sync/territory.ts; docs/ARCHITECTURE.md §6):
 * - sync_peers.rep_id: for a peer of role 'rep', the rep record it is (whose customers its packs hold and may change);
 * - sync_peers.acked_pack_hlc: createdHlc of the newest pack of ours the peer says it imported (a pack's `ack`);
 * - sync_peer_customers: the customers whose whole history was first sent to a peer in the pack stamped sent_hlc;
 *   until the peer acknowledges that pack, the next pack sends their whole history again;
 * - a published model version is immutable in its status too (the trigger of 0001 left status out).
 */
export const territorySync: Migration = {
  version: 10,
  name: 'territory_sync',
  up(db) {
    db.exec(`
      ALTER TABLE sync_peers ADD COLUMN rep_id TEXT;
      ALTER TABLE sync_peers ADD COLUMN acked_pack_hlc TEXT;
      CREATE TABLE sync_peer_customers (
        device_id TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        sent_hlc TEXT NOT NULL,
        PRIMARY KEY (device_id, customer_id)
      ) WITHOUT ROWID;
      DROP TRIGGER model_versions_published_immutable;
      CREATE TRIGGER model_versions_published_immutable
        BEFORE UPDATE OF definition, version, model_id, status ON model_versions
        WHEN OLD.status = 'published' AND (
          NEW.status IS NOT OLD.status OR NEW.definition IS NOT OLD.definition
          OR NEW.version IS NOT OLD.version OR NEW.model_id IS NOT OLD.model_id)
        BEGIN SELECT RAISE(ABORT, 'a published model version cannot be changed'); END;
    `);
  },
};
