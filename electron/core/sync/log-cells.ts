/**
 * Reading cells from the change log, whether logged one by one (updates, packs) or as a new row's single entry
 * (ROW_ENTRY: a JSON object of its cells, all with the insert's HLC). A row entry is the oldest of its row (a row's
 * first change creates it), so a cell it lacks has no older entry either.
 */
import type { Database } from 'better-sqlite3';
import type { Cell, Change } from '../../../shared/sync';
import { ROW_ENTRY } from '../db/rows';

export interface LogRow {
  table_name: string;
  row_id: string;
  column_name: string;
  value_json: string | null;
  hlc: string;
}

/** A log row as the changes it stands for: one, or one per cell of a row entry (in the order they were written). */
export function changesOf(row: LogRow, into: Change[]): void {
  const base = { table: row.table_name, rowId: row.row_id, hlc: row.hlc };
  if (row.column_name !== ROW_ENTRY) {
    into.push({ ...base, column: row.column_name, value: row.value_json == null ? null : (JSON.parse(row.value_json) as unknown) });
    return;
  }
  const cells = JSON.parse(row.value_json ?? '{}') as Record<string, unknown>;
  for (const column in cells) into.push({ ...base, column, value: cells[column] });
}

/** SQL for the number of changes (cells) a set of log rows `l` stands for. */
export const CELL_COUNT = `CASE WHEN l.column_name = '${ROW_ENTRY}' THEN (SELECT count(*) FROM json_each(l.value_json)) ELSE 1 END`;

type Found = { column_name: string; value_json: string | null; hlc: string };

/** Cell lookups over the log (prepared once per call site). */
export function logCells(db: Database) {
  const entries = db.prepare(
    `SELECT column_name, value_json, hlc FROM change_log WHERE table_name = ? AND row_id = ? AND column_name IN (?, '${ROW_ENTRY}') AND hlc <= ? ORDER BY hlc DESC`,
  );
  const at = db.prepare(`SELECT column_name, value_json FROM change_log WHERE table_name = ? AND row_id = ? AND column_name IN (?, '${ROW_ENTRY}') AND hlc = ?`);
  const rewriteCell = db.prepare('UPDATE change_log SET value_json = ? WHERE table_name = ? AND row_id = ? AND column_name = ? AND hlc = ?');
  const rowEntryValue = (entry: Found, column: string): { found: boolean; value: unknown } => {
    const cells = JSON.parse(entry.value_json ?? '{}') as Record<string, unknown>;
    return Object.hasOwn(cells, column) ? { found: true, value: cells[column] } : { found: false, value: undefined };
  };
  const valueOf = (entry: Found, column: string): { found: boolean; value: unknown } =>
    entry.column_name === ROW_ENTRY ? rowEntryValue(entry, column) : { found: true, value: entry.value_json == null ? null : JSON.parse(entry.value_json) };
  return {
    /** the newest logged value of a cell at or before `upTo` (default: ever), or undefined */
    latest(table: string, rowId: string, column: string, upTo = '\uffff'): Cell | undefined {
      for (const entry of entries.iterate(table, rowId, column, upTo) as IterableIterator<Found>) {
        const { found, value } = valueOf(entry, column);
        if (found) return { value, hlc: entry.hlc };
      }
      return undefined;
    },
    /** whether this exact change (cell and HLC) is in the log */
    isLogged(table: string, rowId: string, column: string, hlc: string): boolean {
      return (at.all(table, rowId, column, hlc) as Found[]).some((entry) => valueOf({ ...entry, hlc }, column).found);
    },
    /** replaces the value logged for a cell at an HLC (the same-HLC tie of the merge) */
    rewrite(table: string, rowId: string, column: string, hlc: string, valueJson: string): void {
      if (rewriteCell.run(valueJson, table, rowId, column, hlc).changes > 0) return;
      const entry = at.all(table, rowId, column, hlc).find((e) => (e as Found).column_name === ROW_ENTRY) as Found | undefined;
      if (!entry) return;
      const cells = JSON.parse(entry.value_json ?? '{}') as Record<string, unknown>;
      cells[column] = JSON.parse(valueJson) as unknown;
      rewriteCell.run(JSON.stringify(cells), table, rowId, ROW_ENTRY, hlc);
    },
  };
}
