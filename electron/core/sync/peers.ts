/**
 * Peers this install exchanges packs with (sync_peers). Each remembers:
 * - received_vector: what the peer said it has seen (the vector of its last pack) — the base of the next
 *   export, so a lost or unimported pack is simply sent again in the next one (packs are cumulative
 *   until the peer answers);
 * - sent_vector: the greatest HLC per device this install has sent it;
 * - last_sent_at / last_received_at, and last_imported_hlc (createdHlc of its last pack: the replay guard).
 */
import { mergeVectors, type PackRole, type VersionVector } from '../../../shared/sync';
import type { SyncPeer } from '../../../shared/ipc/channels/sync';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import type { SyncPeersTable } from '../db/schema';
import { countChanges } from './export-selection';
import { CELL_COUNT } from './log-cells';
import { logDevices } from './log-devices';
import { planPack } from './pack-plan';
import { readSyncRole } from './sync-role';

export function findPeerRow(core: Core, deviceId: string): SyncPeersTable | undefined {
  return core.store.get(core.store.qb.selectFrom('sync_peers').selectAll().where('device_id', '=', deviceId));
}

export function getPeer(core: Core, deviceId: string): SyncPeer {
  const row = findPeerRow(core, deviceId);
  if (!row) throw unknownPeer(deviceId);
  return toPeer(core, row);
}

export function listPeers(core: Core): SyncPeer[] {
  const rows = core.store.all(core.store.qb.selectFrom('sync_peers').selectAll().orderBy('name').orderBy('device_id'));
  return rows.map((row) => toPeer(core, row));
}

export interface PeerInput {
  deviceId: string;
  name: string;
  role: PackRole;
  /** the rep record a rep peer is (id or name); required for role 'rep' */
  rep?: string | null;
}

export function addPeer(core: Core, input: PeerInput): SyncPeer {
  if (input.deviceId === core.clock.deviceId) {
    throw new AppError(
      'validation',
      { zh: '这是本机的设备编号，不能添加为同步对象。', en: 'That is this computer’s own device id; it cannot be a peer.' },
      { fields: [{ path: 'deviceId', message: { zh: '本机设备编号', en: 'This computer’s device id' } }] },
    );
  }
  if (findPeerRow(core, input.deviceId)) {
    throw new AppError(
      'conflict',
      { zh: `设备 ${input.deviceId} 已在同步列表中。`, en: `Device ${input.deviceId} is already a peer.` },
      { fields: [{ path: 'deviceId', message: { zh: '已存在', en: 'Already added' } }] },
    );
  }
  insertPeer(core, input.deviceId, input.name, input.role, peerRepId(core, input.role, input.rep));
  return getPeer(core, input.deviceId);
}

export function updatePeer(core: Core, input: { deviceId: string; name?: string; role?: PackRole; rep?: string | null }): SyncPeer {
  const row = findPeerRow(core, input.deviceId);
  if (!row) throw unknownPeer(input.deviceId);
  const role = input.role ?? row.role;
  const roleOrRepChanges = input.role !== undefined || input.rep !== undefined;
  const repId = roleOrRepChanges ? peerRepId(core, role, input.rep === undefined ? row.rep_id : input.rep) : row.rep_id;
  const patch = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(roleOrRepChanges ? { rep_id: repId } : {}),
  };
  if (Object.keys(patch).length > 0) {
    core.store.run(core.store.qb.updateTable('sync_peers').set(patch).where('device_id', '=', input.deviceId));
  }
  return getPeer(core, input.deviceId);
}

/**
 * After a successful import (inside its transaction): remember the pack of a known peer. Its role and rep stay as
 * this install registered them, whatever the pack says; `ack` (the newest of our packs it imported) only rises.
 */
export function recordImport(core: Core, row: SyncPeersTable, pack: { createdHlc: string; vector: VersionVector; ack?: string | null }) {
  const from = row.device_id;
  const received = mergeVectors(parseVector(row.received_vector), pack.vector);
  const acked = pack.ack && (!row.acked_pack_hlc || pack.ack > row.acked_pack_hlc) ? pack.ack : row.acked_pack_hlc;
  core.store.run(
    core.store.qb
      .updateTable('sync_peers')
      .set({
        received_vector: JSON.stringify(received),
        last_received_at: core.now().toISOString(),
        last_imported_hlc: pack.createdHlc,
        acked_pack_hlc: acked,
      })
      .where('device_id', '=', from),
  );
}

export function recordExport(core: Core, to: string, sent: VersionVector) {
  const row = findPeerRow(core, to);
  if (!row) return;
  core.store.run(
    core.store.qb
      .updateTable('sync_peers')
      .set({ sent_vector: JSON.stringify(mergeVectors(parseVector(row.sent_vector), sent)), last_sent_at: core.now().toISOString() })
      .where('device_id', '=', to),
  );
}

export function parseVector(text: string | null | undefined): VersionVector {
  const value = text ? (JSON.parse(text) as unknown) : {};
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as VersionVector) : {};
}

/** The rep record a peer of this role is: required for a rep (by id or exact name), none for a manager. */
function peerRepId(core: Core, role: PackRole, rep: string | null | undefined): string | null {
  if (role === 'manager') return null;
  const fieldError = (zh: string, en: string) =>
    new AppError('validation', { zh, en }, { fields: [{ path: 'rep', message: { zh, en } }] });
  if (!rep) throw fieldError('业务员设备须指定它对应的业务员。', 'A rep peer needs the rep record it is.');
  const found = core.store.sqlite
    .prepare('SELECT id FROM reps WHERE deleted = 0 AND (id = ? OR name = ?) ORDER BY id = ? DESC')
    .pluck()
    .all(rep, rep, rep) as string[];
  if (found.length === 0) throw fieldError(`找不到业务员“${rep}”。`, `There is no rep '${rep}'.`);
  if (found.length > 1 && found[0] !== rep) throw fieldError(`有多个业务员叫“${rep}”，请用编号指定。`, `Several reps are named '${rep}'; give the id instead.`);
  return found[0];
}

function insertPeer(core: Core, deviceId: string, name: string, role: PackRole, repId: string | null): SyncPeersTable {
  const row: SyncPeersTable = {
    device_id: deviceId,
    name,
    role,
    sent_vector: '{}',
    received_vector: '{}',
    last_sent_at: null,
    last_received_at: null,
    created_at: core.now().toISOString(),
    last_imported_hlc: null,
    rep_id: repId,
    acked_pack_hlc: null,
  };
  core.store.run(core.store.qb.insertInto('sync_peers').values(row));
  return row;
}

function toPeer(core: Core, row: SyncPeersTable): SyncPeer {
  return {
    deviceId: row.device_id,
    name: row.name,
    role: row.role,
    repId: row.rep_id,
    repName: row.rep_id ? ((core.store.sqlite.prepare('SELECT name FROM reps WHERE id = ?').pluck().get(row.rep_id) as string | undefined) ?? null) : null,
    lastSentAt: row.last_sent_at,
    lastReceivedAt: row.last_received_at,
    pending: pendingFor(core, row),
    createdAt: row.created_at,
  };
}

/** What the next pack for this peer would carry (a rep peer: its territory's changes; without its rep: the log's). */
function pendingFor(core: Core, row: SyncPeersTable): number {
  const vector = parseVector(row.received_vector);
  const unseen = countUnseen(core, vector); // a few index seeks when the peer is up to date
  if (row.role === 'rep' && !row.rep_id) return unseen;
  const { selection } = planPack(core, readSyncRole(core), row);
  // nothing above its vector and no customer to send whole: nothing to send, without counting its territory
  if (unseen === 0 && (selection.kind !== 'territory' || selection.whole.size === 0)) return 0;
  return countChanges(core, selection, vector);
}

/**
 * Change-log entries above a vector: per device, a range of the (device_id, hlc) index above its HLC (devices the
 * vector does not name count whole), so a peer that is up to date costs a few index seeks, not a scan of the log.
 */
export function countUnseen(core: Core, vector: VersionVector): number {
  const db = core.store.sqlite;
  const devices = logDevices(db);
  const above = db.prepare(`SELECT coalesce(sum(${CELL_COUNT}), 0) FROM change_log l WHERE l.device_id = ? AND l.hlc > ?`).pluck();
  return devices.reduce((sum, device) => sum + (above.get(device, vector[device] ?? '') as number), 0);
}

function unknownPeer(deviceId: string) {
  return new AppError(
    'not_found',
    { zh: `同步对象 ${deviceId} 不存在，请先添加。`, en: `Peer ${deviceId} is not known; add it first.` },
    { deviceId },
  );
}
