/**
 * The replicated state model: a map of cells (table, rowId, column) → latest { value, hlc }.
 * The database layer mirrors it: `change_log(table_name, row_id, column_name, value_json, hlc)` plus a
 * per-cell "latest hlc" (the row's column value and its HLC).
 *
 * Tombstones: a row is deleted when its `deleted` cell holds 1 (or true). The tombstone is an ordinary
 * cell under last-writer-wins, so:
 *   - edits of other columns never resurrect a deleted row, whatever their HLC (older or newer);
 *     they still merge into their cells, so every replica converges on the same hidden values;
 *   - only a `deleted = 0` change with an HLC newer than the tombstone restores the row
 *     (and a tombstone newer than a restore deletes it again).
 */

export interface Change {
  table: string;
  rowId: string;
  column: string;
  /** Any JSON-serializable value (money as integer minor units, dates as ISO strings). */
  value: unknown;
  hlc: string;
}

export interface Cell {
  value: unknown;
  hlc: string;
}

/** Opaque, injective key of a cell. */
export type CellKey = string;

/** A replica's state: for each cell, the change currently holding it (the winner so far). */
export type SyncState = ReadonlyMap<CellKey, Change>;

export const DELETED_COLUMN = 'deleted';

export function cellKey(table: string, rowId: string, column: string): CellKey {
  return JSON.stringify([table, rowId, column]);
}

export function cellKeyOf(change: Pick<Change, 'table' | 'rowId' | 'column'>): CellKey {
  return cellKey(change.table, change.rowId, change.column);
}

/** Identity of a change (same cell, same HLC = the same change); use it to de-duplicate logs. */
export function changeId(change: Change): string {
  return `${change.hlc}|${cellKeyOf(change)}`;
}

export function emptyState(): SyncState {
  return new Map();
}

export function getCell(state: SyncState, table: string, rowId: string, column: string): Cell | undefined {
  const c = state.get(cellKey(table, rowId, column));
  return c ? { value: c.value, hlc: c.hlc } : undefined;
}

export function isTombstoneValue(value: unknown): boolean {
  return value === 1 || value === true;
}

export function rowIsDeleted(state: SyncState, table: string, rowId: string): boolean {
  const c = state.get(cellKey(table, rowId, DELETED_COLUMN));
  return c !== undefined && isTombstoneValue(c.value);
}

/** The visible row (column → value), or null when the row is unknown or deleted. O(cells). */
export function rowView(state: SyncState, table: string, rowId: string): Record<string, unknown> | null {
  if (rowIsDeleted(state, table, rowId)) return null;
  let row: Record<string, unknown> | null = null;
  for (const c of state.values()) {
    if (c.table === table && c.rowId === rowId) (row ??= {})[c.column] = c.value;
  }
  return row;
}

/** The state's winning changes sorted by cell key: a canonical listing for comparison and snapshots. */
export function stateEntries(state: SyncState): Change[] {
  return [...state.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}
