import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCustomer, tempCore, tempDir } from '../core/sync/sync-test-kit';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');

function tierdesk(...args: string[]) {
  return tierdeskWith({}, ...args);
}

function tierdeskWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, json: result.stdout ? (JSON.parse(result.stdout) as Record<string, unknown>) : null, stderr: result.stderr };
}

describe('tierdesk sync export|import', () => {
  it('moves a book to an install that accepted the sender, through a pack encrypted with TIERDESK_PASSPHRASE; refuses a damaged one with exit 1', () => {
    const dir = tempDir('tierdesk-cli-sync-');
    const seed = tempCore(dir, 'manager');
    addCustomer(seed, 'CLI-1', { contact_phone: '13700000000' });
    seed.close();
    const manager = path.join(dir, 'manager.db');
    const rep = path.join(dir, 'rep.db');
    const pack = path.join(dir, 'out.tdsync');

    const secret = { TIERDESK_PASSPHRASE: 'correct horse' };
    const exported = tierdeskWith(secret, '--db', manager, 'sync', 'export', pack, '--encrypt', '--no-personal-data', '--json');
    expect(exported.status).toBe(0);
    expect(exported.json).toMatchObject({ file: pack, encrypted: true, customers: 1, orders: 0 });
    const managerId = tierdesk('--db', manager, 'sync', 'status', '--json').json?.deviceId as string;

    // the rep's install refuses a sender it has not accepted, then accepts it as its manager
    const unknown = tierdeskWith(secret, '--db', rep, 'sync', 'import', pack, '--json');
    expect(unknown.status).toBe(1);
    expect(unknown.json).toMatchObject({ error: { code: 'bad_pack', details: { reason: 'pack_unknown_sender', from: managerId } } });
    expect(tierdesk('--db', rep, 'sync', 'peers', 'add', managerId, '--role', 'manager', '--name', 'Head office', '--json').status).toBe(0);
    expect(tierdesk('--db', rep, 'sync', 'peers', 'list', '--json').json).toMatchObject({ peers: [{ deviceId: managerId, name: 'Head office', role: 'manager', repId: null }] });
    const noPassphrase = tierdesk('--db', rep, 'sync', 'import', pack, '--json');
    expect(noPassphrase.status).toBe(1);
    expect(noPassphrase.stderr).toMatch(/TIERDESK_PASSPHRASE/);

    const imported = tierdeskWith(secret, '--db', rep, 'sync', 'import', pack, '--json');
    expect(imported.status).toBe(0);
    expect(imported.json).toMatchObject({ conflicts: 0, tables: { customers: { inserted: 1, updated: 0, deleted: 0 } } });
    const repDb = tempCore(dir, 'rep');
    expect(repDb.store.sqlite.prepare('SELECT code, contact_phone FROM customers').all()).toEqual([{ code: 'CLI-1', contact_phone: null }]);
    repDb.close();

    // a rep peer must name its rep
    const noRep = tierdesk('--db', manager, 'sync', 'peers', 'add', 'aaaaaaaaaaaaaaaa', '--role', 'rep');
    expect(noRep.status).toBe(1);
    expect(noRep.stderr).toMatch(/rep/);

    fs.writeFileSync(pack, fs.readFileSync(pack).subarray(0, 50));
    const refused = tierdeskWith(secret, '--db', rep, 'sync', 'import', pack, '--json');
    expect(refused.status).toBe(1);
    expect(refused.json).toMatchObject({ error: { code: 'bad_pack' } });
    expect(refused.stderr).toMatch(/damaged/);
  });
});
