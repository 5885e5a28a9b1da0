/** Helpers for the sync tests: real SQLite books in a temp folder, and full dumps to compare. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core, type CoreOptions } from '../core';
import { SYNCED_TABLES } from '../db/schema';
import type { Change } from '../../../shared/sync';
import { changesOf, type LogRow } from './log-cells';
import { cellColumns } from './sync-scope';

export function tempDir(prefix = 'tierdesk-sync-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempCore(dir: string, name: string, options: CoreOptions = {}): Core {
  return openCore(path.join(dir, `${name}.db`), { backup: false, actor: name, ...options });
}

/** Every row of every table (settings, change_log, sync_peers, conflicts included), in a stable order. */
export function dumpAll(core: Core): Record<string, unknown[]> {
  const tables = core.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const columns = (core.store.sqlite.prepare(`PRAGMA table_info(${t})`).all() as unknown[]).length;
      const order = Array.from({ length: Math.min(columns, 2) }, (_, i) => i + 1).join(', ');
      return [t, core.store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).all()];
    }),
  );
}

/** Every row of every synced table, by id: what "the same book" means across installs. */
/** Every synced table's rows as synced: the id, updated_at and the cells (not install-local columns such as customers.local_key). */
export function dumpSynced(core: Core): Record<string, unknown[]> {
  return Object.fromEntries(
    SYNCED_TABLES.map((t) => {
      const columns = ['id', 'updated_at', ...cellColumns(core.store, t)].map((c) => `"${c}"`).join(', ');
      return [t, core.store.sqlite.prepare(`SELECT ${columns} FROM ${t} ORDER BY id`).all()];
    }),
  );
}

/** The change log as a set of (hlc, cell, value), without local sequence numbers. */
export function logEntries(core: Core): string[] {
  return (core.store.sqlite
    .prepare('SELECT hlc, table_name, row_id, column_name, value_json, device_id FROM change_log ORDER BY hlc, table_name, row_id, column_name')
    .all() as Record<string, unknown>[]).map((r) => JSON.stringify(r));
}

export function addCustomer(core: Core, code: string, extra: Record<string, unknown> = {}): string {
  return core.store.tx(() =>
    core.rows.insert('customers', { code, name: `Customer ${code}`, created_at: '2025-01-01T00:00:00.000Z', ...extra }),
  );
}

/** The change log as the changes it stands for (a new row's single entry expanded to its cells), in log order. */
export function loggedCells(core: Core, table?: string, rowId?: string): Change[] {
  const rows = core.store.sqlite
    .prepare(`SELECT table_name, row_id, column_name, value_json, hlc FROM change_log WHERE (? IS NULL OR table_name = ?) AND (? IS NULL OR row_id = ?) ORDER BY seq`)
    .all(table ?? null, table ?? null, rowId ?? null, rowId ?? null) as LogRow[];
  const changes: Change[] = [];
  for (const row of rows) changesOf(row, changes);
  return changes;
}
