/**
 * Copies the write-ahead log into the database file on a worker thread, after a bulk write. A 2,000,000-order
 * import leaves ~400 MB of WAL; SQLite's automatic checkpoint would copy it at COMMIT on the main thread
 * (~3–4 s during which nothing else answers). The bulk import turns the automatic checkpoint off; this runs a
 * PASSIVE checkpoint on the worker's own connection, which readers and writers on the main connection do not
 * wait for, and turns the automatic checkpoint back on when it is done. Until then the data is committed (in
 * the WAL) and every read sees it; a crash in between loses nothing, the next open replays the WAL.
 * When every frame is copied it also truncates the log (a TRUNCATE checkpoint that does not wait: if a reader
 * or writer is in the way, `journal_size_limit` (store.ts) cuts it back at the next commit instead).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Store } from './store';

export interface CheckpointResult {
  /** WAL frames in the log, and how many of them are now in the database file */
  logFrames: number;
  checkpointedFrames: number;
  ms: number;
}

// plain CommonJS run by the worker (eval), so it needs no build step in any of the ways the core runs
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const started = performance.now();
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
try {
  db.pragma('busy_timeout = 5000');
  const [r] = db.pragma('wal_checkpoint(PASSIVE)');
  if (r.busy === 0 && r.log === r.checkpointed) {
    // all copied: cut the log back now (SQLite would only at the next commit), unless someone is using it
    db.pragma('busy_timeout = 0');
    try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch {}
  }
  parentPort.postMessage({ logFrames: r.log, checkpointedFrames: r.checkpointed, ms: performance.now() - started });
} finally {
  db.close();
}
`;

const DEFAULT_AUTOCHECKPOINT = 1000;
const running = new WeakMap<Store, Promise<unknown>>();

/** Resolves when the store's background checkpoints so far have finished (benchmarks and tests wait for it). */
export async function checkpointsSettled(store: Store): Promise<void> {
  await running.get(store);
}

/** Pause SQLite's automatic checkpoint on this connection (for a bulk write); returns the setting to restore. */
export function pauseAutoCheckpoint(store: Store): number {
  const was = store.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  store.sqlite.pragma('wal_autocheckpoint = 0');
  return was || DEFAULT_AUTOCHECKPOINT;
}

/**
 * Checkpoint on a worker thread, then restore the automatic checkpoint to `restoreTo` (if the store is still
 * open). Never rejects: a failed background checkpoint leaves the WAL for the next automatic one.
 */
export function checkpointInBackground(store: Store, restoreTo: number): Promise<CheckpointResult | null> {
  const restore = () => {
    if (store.sqlite.open) store.sqlite.pragma(`wal_autocheckpoint = ${restoreTo}`);
  };
  const done = new Promise<CheckpointResult | null>((resolve) => {
    let result: CheckpointResult | null = null;
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { module: createRequire(import.meta.url).resolve('better-sqlite3'), file: store.file, nativeBinding: store.nativeBinding },
    });
    worker.on('message', (m: CheckpointResult) => { result = m; });
    worker.on('error', () => { result = null; });
    worker.on('exit', () => {
      restore();
      resolve(result);
    });
  });
  const before = running.get(store);
  running.set(store, Promise.all([before, done]));
  return done;
}
