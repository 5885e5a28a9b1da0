/**
 * Which names may reach SQL from a pack, and the personal-data filter of an export. (Which rows a pack holds
 * is export-selection.ts; what a sender may change is pack-authority.ts.)
 *
 * Personal data (customers.address / contact_name / contact_phone / contact_email) is sent unless
 * `includePersonalData` is false (CLI `--no-personal-data`). A filtered cell is simply not sent: the
 * receiver keeps what it had, and merging stays convergent for everything that is sent. A cell left out
 * once is not sent again by a later incremental pack; export everything (no peer) to fill it in.
 */
import type { Change } from '../../../shared/sync';
import { SYNCED_TABLES, type SyncedTable } from '../db/schema';
import type { Store } from '../db/store';
import { badPack } from './pack-errors';

export const PERSONAL_COLUMNS: Readonly<Record<string, ReadonlySet<string>>> = {
  customers: new Set(['address', 'contact_name', 'contact_phone', 'contact_email']),
};
/** Columns never carried as cells: the row id is the cell's rowId, updated_at is derived from the HLCs. */
/** local_key: this install's key for its orders (migration 0009), never synced */
const NOT_CELLS = new Set(['id', 'updated_at', 'local_key']);

/** The personal-data filter an export applies to each selected change. */
export function personalDataFilter(includePersonalData: boolean): (change: Pick<Change, 'table' | 'column'>) => boolean {
  return (change) => includePersonalData || !PERSONAL_COLUMNS[change.table]?.has(change.column);
}

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

const columnCache = new WeakMap<Store, Map<string, ReadonlySet<string>>>();

/** The real columns of a synced table that can hold a cell (PRAGMA table_info, cached per store). */
export function cellColumns(store: Store, table: SyncedTable): ReadonlySet<string> {
  let byTable = columnCache.get(store);
  if (!byTable) columnCache.set(store, (byTable = new Map()));
  let columns = byTable.get(table);
  if (!columns) {
    const info = store.sqlite.pragma(`table_info(${table})`) as { name: string }[];
    columns = new Set(info.map((c) => c.name).filter((c) => !NOT_CELLS.has(c)));
    byTable.set(table, columns);
  }
  return columns;
}

/** Refuses a pack naming a table or column this book does not sync (a newer TierDesk, or a forged pack). */
export function assertKnownCells(store: Store, changes: readonly Change[], file?: string): void {
  const checked = new Set<string>();
  for (const { table, column } of changes) {
    const key = `${table}.${column}`;
    if (checked.has(key)) continue;
    if (!isSyncedTable(table) || !cellColumns(store, table).has(column)) {
      throw badPack(
        'pack_unknown_cell',
        `同步包含有本机不认识的数据（${key}），可能由更新版本的 TierDesk 生成。请先升级 TierDesk。未做任何更改。`,
        `The pack holds data this TierDesk does not know (${key}); it may come from a newer TierDesk. Update TierDesk first. Nothing was changed.`,
        { table, column, ...(file ? { file } : {}) },
      );
    }
    checked.add(key);
  }
}
