/**
 * Which logged changes a pack carries, read with SQL so a territory pack reads only its rows:
 * - a book pack (no peer, or a manager peer): every change the peer has not confirmed (above its vector);
 * - a territory pack (a rep peer): the shared tables above the vector, and the rows of the rep's customers —
 *   above the vector, or their whole history for customers new to that rep (`whole`);
 * - a rep's pack: only its own changes (made on this install) of the tables a rep may change.
 */
import type { Change, VersionVector } from '../../../shared/sync';
import type { Core } from '../core';
import { CELL_COUNT, changesOf, type LogRow } from './log-cells';
import { logDevices } from './log-devices';
import { fillTerritoryRows, REP_WRITABLE, SHARED_TABLES } from './territory';

export type ChangeSelection =
  | { kind: 'book' }
  | { kind: 'territory'; repId: string; whole: ReadonlySet<string> }
  | { kind: 'rep-own'; deviceId: string };

const COLUMNS = 'l.seq, l.table_name, l.row_id, l.column_name, l.value_json, l.hlc';
const list = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/** temp.pack_vector: each device of the log with the HLC the peer has seen of it ('' for none). */
function fillVector(core: Core, vector: VersionVector) {
  const db = core.store.sqlite;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS pack_vector (device_id TEXT PRIMARY KEY, above TEXT NOT NULL) WITHOUT ROWID;
    DELETE FROM temp.pack_vector;`);
  const add = db.prepare('INSERT INTO temp.pack_vector VALUES (?, ?)');
  for (const device of logDevices(db)) add.run(device, vector[device] ?? '');
}

/** The selection as SQL over change_log l (temp tables filled), with its parameters. */
function selectionSql(core: Core, selection: ChangeSelection, vector: VersionVector): [string, unknown[]] {
  fillVector(core, vector);
  if (selection.kind === 'book') {
    // one range of the (device_id, hlc) index per device
    return [`SELECT ${COLUMNS} FROM temp.pack_vector v CROSS JOIN change_log l ON l.device_id = v.device_id AND l.hlc > v.above`, []];
  }
  if (selection.kind === 'rep-own') {
    return [
      `SELECT ${COLUMNS} FROM change_log l WHERE l.device_id = ? AND l.hlc > ? AND l.table_name IN (${list([...REP_WRITABLE])})`,
      [selection.deviceId, vector[selection.deviceId] ?? ''],
    ];
  }
  fillTerritoryRows(core, selection.repId, selection.whole);
  return [
    `SELECT ${COLUMNS} FROM change_log l JOIN temp.pack_vector v ON v.device_id = l.device_id
     WHERE l.table_name IN (${list(SHARED_TABLES)}) AND l.hlc > v.above
     UNION ALL
     SELECT ${COLUMNS} FROM temp.pack_rows s CROSS JOIN change_log l ON l.table_name = s.table_name AND l.row_id = s.row_id
       JOIN temp.pack_vector v ON v.device_id = l.device_id
     WHERE s.whole = 1 OR l.hlc > v.above`,
    [],
  ];
}

export function selectChanges(core: Core, selection: ChangeSelection, vector: VersionVector): Change[] {
  const [sql, params] = selectionSql(core, selection, vector);
  const changes: Change[] = [];
  for (const row of core.store.sqlite.prepare(`${sql} ORDER BY 1`).iterate(...params) as IterableIterator<LogRow>) changesOf(row, changes);
  return changes;
}

/** How many changes the selection holds (what the next pack would carry), without reading them. */
export function countChanges(core: Core, selection: ChangeSelection, vector: VersionVector): number {
  const [sql, params] = selectionSql(core, selection, vector);
  return (core.store.sqlite.prepare(`SELECT coalesce(sum(${CELL_COUNT}), 0) FROM (${sql}) l`).pluck().get(...params) as number) ?? 0;
}
