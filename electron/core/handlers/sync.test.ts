import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { addCustomer, tempCore, tempDir } from '../sync/sync-test-kit';

async function call<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatch({ core, progress: () => {}, cancelled: () => false }, channel, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Output<K>;
}

describe('sync channels', () => {
  it('status, role, peers, export into the exports folder, import with a summary, and the conflict log', async () => {
    const dir = tempDir('tierdesk-sync-channels-');
    const manager = tempCore(dir, 'm');
    const rep = tempCore(dir, 'r');
    const status = await call(rep, 'sync.role.set', { role: 'rep' });
    expect(status).toMatchObject({ deviceId: rep.clock.deviceId, role: 'rep', changes: 0, peers: [] });
    const noRep = await dispatch({ core: manager, progress: () => {}, cancelled: () => false }, 'sync.peers.add', { deviceId: rep.clock.deviceId, name: 'Rep Wang', role: 'rep' });
    expect(noRep).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'rep' }] } } });
    const wang = await call(manager, 'reps.create', { name: 'Wang' });
    const peer = await call(manager, 'sync.peers.add', { deviceId: rep.clock.deviceId.toUpperCase(), name: 'Rep Wang', role: 'rep', rep: 'Wang' });
    expect(peer).toMatchObject({ deviceId: rep.clock.deviceId, repId: wang.id, repName: 'Wang', lastSentAt: null });
    const pendingBefore = (await call(manager, 'sync.status', {})).peers[0].pending;
    addCustomer(manager, 'H-1', { owner_rep_id: wang.id });
    expect((await call(manager, 'sync.status', {})).peers[0].pending).toBe(pendingBefore + 5); // code, name, owner, created_at, deleted

    const exported = await call(manager, 'sync.export', { peerDeviceId: rep.clock.deviceId });
    expect(path.dirname(exported.file)).toBe(exported.exportsDir);
    expect(exported).toMatchObject({ changes: pendingBefore + 5, encrypted: false, customers: 1, orders: 0 });
    const unknown = await dispatch({ core: rep, progress: () => {}, cancelled: () => false }, 'sync.import', { file: exported.file });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad_pack', details: { reason: 'pack_unknown_sender', from: manager.clock.deviceId, claimedRole: 'manager' } } });
    await call(rep, 'sync.peers.add', { deviceId: manager.clock.deviceId, name: manager.clock.deviceId, role: 'manager' });
    const summary = await call(rep, 'sync.import', { file: exported.file });
    expect(summary).toMatchObject({ from: manager.clock.deviceId, role: 'manager', applied: pendingBefore + 5, ignored: 0, conflicts: 0, evicted: 0 });
    expect((await call(rep, 'sync.status', {})).peers[0]).toMatchObject({ deviceId: manager.clock.deviceId, role: 'manager' });
    expect(await call(rep, 'sync.conflicts', {})).toEqual({ total: 0, items: [] });

    const renamed = await call(rep, 'sync.peers.update', { deviceId: manager.clock.deviceId, name: 'Head office' });
    expect(renamed.name).toBe('Head office');
    const bad = await dispatch({ core: rep, progress: () => {}, cancelled: () => false }, 'sync.import', { file: exported.file });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_pack', details: { reason: 'pack_replayed' } } });
    const own = await dispatch({ core: rep, progress: () => {}, cancelled: () => false }, 'sync.peers.add', {
      deviceId: rep.clock.deviceId,
      name: 'me',
      role: 'rep',
    });
    expect(own).toMatchObject({ ok: false, error: { code: 'validation' } });
    const short = await dispatch({ core: manager, progress: () => {}, cancelled: () => false }, 'sync.export', { peerDeviceId: rep.clock.deviceId, passphrase: 'short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'passphrase', message: { en: 'a passphrase needs at least 8 characters' } }] } } });
    expect(await call(rep, 'sync.encryptedOnly.set', { on: true })).toMatchObject({ encryptedOnly: true });
    const plain = await call(manager, 'sync.export', { peerDeviceId: rep.clock.deviceId });
    const refused = await dispatch({ core: rep, progress: () => {}, cancelled: () => false }, 'sync.import', { file: plain.file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_pack', details: { reason: 'pack_unencrypted' } } });
    manager.close();
    rep.close();
  });
});
