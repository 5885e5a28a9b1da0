/**
 * Export: the changes a peer has not confirmed (above its received vector), or everything for a new peer,
 * filtered by role and personal-data choice (sync-scope.ts), in change-log order, into one pack file.
 * A pack never splits one HLC: it holds every selected change above the vector.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createPack, versionVector, type Change, type PackRole, type VersionVector } from '../../../shared/sync';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import { readSetting, writeSetting } from '../settings/settings';
import { encodePackFile, PACK_FILE_EXTENSION } from './pack-file';
import { findPeerRow, parseVector, recordExport } from './peers';
import { packScope } from './sync-scope';
import { LAST_PACK_HLC_KEY, readSyncRole } from './sync-role';
import { AppError } from '../../../shared/ipc/errors';

export interface ExportPackOptions {
  /** the peer the pack is for (must be a known peer); null: everything, for any new peer */
  peerDeviceId: string | null;
  /** the sending role; default: this install's `sync.role` */
  role?: PackRole;
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
}

interface LogRow {
  table_name: string;
  row_id: string;
  column_name: string;
  value_json: string | null;
  hlc: string;
}

export function exportPack(core: Core, options: ExportPackOptions): ExportPackResult {
  const role = options.role ?? readSyncRole(core);
  const peer = options.peerDeviceId ? findPeerRow(core, options.peerDeviceId) : null;
  if (options.peerDeviceId && !peer) {
    throw new AppError(
      'not_found',
      { zh: `同步对象 ${options.peerDeviceId} 不存在，请先添加，或导出全部数据。`, en: `Peer ${options.peerDeviceId} is not known; add it first, or export everything.` },
      { deviceId: options.peerDeviceId },
    );
  }
  const base = peer ? parseVector(peer.received_vector) : {};
  const inScope = packScope({ role, deviceId: core.clock.deviceId, includePersonalData: options.includePersonalData ?? true });
  options.progress?.('read', 0);
  const changes = readChangesAbove(core, base).filter(inScope);
  const vector = logVector(core);
  const createdHlc = nextPackHlc(core);
  const pack = createPack({ from: core.clock.deviceId, to: peer?.device_id ?? null, role, createdHlc, changes, vector });
  options.progress?.('write', changes.length, changes.length);
  const bytes = encodePackFile(pack, { passphrase: options.passphrase, scryptLogN: options.scryptLogN });
  const file = options.file ?? defaultPackFile(core, peer?.device_id ?? null);
  writeAtomically(file, bytes);
  core.store.tx(() => {
    writeSetting(core.store, LAST_PACK_HLC_KEY, createdHlc);
    if (peer) recordExport(core, peer.device_id, versionVector(changes));
  });
  return { file, changes: changes.length, bytes: bytes.length };
}

/** Every logged change not covered by the vector, in log order. */
function readChangesAbove(core: Core, vector: VersionVector): Change[] {
  const entries = Object.entries(vector);
  const seen = entries.map(() => '(device_id = ? AND hlc <= ?)').join(' OR ');
  const sql = `SELECT table_name, row_id, column_name, value_json, hlc FROM change_log${
    entries.length ? ` WHERE NOT (${seen})` : ''
  } ORDER BY seq`;
  const rows = core.store.sqlite.prepare(sql).all(...entries.flat()) as LogRow[];
  return rows.map((r) => ({
    table: r.table_name,
    rowId: r.row_id,
    column: r.column_name,
    value: r.value_json == null ? null : (JSON.parse(r.value_json) as unknown),
    hlc: r.hlc,
  }));
}

/** The greatest HLC per origin device over the whole log: everything this install has seen. */
export function logVector(core: Core): VersionVector {
  const rows = core.store.sqlite
    .prepare('SELECT device_id, MAX(hlc) AS hlc FROM change_log GROUP BY device_id')
    .all() as { device_id: string; hlc: string }[];
  return Object.fromEntries(rows.map((r) => [r.device_id, r.hlc]));
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
