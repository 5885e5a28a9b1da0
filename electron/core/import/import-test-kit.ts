/** Helpers for the import tests: a core on a temp SQLite file, a run helper, and a content snapshot of every table. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunImportSchema, type RunImportInput } from '../../../shared/ipc/channels/import';
import { openCore, type Core } from '../core';
import { readAllDayBlocks } from '../scoring/day-block-store';
import { refreshOrderAggregates } from '../scoring/order-day-totals';
import { runImport, type ImportInternals } from './run-import';

export const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
export const DATA = path.resolve(FIXTURES, '../../../../../shared/data');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-import-'));
}

export function tempCore(): Core {
  return openCore(path.join(tempDir(), 'book.db'), { now: () => new Date('2024-06-01T08:00:00Z') });
}

/** A book holding the GBK customers and orders fixtures: what a refused file must leave untouched. */
export async function fixtureBook(): Promise<Core> {
  const core = tempCore();
  await run(core, { file: path.join(FIXTURES, 'customers-gbk.csv'), kind: 'customers' });
  await run(core, { file: path.join(FIXTURES, 'orders-gbk.csv'), kind: 'orders' });
  return core;
}

export const noCtx = { progress: () => {}, cancelled: () => false };

export function run(core: Core, input: RunImportInput, ctx = noCtx, internal: ImportInternals = {}) {
  return runImport(core, RunImportSchema.parse(input), ctx, internal);
}

/** Row count and a checksum of every row's content per table: equal snapshots mean an unchanged store. */
export function snapshot(core: Core): Record<string, string> {
  const db = core.store.sqlite;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    let h = 0;
    for (const l of lines) for (let i = 0; i < l.length; i++) h = (Math.imul(h, 31) + l.charCodeAt(i)) | 0;
    out[t] = `${rows.length}:${h}`;
  }
  const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`).pluck().all() as string[];
  out.indexes = indexes.join(',');
  return out;
}

export function orderFigures(core: Core, source?: string) {
  return core.store.sqlite
    .prepare(`SELECT count(*) AS orders, coalesce(sum(line_count), 0) AS lines, coalesce(sum(kind = 'return'), 0) AS returns,
      coalesce(sum(amount), 0) AS revenue, count(DISTINCT customer_key) AS customers FROM orders WHERE @source IS NULL OR source = @source`)
    .get({ source: source ?? null }) as { orders: number; lines: number; returns: number; revenue: number; customers: number };
}

/** The day blocks per customer, with the state that says whether they are current. */
export function dayTotals(core: Core) {
  const db = core.store.sqlite;
  return {
    // per customer (blocks may be cut differently by an incremental update and a rebuild)
    days: readAllDayBlocks(db).flatMap((b) =>
      b.ids.map((id, k) => {
        const entries = [];
        for (let i = b.start[k]; i < b.start[k + 1]; i++) {
          const cost = b.cost && !Number.isNaN(b.cost[i]) ? b.cost[i] : null;
          entries.push([b.day[i], b.sales[i], b.amount[i], cost]);
        }
        return [id, entries];
      }),
    ),
    blocks: db.prepare('SELECT count(*) FROM order_day_blocks WHERE customers > 2000').pluck().get(),
    watermark: db.prepare('SELECT watermark FROM order_days_state').pluck().get(),
    stale: db.prepare('SELECT count(*) FROM order_days_stale').pluck().get(),
  };
}

/** The day totals as they are, then as a full rebuild makes them. */
export function againstRebuild(core: Core) {
  const kept = dayTotals(core);
  refreshOrderAggregates(core);
  return { kept, rebuilt: dayTotals(core) };
}
