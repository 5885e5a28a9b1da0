import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loggedCells } from './sync/sync-test-kit';
import { openCore, type Core } from './core';

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

function tempDb() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-core-')), 'book.db');
}

describe('openCore', () => {
  it('opens a real SQLite file with WAL, foreign keys and a busy timeout', () => {
    const core = openCore(tempDb());
    opened.push(core);
    expect(core.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('keeps its device id across reopening and its clock moves forward', () => {
    const file = tempDb();
    const first = openCore(file);
    const id = first.clock.deviceId;
    const stamp = first.clock.tick();
    first.rows.insert('reps', { name: 'A', created_at: 'x' });
    first.close();
    const second = openCore(file);
    opened.push(second);
    expect(second.clock.deviceId).toBe(id);
    expect(second.clock.tick() > stamp).toBe(true);
  });

  it('logs every set cell of an inserted row (as one entry) and only changed cells of an update', () => {
    const core = openCore(tempDb());
    opened.push(core);
    const id = core.rows.insert('reps', { name: '王伟', region: null, created_at: '2026-01-01' });
    const entries = () => core.store.sqlite.prepare('SELECT column_name, value_json FROM change_log WHERE row_id = ? ORDER BY seq').all(id);
    expect(entries()).toEqual([{ column_name: '*', value_json: '{"name":"王伟","created_at":"2026-01-01","deleted":0}' }]);
    const cells = () => loggedCells(core, 'reps', id).map((c) => ({ column: c.column, value: c.value }));
    expect(cells()).toEqual([{ column: 'name', value: '王伟' }, { column: 'created_at', value: '2026-01-01' }, { column: 'deleted', value: 0 }]);
    expect(core.rows.update('reps', id, { name: '王伟', region: '华东' })).toBe(true);
    expect(entries().slice(1)).toEqual([{ column_name: 'region', value_json: '"华东"' }]);
    expect(core.rows.update('reps', id, { region: '华东' })).toBe(false);
    core.rows.remove('reps', id);
    expect(cells().at(-1)).toEqual({ column: 'deleted', value: 1 });
  });
});
