/**
 * Applies a pack's changes to the store (inside the caller's transaction), cell by cell, last writer wins:
 * - the stored HLC of a cell is MAX(hlc) in change_log for that cell (never the row's updated_at);
 * - every change not already logged is appended (losing ones too, keyed by hlc + cell, device = its origin),
 *   so this log stays a complete, prefix-closed history that can be relayed to other installs;
 * - rows are written once at the end with their winning values: a row new to this book is inserted
 *   (its NOT NULL cells arrive in the same pack), an existing one updated in the changed columns only,
 *   and updated_at becomes the greatest HLC applied to the row (which converges on every install);
 * - conflicts are recorded in sync_conflicts once per (cell, lost HLC).
 */
import { canonicalJson, cellKeyOf, decide, hlcDevice, type Cell, type Change, type Conflict } from '../../../shared/sync';
import type { Statement } from 'better-sqlite3';
import type { TableCounts } from '../../../shared/ipc/channels/sync';
import type { Core } from '../core';
import { logCells } from './log-cells';
import { badPack } from './pack-errors';

export interface ApplyOutcome {
  applied: number;
  ignored: number;
  conflicts: number;
  tables: Record<string, TableCounts>;
}

interface RowWinners {
  table: string;
  rowId: string;
  cells: Map<string, Cell>;
}

export function applyPackChanges(core: Core, from: string, changes: readonly Change[]): ApplyOutcome {
  const db = core.store.sqlite;
  const cellWhere = 'table_name = ? AND row_id = ? AND column_name = ?';
  const log = logCells(db);
  const appendLog = db.prepare(
    'INSERT INTO change_log (table_name, row_id, column_name, value_json, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const conflictKnown = db.prepare(`SELECT 1 FROM sync_conflicts WHERE ${cellWhere} AND lost_hlc = ?`).pluck();
  const addConflict = db.prepare(
    `INSERT INTO sync_conflicts (pack_from, table_name, row_id, column_name, kept_value_json, kept_hlc, lost_value_json, lost_hlc, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const statements = new Map<string, Statement>();
  const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  const here = new Map<string, boolean>();
  const rowIsHere = (table: string, rowId: string) => {
    const rowKey = `${table}\u0000${rowId}`;
    let found = here.get(rowKey);
    if (found === undefined) here.set(rowKey, (found = prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(rowId) === 1));
    return found;
  };
  const resolvedAt = core.now().toISOString();
  const current = new Map<string, Cell>();
  const seenInPack = new Set<string>();
  const rows = new Map<string, RowWinners>();
  const outcome: ApplyOutcome = { applied: 0, ignored: 0, conflicts: 0, tables: {} };

  const recordConflict = (conflict: Conflict) => {
    const { table, rowId, column, kept, overridden } = conflict;
    if (conflictKnown.get(table, rowId, column, overridden.hlc)) return;
    addConflict.run(from, table, rowId, column, canonicalJson(kept.value), kept.hlc, canonicalJson(overridden.value), overridden.hlc, resolvedAt);
    outcome.conflicts += 1;
  };

  for (const change of changes) {
    const key = cellKeyOf(change);
    const id = `${change.hlc}|${key}`; // changeId(change), without serializing the cell twice
    if (seenInPack.has(id)) {
      outcome.ignored += 1;
      continue;
    }
    seenInPack.add(id);
    const { table, rowId, column, hlc } = change;
    // a row this book does not hold has no logged cells either (its first change always creates it)
    const stored = current.get(key) ?? (rowIsHere(table, rowId) ? log.latest(table, rowId, column) : undefined);
    const decision = decide(stored, change);
    if (decision.conflict) recordConflict({ table, rowId, column, ...decision.conflict });
    const valueJson = canonicalJson(change.value);
    if (decision.reason === 'same_hlc') {
      if (decision.apply) log.rewrite(table, rowId, column, hlc, valueJson);
    } else if (decision.reason !== 'duplicate' && (decision.reason !== 'older' || !log.isLogged(table, rowId, column, hlc))) {
      appendLog.run(table, rowId, column, valueJson, hlc, hlcDevice(hlc));
    }
    if (!decision.apply) {
      outcome.ignored += 1;
      continue;
    }
    outcome.applied += 1;
    const cell = { value: change.value, hlc };
    current.set(key, cell);
    const rowKey = `${table}\u0000${rowId}`;
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = { table, rowId, cells: new Map() }));
    row.cells.set(column, cell);
  }

  for (const row of rows.values()) writeRow(prepare, row, outcome);
  return outcome;
}

/** Writes one row's winning cells: insert when the row is new here, else update what changed. */
function writeRow(prepare: (sql: string) => Statement, row: RowWinners, outcome: ApplyOutcome) {
  const counts = (outcome.tables[row.table] ??= { inserted: 0, updated: 0, deleted: 0 });
  let newest = '';
  for (const cell of row.cells.values()) if (cell.hlc > newest) newest = cell.hlc;
  const existing = prepare(`SELECT * FROM ${row.table} WHERE id = ?`).get(row.rowId) as Record<string, unknown> | undefined;
  try {
    if (!existing) {
      const columns = [...row.cells.keys()];
      const sql = `INSERT INTO ${row.table} (id, updated_at, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`;
      prepare(sql).run(row.rowId, newest, ...columns.map((c) => toSql(row.cells.get(c)?.value)));
      if (toSql(row.cells.get('deleted')?.value) === 1) counts.deleted += 1;
      else counts.inserted += 1;
      return;
    }
    const changed = [...row.cells.entries()].filter(([column, cell]) => toSql(cell.value) !== existing[column]);
    const updatedAt = newest > String(existing.updated_at) ? newest : String(existing.updated_at);
    if (changed.length === 0 && updatedAt === existing.updated_at) return;
    const sets = [...changed.map(([column]) => `${column} = ?`), 'updated_at = ?'].join(', ');
    prepare(`UPDATE ${row.table} SET ${sets} WHERE id = ?`).run(...changed.map(([, cell]) => toSql(cell.value)), updatedAt, row.rowId);
    if (changed.length === 0) return;
    const deletedNow = changed.some(([column, cell]) => column === 'deleted' && toSql(cell.value) === 1);
    if (deletedNow) counts.deleted += 1;
    else counts.updated += 1;
  } catch (error) {
    throw rowRefused(row, existing === undefined, error);
  }
}

function toSql(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

function rowRefused(row: RowWinners, isNew: boolean, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const where = `${row.table} ${row.rowId}`;
  if (/UNIQUE/.test(message)) {
    return badPack(
      'pack_unique_clash',
      `同步包中的 ${where} 与本机已有数据重复（${message}），例如两台电脑建了同一客户编号。请在一台电脑上改正后重新导出。未做任何更改。`,
      `${where} in the pack clashes with data in this book (${message}), e.g. two computers created the same customer code. Fix it on one computer and export again. Nothing was changed.`,
      { table: row.table, rowId: row.rowId, sqlite: message },
    );
  }
  return badPack(
    'pack_row_refused',
    `无法写入同步包中的 ${where}${isNew ? '（新记录缺少必填数据）' : ''}：${message}。未做任何更改。`,
    `Cannot write ${where} from the pack${isNew ? ' (a new row lacks required data)' : ''}: ${message}. Nothing was changed.`,
    { table: row.table, rowId: row.rowId, sqlite: message },
  );
}
