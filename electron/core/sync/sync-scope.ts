/**
 * What may travel in a pack, and which names may reach SQL.
 *
 * Roles (the sender's role, setting `sync.role`, default 'manager'):
 * - a manager install sends every synced table: its own models, model versions, rating runs (metadata),
 *   tier policies, overrides, reps and customers, and it relays what reps sent it (visits, assessments,
 *   visit plans), so every rep's book converges on the one customer book;
 * - a rep install sends its own edits of visits, assessments, customers and visit plans, and relays,
 *   unchanged, everything it received from other installs. Its own edits of manager tables (models,
 *   policies, reps …) stay on the rep's computer: the manager's book is the source of those.
 * - rating results (rating_result_blocks) and customer_current_tier are never in a pack: the receiver recomputes them from the
 *   synced book (a rating run arrives as metadata; rerun it to see its results).
 *
 * Personal data (customers.address / contact_name / contact_phone / contact_email) is sent unless
 * `includePersonalData` is false (CLI `--no-personal-data`). A filtered cell is simply not sent: the
 * receiver keeps what it had, and merging stays convergent for everything that is sent. A cell left out
 * once is not sent again by a later incremental pack; export everything (no peer) to fill it in.
 */
import { hlcDevice, type Change, type PackRole } from '../../../shared/sync';
import { SYNCED_TABLES, type SyncedTable } from '../db/schema';
import type { Store } from '../db/store';
import { badPack } from './pack-errors';

export const REP_OWN_TABLES: ReadonlySet<string> = new Set(['customers', 'assessments', 'visits', 'visit_plans']);
export const PERSONAL_COLUMNS: Readonly<Record<string, ReadonlySet<string>>> = {
  customers: new Set(['address', 'contact_name', 'contact_phone', 'contact_email']),
};
/** Columns never carried as cells: the row id is the cell's rowId, updated_at is derived from the HLCs. */
/** local_key: this install's key for its orders (migration 0009), never synced */
const NOT_CELLS = new Set(['id', 'updated_at', 'local_key']);

export interface ScopeOptions {
  role: PackRole;
  deviceId: string;
  includePersonalData: boolean;
}

/** The filter an export applies to each change of the log. */
export function packScope(options: ScopeOptions): (change: Pick<Change, 'table' | 'column' | 'hlc'>) => boolean {
  return (change) => {
    if (!options.includePersonalData && PERSONAL_COLUMNS[change.table]?.has(change.column)) return false;
    if (options.role === 'manager') return true;
    return REP_OWN_TABLES.has(change.table) || hlcDevice(change.hlc) !== options.deviceId;
  };
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
