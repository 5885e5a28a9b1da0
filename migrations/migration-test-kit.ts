import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../electron/core/db/migrate';
import { MIGRATIONS } from './index';

/** A fresh book file migrated up to `version` (the first `version` migrations), for a migration's own test. */
export function bookAt(version: number): { db: Database.Database; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `tierdesk-mig${version}-`)), 'book.db');
  const db = new Database(file);
  migrate(db, file, { backup: false, migrations: MIGRATIONS.slice(0, version) });
  return { db, file };
}

/** Runs the migrations up to `version` on an open book. */
export function migrateTo(db: Database.Database, file: string, version: number): void {
  migrate(db, file, { backup: false, migrations: MIGRATIONS.slice(0, version) });
}
