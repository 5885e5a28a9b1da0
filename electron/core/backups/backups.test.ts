import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/errors';
import { openCore, type Core } from '../core';
import { dispatch } from '../dispatch';
import { exportPack } from '../sync/export-pack';
import { addPeer } from '../sync/peers';
import { addCustomer, tempDir } from '../sync/sync-test-kit';
import { backupsDir } from './backup-files';

/** The test's clock: 09:00 on 1 March 2026, moved on by hand. */
let clockAt = Date.parse('2026-03-01T09:00:00.000Z');
const testClock = () => new Date(clockAt);
const minutesLater = (minutes = 1) => (clockAt += minutes * 60_000);

function book(dir: string, name = 'book', options: { now?: () => Date } = {}): Core {
  return openCore(path.join(dir, `${name}.db`), { actor: name, now: options.now ?? testClock });
}

const noCtx = { progress: () => {}, cancelled: () => false };

async function call<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatch({ core, ...noCtx }, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message.en), { shape: result.error });
  return result.value as Output<K>;
}

async function refusal<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<AppErrorShape> {
  const result = await dispatch({ core, ...noCtx }, channel, input);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
}

const codes = (core: Core) => core.store.sqlite.prepare('SELECT code FROM customers ORDER BY code').pluck().all();

describe('backups', () => {
  it('takes consistent copies by hand, lists them newest first with reason, time and size, and keeps the newest five', async () => {
    const dir = tempDir('tierdesk-backups-');
    const core = book(dir);
    addCustomer(core, 'A');
    clockAt = Date.parse('2026-03-01T09:01:00.000Z');
    const first = await call(core, 'backups.create', {});
    expect(first).toMatchObject({ reason: 'manual', createdAt: '2026-03-01T09:01:00.000Z' });
    expect(first.bytes).toBe(fs.statSync(first.file).size);
    // the copy holds what is still only in the WAL, and is one file (no WAL mode)
    const copy = new Database(first.file, { readonly: true });
    expect(copy.prepare('SELECT code FROM customers').pluck().all()).toEqual(['A']);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();

    for (const code of ['B', 'C', 'D', 'E', 'F']) {
      addCustomer(core, code);
      minutesLater();
      await call(core, 'backups.create', {});
    }
    const { backups, dir: folder } = await call(core, 'backups.list', {});
    expect(folder).toBe(path.join(dir, 'book-backups'));
    expect(backups.map((b) => b.createdAt)).toEqual(['06', '05', '04', '03', '02'].map((m) => `2026-03-01T09:${m}:00.000Z`));
    expect(fs.readdirSync(folder)).toHaveLength(5);
    expect(fs.existsSync(first.file)).toBe(false);
    core.close();
  });

  it('restores a backup into the open book: same core, fresh caches, the replaced state kept as a backup of its own', async () => {
    const dir = tempDir('tierdesk-backups-');
    const core = book(dir);
    addCustomer(core, 'A');
    const taken = await call(core, 'backups.create', {});
    addCustomer(core, 'B');
    expect(codes(core)).toEqual(['A', 'B']);

    const restored = await call(core, 'backups.restore', { id: taken.id });
    expect(restored.restored.id).toBe(taken.id);
    expect(restored.before.reason).toBe('restore');
    expect(codes(core)).toEqual(['A']);
    expect((await call(core, 'customers.list', { offset: 0, limit: 10 })).total).toBe(1);
    expect(core.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // writing goes on as before, and the restore can be undone
    addCustomer(core, 'C');
    await call(core, 'backups.restore', { id: restored.before.id });
    expect(codes(core)).toEqual(['A', 'B']);
    core.close();
    const reopened = book(dir);
    expect(codes(reopened)).toEqual(['A', 'B']);
    reopened.close();
  });

  it('refuses a restore while a long job runs, while another connection has the book open, and of a damaged backup; the book stays as it was', async () => {
    const dir = tempDir('tierdesk-backups-');
    const core = book(dir);
    addCustomer(core, 'A');
    const taken = await call(core, 'backups.create', {});
    addCustomer(core, 'B');

    // an import of a large orders file runs across turns of the event loop
    const orders = path.join(dir, 'orders.csv');
    const lines = ['order_no,customer_code,order_date,amount'];
    for (let i = 0; i < 20_000; i++) lines.push(`N${i},A,2026-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 90) + 10}`);
    fs.writeFileSync(orders, lines.join('\n'));
    const importing = dispatch({ core, ...noCtx }, 'import.run', { file: orders, kind: 'orders' });
    const whileImporting = await refusal(core, 'backups.restore', { id: taken.id });
    // the import holds the book (one writer): a restore or a backup waits for it
    expect(whileImporting).toMatchObject({ code: 'busy' });
    expect(whileImporting.message.en).toMatch(/import is running/);
    expect(whileImporting.message.zh).toMatch(/导入/);
    expect(await refusal(core, 'backups.create', {})).toMatchObject({ code: 'busy' });
    expect((await importing).ok).toBe(true);

    const other = new Database(core.store.file);
    other.prepare('SELECT count(*) FROM customers').get();
    const elsewhere = await refusal(core, 'backups.restore', { id: taken.id });
    expect(elsewhere).toMatchObject({ code: 'conflict' });
    expect(elsewhere.message.en).toMatch(/has this book open/);
    other.close();
    expect(codes(core)).toEqual(['A', 'B']);

    fs.writeFileSync(taken.file, Buffer.alloc(8192, 7));
    expect(await refusal(core, 'backups.restore', { id: taken.id })).toMatchObject({ code: 'bad_file' });
    expect(await refusal(core, 'backups.restore', { id: '20260101T000000000Z-00-manual.db' })).toMatchObject({ code: 'not_found' });
    expect(codes(core)).toEqual(['A', 'B']);
    expect((await call(core, 'customers.list', { offset: 0, limit: 10 })).total).toBe(2);
    core.close();
  });

  it('backs up a non-empty book before a sync import, and not a fresh install', async () => {
    const dir = tempDir('tierdesk-backups-');
    const manager = book(dir, 'manager');
    addCustomer(manager, 'M-1');
    const pack = path.join(dir, 'p.tdsync');
    exportPack(manager, { peerDeviceId: null, file: pack });

    const fresh = book(dir, 'fresh');
    addPeer(fresh, { deviceId: manager.clock.deviceId, name: 'HQ', role: 'manager' });
    await call(fresh, 'sync.import', { file: pack });
    expect(fs.readdirSync(backupsDir(fresh.store.file))).toEqual([]);

    const filled = book(dir, 'filled');
    addPeer(filled, { deviceId: manager.clock.deviceId, name: 'HQ', role: 'manager' });
    addCustomer(filled, 'OWN-1');
    await call(filled, 'sync.import', { file: pack });
    const [backup] = (await call(filled, 'backups.list', {})).backups;
    expect(backup.reason).toBe('sync-import');
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.prepare('SELECT code FROM customers').pluck().all()).toEqual(['OWN-1']);
    copy.close();
    expect(codes(filled)).toEqual(['M-1', 'OWN-1']);
    for (const c of [manager, fresh, filled]) c.close();
  });
});
