import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCustomer, tempCore, tempDir } from '../core/sync/sync-test-kit';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');

function tierdesk(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, json: result.stdout ? (JSON.parse(result.stdout) as Record<string, unknown>) : null, stderr: result.stderr };
}

describe('tierdesk backups list|create|restore', () => {
  it('takes a backup, lists it and restores it, one JSON object each; an unknown id is exit 1, a malformed one exit 1 with the field', () => {
    const dir = tempDir('tierdesk-cli-backups-');
    const seed = tempCore(dir, 'book');
    addCustomer(seed, 'KEEP');
    seed.close();
    const db = path.join(dir, 'book.db');

    expect(tierdesk('--db', db, 'backups', 'list', '--json').json).toEqual({ dir: path.join(dir, 'book-backups'), backups: [] });
    const created = tierdesk('--db', db, 'backups', 'create', '--json');
    expect(created.status).toBe(0);
    expect(created.json).toMatchObject({ reason: 'manual', file: expect.stringContaining(path.join(dir, 'book-backups')) });
    const id = created.json?.id as string;

    const later = tempCore(dir, 'book');
    addCustomer(later, 'LATER');
    later.close();
    const restored = tierdesk('--db', db, 'backups', 'restore', id, '--json');
    expect(restored.status).toBe(0);
    expect(restored.json).toMatchObject({ restored: { id }, before: { reason: 'restore' } });
    const listed = tierdesk('--db', db, 'backups', 'list', '--json').json as { backups: { reason: string }[] };
    expect(listed.backups.map((b) => b.reason)).toEqual(['restore', 'manual']);
    const after = tempCore(dir, 'book');
    expect(after.store.sqlite.prepare('SELECT code FROM customers').pluck().all()).toEqual(['KEEP']);
    after.close();

    const unknown = tierdesk('--db', db, 'backups', 'restore', '20200101T000000000Z-00-manual.db', '--json');
    expect(unknown.status).toBe(1);
    expect(unknown.json).toMatchObject({ error: { code: 'not_found' } });
    const malformed = tierdesk('--db', db, 'backups', 'restore', '../book.db');
    expect(malformed.status).toBe(1);
    expect(fs.existsSync(db)).toBe(true);
  });
});
