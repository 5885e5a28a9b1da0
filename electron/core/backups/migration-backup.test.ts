import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bookAt } from '../../../migrations/migration-test-kit';
import { LATEST_SCHEMA_VERSION } from '../../../migrations';
import { openCore } from '../core';
import { listBackups, backupsDir } from './backup-files';

describe('the backup before a migration', () => {
  it('is a consistent copy in the backups folder (VACUUM INTO), WAL content included while another connection holds the log open', () => {
    const { db, file } = bookAt(LATEST_SCHEMA_VERSION - 1);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0'); // nothing reaches the database file: it is all in the WAL
    db.prepare("INSERT INTO customers (id, code, name, created_at, updated_at) VALUES ('c-1', 'W-1', 'in the WAL', 't', 'h')").run();
    const reader = new Database(file);
    reader.prepare('SELECT count(*) FROM customers').get(); // a second connection: no checkpoint can finish at its close
    db.close();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const core = openCore(file, { now: () => new Date('2026-02-28T23:59:59.999Z') });
    expect(core.store.migration).toMatchObject({ from: LATEST_SCHEMA_VERSION - 1, to: LATEST_SCHEMA_VERSION });
    const [backup] = listBackups(backupsDir(file));
    expect(backup).toMatchObject({ reason: 'migration', createdAt: '2026-02-28T23:59:59.999Z', file: core.store.migration.backupFile });
    core.close();
    reader.close();

    const copy = new Database(backup.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(copy.prepare('SELECT code FROM customers').pluck().all()).toEqual(['W-1']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });
});
