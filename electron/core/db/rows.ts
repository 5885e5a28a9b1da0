import type { Statement } from 'better-sqlite3';
import type { Store } from './store';
import type { SyncedTable } from './schema';

/** Stamps every local change with a fresh hybrid-logical-clock time. */
export interface ChangeClock {
  readonly deviceId: string;
  tick(): string;
}

export interface RowWriter {
  insert(table: SyncedTable, row: Record<string, unknown>): string;
  update(table: SyncedTable, id: string, patch: Record<string, unknown>): boolean;
  remove(table: SyncedTable, id: string): boolean;
}

const NOT_LOGGED = new Set(['id', 'updated_at']);

/**
 * A new row's cells are logged as ONE change_log entry (column ROW_ENTRY, the value a JSON object of its set
 * cells): every cell of an insert has the insert's HLC, so this is the same history in a fifth of the bytes
 * (100,000 imported customers are 100,000 entries, not 800,000). Readers expand it (sync/log-cells.ts).
 */
export const ROW_ENTRY = '*';

/**
 * The only way the core writes synced rows: each insert, update and tombstone stamps `updated_at`
 * with the clock and appends change_log entries (one for a new row, one per changed cell of an update), in the
 * caller's transaction.
 */
export function createRowWriter(store: Store, clock: ChangeClock): RowWriter {
  const { sqlite } = store;
  const cache = new Map<string, Statement<unknown[]>>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = sqlite.prepare<unknown[]>(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  /** INSERT statements by table and column list (bulk writers insert many rows of the same shape) */
  const inserts = new Map<string, Statement<unknown[]>>();
  const logCell = prepare(
    'INSERT INTO change_log (table_name, row_id, column_name, value_json, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const log = (table: string, id: string, values: Record<string, unknown>, hlc: string) => {
    const device = clock.deviceId;
    for (const column in values) {
      const value = values[column];
      if (NOT_LOGGED.has(column)) continue;
      logCell.run(table, id, column, JSON.stringify(toSql(value)), hlc, device);
    }
  };

  return {
    insert(table, row) {
      const id = (row.id as string | undefined) ?? crypto.randomUUID();
      const hlc = clock.tick();
      const values: Record<string, unknown> = { ...row, id, updated_at: hlc, deleted: 0 };
      const columns = Object.keys(values);
      const key = `${table}(${columns.join(',')})`;
      let statement = inserts.get(key);
      if (!statement) {
        statement = sqlite.prepare<unknown[]>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        inserts.set(key, statement);
      }
      const params = new Array<unknown>(columns.length);
      for (let k = 0; k < columns.length; k++) params[k] = toSql(values[columns[k]]);
      statement.run(...params);
      // a new row's absent cells are null on every install, so only its set cells are logged, as one entry
      const cells: Record<string, unknown> = {};
      for (const column in values) if (!NOT_LOGGED.has(column) && values[column] != null) cells[column] = toSql(values[column]);
      logCell.run(table, id, ROW_ENTRY, JSON.stringify(cells), hlc, clock.deviceId);
      return id;
    },
    update(table, id, patch) {
      const current = prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
      if (!current) return false;
      const changed: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(patch)) {
        if (NOT_LOGGED.has(column)) continue;
        if (toSql(value) !== current[column]) changed[column] = value;
      }
      if (Object.keys(changed).length === 0) return false;
      const hlc = clock.tick();
      const columns = Object.keys(changed);
      prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...columns.map((c) => toSql(changed[c])),
        hlc,
        id,
      );
      log(table, id, changed, hlc);
      return true;
    },
    remove(table, id) {
      return this.update(table, id, { deleted: 1 });
    },
  };
}

function toSql(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
