/** The WAL is copied into the database file on a worker thread; the main connection keeps working meanwhile. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkpointInBackground, checkpointsSettled, pauseAutoCheckpoint } from './background-checkpoint';
import { openStore, type Store } from './store';

function tempStore(): Store {
  return openStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-ckpt-')), 'book.db'));
}

function bulkWrite(store: Store, rows: number) {
  store.sqlite.exec('CREATE TABLE IF NOT EXISTS bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = store.sqlite.prepare('INSERT INTO bulk (text) VALUES (?)');
  store.tx(() => {
    for (let i = 0; i < rows; i++) insert.run(`row ${i} ${'x'.repeat(200)}`);
  });
}

it('a paused automatic checkpoint leaves the data in the WAL; the background one copies it all and resumes it', async () => {
  const store = tempStore();
  const restoreTo = pauseAutoCheckpoint(store);
  expect(restoreTo).toBe(1000);
  expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  bulkWrite(store, 50_000);
  const pageBytes = () => (store.sqlite.pragma('page_count', { simple: true }) as number) * (store.sqlite.pragma('page_size', { simple: true }) as number);
  expect(fs.statSync(store.file).size).toBeLessThan(pageBytes());

  const done = checkpointInBackground(store, restoreTo);
  // the main connection reads and writes while the worker checkpoints
  expect(store.sqlite.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(50_000);
  store.sqlite.prepare('INSERT INTO bulk (text) VALUES (?)').run('during');
  const result = await done;
  await checkpointsSettled(store);
  expect(result).not.toBeNull();
  expect(result!.logFrames).toBeGreaterThan(1000);
  expect(result!.checkpointedFrames).toBeGreaterThan(1000);
  expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  expect(fs.statSync(store.file).size).toBe(pageBytes());
  expect(store.sqlite.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(50_001);
  store.close();
});

it('a background checkpoint that cannot run resolves null and still resumes the automatic checkpoint', async () => {
  const store = tempStore();
  const restoreTo = pauseAutoCheckpoint(store);
  bulkWrite(store, 1000);
  const broken = { ...store, nativeBinding: path.join(os.tmpdir(), 'no-such-binding.node') } as Store;
  expect(await checkpointInBackground(broken, restoreTo)).toBeNull();
  expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  store.close();
});
