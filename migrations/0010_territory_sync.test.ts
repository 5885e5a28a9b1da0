import { describe, expect, it } from 'vitest';
import { bookAt, migrateTo } from './migration-test-kit';

describe('migration 0010 territory_sync', () => {
  it('adds the peer’s rep and acknowledgement, the sent-customers table, and keeps a published version’s status fixed', () => {
    const { db, file } = bookAt(9);
    db.prepare("INSERT INTO sync_peers (device_id, name, role, created_at) VALUES ('00000000000000aa', 'Li', 'rep', 't')").run();
    db.prepare("INSERT INTO models (id, name, created_at, updated_at) VALUES ('m1', 'M', 't', 'h')").run();
    db.prepare("INSERT INTO model_versions (id, model_id, version, status, definition, created_at, updated_at) VALUES ('v1', 'm1', 1, 'published', '{}', 't', 'h'), ('v2', 'm1', 2, 'draft', '{}', 't', 'h')").run();
    // before: a published version could be flipped back to draft
    db.prepare("UPDATE model_versions SET status = 'draft' WHERE id = 'v1'").run();
    db.prepare("UPDATE model_versions SET status = 'published' WHERE id = 'v1'").run();
    migrateTo(db, file, 10);

    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT device_id, role, rep_id, acked_pack_hlc FROM sync_peers').raw().all()).toEqual([['00000000000000aa', 'rep', null, null]]);
    db.prepare("INSERT INTO sync_peer_customers VALUES ('00000000000000aa', 'c1', 'h1')").run();
    expect(() => db.prepare("INSERT INTO sync_peer_customers VALUES ('00000000000000aa', 'c1', 'h2')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE model_versions SET status = 'draft' WHERE id = 'v1'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare("UPDATE model_versions SET definition = '{\"x\":1}' WHERE id = 'v1'").run()).toThrow(/cannot be changed/);
    // unchanged values, other columns and drafts stay writable
    db.prepare("UPDATE model_versions SET status = 'published', published_at = 'now' WHERE id = 'v1'").run();
    db.prepare("UPDATE model_versions SET status = 'published' WHERE id = 'v2'").run();
    expect(db.prepare('SELECT id, status, published_at FROM model_versions ORDER BY id').raw().all()).toEqual([['v1', 'published', 'now'], ['v2', 'published', null]]);
    db.close();
  });
});
