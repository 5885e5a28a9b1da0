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
    const peer = await call(manager, 'sync.peers.add', { deviceId: rep.clock.deviceId.toUpperCase(), name: 'Rep Wang', role: 'rep' });
    expect(peer).toMatchObject({ deviceId: rep.clock.deviceId, lastSentAt: null, pending: 0 });
    addCustomer(manager, 'H-1');
    expect((await call(manager, 'sync.status', {})).peers[0].pending).toBe(4);

    const exported = await call(manager, 'sync.export', { peerDeviceId: rep.clock.deviceId });
    expect(path.dirname(exported.file)).toBe(exported.exportsDir);
    expect(exported).toMatchObject({ changes: 4, encrypted: false });
    const summary = await call(rep, 'sync.import', { file: exported.file });
    expect(summary).toMatchObject({ from: manager.clock.deviceId, role: 'manager', applied: 4, ignored: 0, conflicts: 0 });
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
    manager.close();
    rep.close();
  });
});
