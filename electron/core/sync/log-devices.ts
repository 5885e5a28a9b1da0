import type { Database } from 'better-sqlite3';
import type { VersionVector } from '../../../shared/sync';

/** The devices the change log holds entries of: one index seek each on (device_id, hlc), not a scan of the log. */
export function logDevices(db: Database): string[] {
  return db
    .prepare(
      `WITH RECURSIVE d(id) AS (
         SELECT min(device_id) FROM change_log
         UNION ALL SELECT (SELECT min(device_id) FROM change_log WHERE device_id > d.id) FROM d WHERE d.id IS NOT NULL)
       SELECT id FROM d WHERE id IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
}

/** The greatest HLC per origin device over the whole log (everything this install has seen): a seek per device. */
export function logVector(db: Database): VersionVector {
  const newest = db.prepare('SELECT max(hlc) FROM change_log WHERE device_id = ?').pluck();
  return Object.fromEntries(logDevices(db).map((device) => [device, newest.get(device) as string]));
}
