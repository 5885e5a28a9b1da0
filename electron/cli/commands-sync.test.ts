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

describe('tierdesk sync export|import', () => {
  it('moves a book to another install through an encrypted pack, and refuses a damaged one with exit 1', () => {
    const dir = tempDir('tierdesk-cli-sync-');
    const seed = tempCore(dir, 'manager');
    addCustomer(seed, 'CLI-1', { contact_phone: '13700000000' });
    seed.close();
    const manager = path.join(dir, 'manager.db');
    const rep = path.join(dir, 'rep.db');
    const pack = path.join(dir, 'out.tdsync');

    const exported = tierdesk('--db', manager, 'sync', 'export', pack, '--passphrase', 'pw', '--no-personal-data', '--json');
    expect(exported.status).toBe(0);
    expect(exported.json).toMatchObject({ file: pack, encrypted: true });
    expect(exported.json?.changes).toBe(4); // code, name, created_at, deleted (the phone stayed home)

    const imported = tierdesk('--db', rep, 'sync', 'import', pack, '--passphrase', 'pw', '--json');
    expect(imported.status).toBe(0);
    expect(imported.json).toMatchObject({ applied: 4, conflicts: 0, tables: { customers: { inserted: 1, updated: 0, deleted: 0 } } });

    fs.writeFileSync(pack, fs.readFileSync(pack).subarray(0, 50));
    const refused = tierdesk('--db', rep, 'sync', 'import', pack, '--passphrase', 'pw', '--json');
    expect(refused.status).toBe(1);
    expect(refused.json).toMatchObject({ error: { code: 'bad_pack' } });
    expect(refused.stderr).toMatch(/damaged/);
  });
});
