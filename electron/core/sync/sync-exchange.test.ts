import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';
import { addPeer, getPeer } from './peers';
import { writeSyncRole } from './sync-role';
import { listConflicts, syncStatus } from './sync-status';
import { addCustomer, dumpAll, dumpSynced, tempCore, tempDir } from './sync-test-kit';

const open: Core[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function pair() {
  const dir = tempDir();
  const manager = tempCore(dir, 'manager');
  const rep = tempCore(dir, 'rep');
  open.push(manager, rep);
  writeSyncRole(rep, 'rep');
  const repId = manager.store.tx(() => manager.rows.insert('reps', { name: 'Li', created_at: '2025-01-01T00:00:00.000Z' }));
  addPeer(manager, { deviceId: rep.clock.deviceId, name: 'Rep Li', role: 'rep', rep: 'Li' });
  addPeer(rep, { deviceId: manager.clock.deviceId, name: 'Manager', role: 'manager' });
  /** a customer of the rep's territory */
  const addOwned = (code: string, extra: Record<string, unknown> = {}) => addCustomer(manager, code, { owner_rep_id: repId, ...extra });
  const send = (from: Core, to: Core, extra: { includePersonalData?: boolean } = {}) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.tdsync`);
    exportPack(from, { peerDeviceId: to.clock.deviceId, file, ...extra });
    return { file, summary: importPack(to, file) };
  };
  return { dir, manager, rep, send, addOwned };
}

describe('sync between a manager and a rep install', () => {
  it('moves customers to the rep and a visit back, and both books end identical', () => {
    const { manager, rep, send, addOwned } = pair();
    const customerId = addOwned('C-1', { contact_phone: '13800000000' });
    const first = send(manager, rep).summary;
    expect(first.tables.customers).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    expect(first.from).toBe(manager.clock.deviceId);
    const visitId = rep.store.tx(() =>
      rep.rows.insert('visits', { customer_id: customerId, done_date: '2025-03-01', outcome: 'positive', created_at: 'now' }),
    );
    expect(send(rep, manager).summary.tables.visits).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    expect(manager.store.sqlite.prepare('SELECT outcome FROM visits WHERE id = ?').pluck().get(visitId)).toBe('positive');
    manager.store.tx(() => manager.rows.update('visits', visitId, { note: 'checked by manager' }));
    send(manager, rep);
    expect(dumpSynced(rep)).toEqual(dumpSynced(manager));
    const peer = getPeer(manager, rep.clock.deviceId);
    expect(peer.lastSentAt).not.toBeNull();
    expect(peer.lastReceivedAt).not.toBeNull();
    expect(syncStatus(manager).peers).toHaveLength(1);
  });

  it('sends only what the peer has not confirmed, and re-importing a pack is refused without changes', () => {
    const { dir, manager, rep, send, addOwned } = pair();
    addOwned('C-1');
    const { file } = send(manager, rep);
    send(rep, manager); // the rep's answer confirms what it has
    const before = dumpAll(rep);
    expect(() => importPack(rep, file)).toThrow(/already imported/);
    expect(dumpAll(rep)).toEqual(before);
    const next = exportPack(manager, { peerDeviceId: rep.clock.deviceId, file: path.join(dir, 'next.tdsync') });
    expect(next.changes).toBe(0);
  });

  it('records a concurrent edit in the conflict log and keeps the newer value on both sides', () => {
    const { manager, rep, send, addOwned } = pair();
    const id = addOwned('C-1');
    send(manager, rep);
    rep.store.tx(() => rep.rows.update('customers', id, { city: 'Hangzhou' }));
    waitAMillisecond(); // the manager's edit is the later one
    manager.store.tx(() => manager.rows.update('customers', id, { city: 'Suzhou' }));
    expect(send(rep, manager).summary.conflicts).toBe(1);
    send(manager, rep);
    expect(dumpSynced(rep)).toEqual(dumpSynced(manager));
    const log = listConflicts(manager, 1, 10);
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ table: 'customers', column: 'city', keptValue: 'Suzhou', lostValue: 'Hangzhou' });
    expect(listConflicts(rep, 1, 10).items[0]).toMatchObject({ keptValue: 'Suzhou', lostValue: 'Hangzhou' });
  });

  it('a tombstone wins over an older edit and later edits do not bring the row back', () => {
    const { manager, rep, send, addOwned } = pair();
    const id = addOwned('C-1');
    send(manager, rep);
    rep.store.tx(() => rep.rows.update('customers', id, { name: 'Renamed' }));
    waitAMillisecond();
    manager.store.tx(() => manager.rows.remove('customers', id));
    const back = send(rep, manager).summary;
    expect(back.tables.customers ?? { updated: 0 }).toMatchObject({ updated: 1 });
    expect(send(manager, rep).summary.tables.customers).toEqual({ inserted: 0, updated: 0, deleted: 1 });
    expect(rep.store.sqlite.prepare('SELECT deleted, name FROM customers').get()).toEqual({ deleted: 1, name: 'Renamed' });
    expect(dumpSynced(rep)).toEqual(dumpSynced(manager));
  });

  it('a rep keeps its own edits of manager tables, and personal data can be left out', () => {
    const { manager, rep, send, addOwned } = pair();
    const id = addOwned('C-1', { contact_phone: '13800000000', address: 'Road 1' });
    send(manager, rep, { includePersonalData: false });
    expect(rep.store.sqlite.prepare('SELECT contact_phone, address, name FROM customers WHERE id = ?').get(id)).toEqual({
      contact_phone: null,
      address: null,
      name: 'Customer C-1',
    });
    rep.store.tx(() => rep.rows.insert('tier_policies', { tier: 'A', visit_interval_days: 7 }));
    rep.store.tx(() => rep.rows.update('customers', id, { contact_email: 'li@example.com' }));
    const back = send(rep, manager).summary;
    expect(back.tables.tier_policies).toBeUndefined();
    expect(manager.store.sqlite.prepare('SELECT contact_email FROM customers').pluck().get()).toBe('li@example.com');
  });

  it('refuses a pack from an unknown sender until it is accepted as a peer, then imports an everything-pack into a brand-new install', () => {
    const dir = tempDir();
    const manager = tempCore(dir, 'm');
    const fresh = tempCore(dir, 'fresh');
    open.push(manager, fresh);
    const customer = addCustomer(manager, 'C-9');
    manager.store.tx(() => manager.rows.insert('assessments', { customer_id: customer, assessed_on: '2025-01-02', satisfaction: 4, created_at: 'x' }));
    const file = path.join(dir, 'all.tdsync');
    expect(exportPack(manager, { peerDeviceId: null, file, passphrase: 'secret', scryptLogN: 10 }).changes).toBeGreaterThan(3);
    const before = dumpAll(fresh);
    expect(() => importPack(fresh, file, { passphrase: 'secret' })).toThrow(/unknown device/);
    expect(dumpAll(fresh)).toEqual(before);
    addPeer(fresh, { deviceId: manager.clock.deviceId, name: 'Head office', role: 'manager' });
    const summary = importPack(fresh, file, { passphrase: 'secret' });
    expect(summary.tables).toMatchObject({ customers: { inserted: 1 }, assessments: { inserted: 1 } });
    expect(getPeer(fresh, manager.clock.deviceId)).toMatchObject({ role: 'manager', name: 'Head office' });
    expect(dumpSynced(fresh)).toEqual(dumpSynced(manager));
    expect(() => importPack(manager, file, { passphrase: 'secret' })).toThrow(/exported by this computer/);
  });
});

function waitAMillisecond() {
  const until = Date.now() + 2;
  while (Date.now() < until);
}
