/**
 * Export: one pack file with what a peer has not confirmed (export-selection.ts), in change-log order:
 * - from a manager install to a rep peer, a territory pack: the rep's customers with everything that belongs
 *   to them, the shared tables, and snapshots of those customers' orders and rating results;
 * - from a manager install to a manager peer or to no peer (a new install, a backup), the whole book, orders
 *   and results included;
 * - from a rep install, the rep's own field work only (the manager's book is the source of everything else).
 * A pack never splits one HLC: it holds every selected change above the vector.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createPack, versionVector } from '../../../shared/sync';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import { readSetting, writeSetting } from '../settings/settings';
import { selectChanges } from './export-selection';
import { planPack } from './pack-plan';
import { logVector } from './log-devices';
import { readOrdersSnapshot } from './order-snapshot';
import { encodePackFile, PACK_FILE_EXTENSION } from './pack-file';
import { findPeerRow, parseVector, recordExport } from './peers';
import { readResultsSnapshot } from './result-snapshot';
import { personalDataFilter } from './sync-scope';
import { LAST_PACK_HLC_KEY, readSyncRole } from './sync-role';
import { AppError } from '../../../shared/ipc/errors';

export interface ExportPackOptions {
  /** the peer the pack is for (must be a known peer); null: everything, for any new peer */
  peerDeviceId: string | null;
  passphrase?: string;
  /** customers' address and contact fields; default true */
  includePersonalData?: boolean;
  /** where to write; default: a new file in the book's exports folder */
  file?: string;
  /** scrypt cost for tests (log2 N) */
  scryptLogN?: number;
  progress?: (stage: string, done: number, total?: number) => void;
}

export interface ExportPackResult {
  file: string;
  changes: number;
  bytes: number;
  /** customers whose orders and results the pack carries (0 for a rep's pack) */
  customers: number;
  orders: number;
}

export function exportPack(core: Core, options: ExportPackOptions): ExportPackResult {
  const role = readSyncRole(core);
  const peer = options.peerDeviceId ? (findPeerRow(core, options.peerDeviceId) ?? null) : null;
  if (options.peerDeviceId && !peer) {
    throw new AppError(
      'not_found',
      { zh: `同步对象 ${options.peerDeviceId} 不存在，请先添加，或导出全部数据。`, en: `Peer ${options.peerDeviceId} is not known; add it first, or export everything.` },
      { deviceId: options.peerDeviceId },
    );
  }
  const plan = planPack(core, role, peer);
  options.progress?.('read', 0);
  const base = peer ? parseVector(peer.received_vector) : {};
  const changes = selectChanges(core, plan.selection, base).filter(personalDataFilter(options.includePersonalData ?? true));
  const orders = plan.snapshot ? readOrdersSnapshot(core, plan.snapshot) : undefined;
  const results = plan.snapshot ? readResultsSnapshot(core, plan.snapshot) : undefined;
  const vector = logVector(core.store.sqlite);
  const createdHlc = nextPackHlc(core);
  const pack = createPack({
    from: core.clock.deviceId, to: peer?.device_id ?? null, role, createdHlc, changes, vector,
    ...(plan.scope ? { scope: plan.scope } : {}), ...(orders ? { orders } : {}), ...(results ? { results } : {}),
    ack: peer?.last_imported_hlc ?? null,
  });
  options.progress?.('write', changes.length, changes.length);
  const bytes = encodePackFile(pack, { passphrase: options.passphrase, scryptLogN: options.scryptLogN });
  const file = options.file ?? defaultPackFile(core, peer?.device_id ?? null);
  writeAtomically(file, bytes);
  core.store.tx(() => {
    writeSetting(core.store, LAST_PACK_HLC_KEY, createdHlc);
    if (peer) recordExport(core, peer.device_id, versionVector(changes));
    if (peer && plan.territory) rememberTerritory(core, peer.device_id, plan.territory, createdHlc);
  });
  return { file, changes: changes.length, bytes: bytes.length, customers: orders?.customers.length ?? 0, orders: orders?.customer.length ?? 0 };
}

/** The territory as sent: customers that left it are forgotten (a return sends their whole history again). */
function rememberTerritory(core: Core, deviceId: string, customers: readonly string[], createdHlc: string) {
  const db = core.store.sqlite;
  const sent = new Set(db.prepare('SELECT customer_id FROM sync_peer_customers WHERE device_id = ?').pluck().all(deviceId) as string[]);
  const now = new Set(customers);
  const forget = db.prepare('DELETE FROM sync_peer_customers WHERE device_id = ? AND customer_id = ?');
  const add = db.prepare('INSERT INTO sync_peer_customers (device_id, customer_id, sent_hlc) VALUES (?, ?, ?)');
  for (const id of sent) if (!now.has(id)) forget.run(deviceId, id);
  for (const id of customers) if (!sent.has(id)) add.run(deviceId, id, createdHlc);
}

/** A fresh stamp above every pack this install made before (the receiver's replay guard relies on it). */
function nextPackHlc(core: Core): string {
  const last = readSetting<string>(core.store, LAST_PACK_HLC_KEY);
  if (last) core.clock.receive(last);
  return core.clock.tick();
}

function defaultPackFile(core: Core, to: string | null): string {
  const stamp = core.now().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return path.join(exportsDir(core), `tierdesk-sync-${core.clock.deviceId}-to-${to ?? 'all'}-${stamp}${PACK_FILE_EXTENSION}`);
}

function writeAtomically(file: string, bytes: Buffer) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.part`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
}
