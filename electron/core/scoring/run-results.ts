/**
 * Reading a run's packed results (result-block.ts):
 * - `runColumns`: the whole run decoded into columns (customer id order), for counts, sums, diffs and
 *   exports; the last few runs read stay decoded per store (runs are immutable, so nothing goes stale).
 * - `customerResultIn`: one customer's result from one block (an index seek), for profiles and history.
 * - `ensureRunRows`: the run's scalar results as rows of the connection's TEMP table `run_results`
 *   (run_id, customer_id, total_score, computed_tier, final_tier, incomplete, overridden, revenue), for
 *   queries that join, filter, sort and page with SQL. Filled on first use and kept for the last few runs;
 *   the bookkeeping lives in TEMP tables too, so a rolled-back transaction leaves it consistent.
 */
import type { Core } from '../core';
import type { Store } from '../db/store';
import { decodeResultBlock, FLAG_INCOMPLETE, FLAG_OVERRIDDEN, type ResultBlock } from './result-block';

export interface RunColumns {
  runId: string;
  n: number;
  tierIds: string[];
  customerIds: string[];
  totalScore: Float64Array;
  /** window revenue, minor units */
  revenue: Float64Array;
  /** indexes into tierIds */
  computed: Uint8Array;
  final: Uint8Array;
  flags: Uint8Array;
  /** the decoded blocks, in order, and the position of each one's first customer */
  blocks: ResultBlock[];
  blockStart: number[];
  /** position of a customer in the run, -1 when it is not rated in it */
  indexOf(customerId: string): number;
}

const KEEP_DECODED = 3;
const KEEP_ROWS = 4;
const decoded = new WeakMap<Store, Map<string, RunColumns>>();

function blocksOf(store: Store, runId: string): ResultBlock[] {
  const rows = store.sqlite.prepare('SELECT data FROM rating_result_blocks WHERE run_id = ? ORDER BY first_customer_id').pluck().all(runId) as Buffer[];
  return rows.map(decodeResultBlock);
}

function columnsOf(runId: string, blocks: ResultBlock[]): RunColumns {
  const tierIds = [...(blocks[0]?.tierIds ?? [])];
  const n = blocks.reduce((s, b) => s + b.n, 0);
  const cols: RunColumns = {
    runId, n, tierIds, customerIds: new Array<string>(n), totalScore: new Float64Array(n), revenue: new Float64Array(n),
    computed: new Uint8Array(n), final: new Uint8Array(n), flags: new Uint8Array(n), blocks, blockStart: [],
    indexOf: () => -1,
  };
  let at = 0;
  for (const b of blocks) {
    cols.blockStart.push(at);
    // blocks of one run share the tier list; remap defensively when one does not
    const same = b.tierIds.length === tierIds.length && b.tierIds.every((t, k) => t === tierIds[k]);
    const map = same ? null : b.tierIds.map((t) => (tierIds.includes(t) ? tierIds.indexOf(t) : tierIds.push(t) - 1));
    for (let k = 0; k < b.n; k++) cols.customerIds[at + k] = b.customerIds[k];
    cols.totalScore.set(b.totalScore, at);
    cols.revenue.set(b.revenue, at);
    cols.flags.set(b.flags, at);
    if (map) {
      for (let k = 0; k < b.n; k++) {
        cols.computed[at + k] = map[b.computed[k]];
        cols.final[at + k] = map[b.final[k]];
      }
    } else {
      cols.computed.set(b.computed, at);
      cols.final.set(b.final, at);
    }
    at += b.n;
  }
  let index: Map<string, number> | null = null;
  cols.indexOf = (id) => {
    index ??= new Map(cols.customerIds.map((c, i) => [c, i]));
    return index.get(id) ?? -1;
  };
  return cols;
}

/** The run's results as columns (decoded once, then kept for the last few runs). */
export function runColumns(core: Core, runId: string): RunColumns {
  const store = core.store;
  let cache = decoded.get(store);
  if (!cache) decoded.set(store, (cache = new Map()));
  let cols = cache.get(runId);
  if (cols) {
    cache.delete(runId); // most recently used last
  } else {
    cols = columnsOf(runId, blocksOf(store, runId));
  }
  cache.set(runId, cols);
  while (cache.size > KEEP_DECODED) cache.delete(cache.keys().next().value as string);
  return cols;
}

export interface BlockEntry {
  block: ResultBlock;
  k: number;
}

/** Customer i of decoded columns as its block and position there. */
export function entryAt(cols: RunColumns, i: number): BlockEntry {
  let lo = 0;
  let hi = cols.blockStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cols.blockStart[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return { block: cols.blocks[lo], k: i - cols.blockStart[lo] };
}

/** One customer's block of a run and its position there; null when the run did not rate the customer. */
export function customerResultIn(core: Core, runId: string, customerId: string): BlockEntry | null {
  const cached = decoded.get(core.store)?.get(runId);
  if (cached) {
    const i = cached.indexOf(customerId);
    return i < 0 ? null : entryAt(cached, i);
  }
  const data = core.store.sqlite
    .prepare('SELECT data FROM rating_result_blocks WHERE run_id = ? AND first_customer_id <= ? ORDER BY first_customer_id DESC LIMIT 1')
    .pluck()
    .get(runId, customerId) as Buffer | undefined;
  if (!data) return null;
  const block = decodeResultBlock(data);
  const k = block.customerIds.indexOf(customerId);
  return k < 0 ? null : { block, k };
}

const ROWS_SCHEMA = `
  CREATE TEMP TABLE IF NOT EXISTS run_results (
    run_id TEXT NOT NULL, customer_id TEXT NOT NULL, total_score REAL NOT NULL, computed_tier TEXT NOT NULL,
    final_tier TEXT NOT NULL, incomplete INTEGER NOT NULL, overridden INTEGER NOT NULL, revenue INTEGER NOT NULL,
    PRIMARY KEY (run_id, customer_id)
  ) WITHOUT ROWID;
  CREATE TEMP TABLE IF NOT EXISTS run_results_loaded (run_id TEXT PRIMARY KEY, used INTEGER NOT NULL) WITHOUT ROWID;`;

const BATCH = 200;

function fillRows(core: Core, runId: string) {
  const db = core.store.sqlite;
  const cols = runColumns(core, runId);
  const head = 'INSERT INTO temp.run_results VALUES ';
  const full = db.prepare(`${head}${Array(BATCH).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
  const one = db.prepare(`${head}(?, ?, ?, ?, ?, ?, ?, ?)`);
  const args = new Array<unknown>(BATCH * 8);
  const put = (i: number, a: number, into: unknown[]) => {
    into[a] = runId;
    into[a + 1] = cols.customerIds[i];
    into[a + 2] = cols.totalScore[i];
    into[a + 3] = cols.tierIds[cols.computed[i]];
    into[a + 4] = cols.tierIds[cols.final[i]];
    into[a + 5] = cols.flags[i] & FLAG_INCOMPLETE ? 1 : 0;
    into[a + 6] = cols.flags[i] & FLAG_OVERRIDDEN ? 1 : 0;
    into[a + 7] = cols.revenue[i];
  };
  let i = 0;
  for (; i + BATCH <= cols.n; i += BATCH) {
    for (let k = 0; k < BATCH; k++) put(i + k, k * 8, args);
    full.run(args);
  }
  const single = new Array<unknown>(8);
  for (; i < cols.n; i++) {
    put(i, 0, single);
    one.run(single);
  }
}

let useCounter = 0;

/** Makes temp.run_results hold these runs' rows (the least recently used others beyond a few are dropped). */
export function ensureRunRows(core: Core, runIds: readonly string[]): void {
  const db = core.store.sqlite;
  db.exec(ROWS_SCHEMA);
  const loaded = db.prepare('SELECT 1 FROM temp.run_results_loaded WHERE run_id = ?').pluck();
  const touch = db.prepare('INSERT INTO temp.run_results_loaded (run_id, used) VALUES (?, ?) ON CONFLICT (run_id) DO UPDATE SET used = excluded.used');
  core.store.tx(() => {
    for (const runId of new Set(runIds)) {
      if (loaded.get(runId) === undefined) fillRows(core, runId);
      touch.run(runId, ++useCounter);
    }
    const stale = db
      .prepare('SELECT run_id FROM temp.run_results_loaded ORDER BY used DESC LIMIT -1 OFFSET ?')
      .pluck()
      .all(Math.max(KEEP_ROWS, runIds.length)) as string[];
    for (const runId of stale) {
      db.prepare('DELETE FROM temp.run_results WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM temp.run_results_loaded WHERE run_id = ?').run(runId);
    }
  });
}

/** Drops what is kept of a run's results (decoded columns, temp rows) after its blocks were replaced (a sync pack). */
export function forgetRunResults(core: Core, runId: string): void {
  decoded.get(core.store)?.delete(runId);
  const db = core.store.sqlite;
  const hasRows = db.prepare("SELECT 1 FROM temp.sqlite_master WHERE name = 'run_results_loaded'").pluck().get() === 1;
  if (!hasRows) return;
  db.prepare('DELETE FROM temp.run_results WHERE run_id = ?').run(runId);
  db.prepare('DELETE FROM temp.run_results_loaded WHERE run_id = ?').run(runId);
}
