/** A new book is made with 16 KB pages; an existing book keeps the page size it was made with. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from './store';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-store-')), 'book.db');

it('makes a new book with 16 KB pages in WAL mode, and keeps them when it is opened again', () => {
  const file = tempFile();
  const store = openStore(file);
  expect(store.sqlite.pragma('page_size', { simple: true })).toBe(16384);
  expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.close();
  const again = openStore(file);
  expect(again.sqlite.pragma('page_size', { simple: true })).toBe(16384);
  expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  again.sqlite.close();
});

it('opens a book made with 4 KB pages as it is: migrated, its page size unchanged', () => {
  const file = tempFile();
  const old = new Database(file);
  old.pragma('page_size = 4096');
  old.exec('CREATE TABLE before_tierdesk (x INTEGER)');
  old.close();
  const store = openStore(file);
  expect(store.sqlite.pragma('page_size', { simple: true })).toBe(4096);
  expect(store.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'orders'`).pluck().get()).toBe(1);
  expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  store.sqlite.close();
});
