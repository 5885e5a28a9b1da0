import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/core/db/migrate';
import { init } from './0001_init';
import { syncPeerState } from './0002_sync_peer_state';

describe('migration 0002 sync_peer_state', () => {
  it('adds the replay guard column to sync_peers and keeps existing peers', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-mig2-')), 'book.db');
    const db = new Database(file);
    migrate(db, file, { backup: false, migrations: [init] });
    db.prepare("INSERT INTO sync_peers (device_id, name, role, created_at) VALUES ('0123456789abcdef', 'Li', 'rep', 't')").run();
    migrate(db, file, { backup: false, migrations: [init, syncPeerState] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const peer = db.prepare('SELECT name, last_imported_hlc FROM sync_peers').get();
    expect(peer).toEqual({ name: 'Li', last_imported_hlc: null });
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT 1 FROM sync_conflicts WHERE table_name = 'a' AND row_id = 'b' AND column_name = 'c' AND lost_hlc = 'd'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/sync_conflicts_cell/);
    db.close();
  });
});
