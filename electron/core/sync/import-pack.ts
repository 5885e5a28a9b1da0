/**
 * Import: read and verify the pack file; take the sender's role and rep from this install's peer registry (an
 * unknown sender is refused until the user accepts it as a peer); check every cell and the sender's authority
 * (pack-authority.ts); then in ONE transaction — replay guard (checkPackFor against the sender's last imported
 * pack), clock merge (refuses a pack from too far in the future), apply the changes (apply-pack-changes.ts), a
 * manager's order and result snapshots, the evictions of a territory pack, and the peer's bookkeeping. Any
 * refusal throws AppError('bad_pack') before or inside the transaction, so the book, the change log and
 * sync_peers stay exactly as they were.
 *
 * References between synced rows (a visit's customer, a customer's rep) are not enforced while a pack is
 * applied: a row may arrive before the row it points to (in a later pack, or never, when the sender keeps
 * it to itself). Refusing such a pack would stop that peer's sync for good; a dangling reference shows as
 * "unknown" instead, and fills in when its row arrives.
 */
import fs from 'node:fs';
import { checkPackFor, maxHlc, type Pack } from '../../../shared/sync';
import type { ImportPackSummary } from '../../../shared/ipc/channels/sync';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { applyPackChanges } from './apply-pack-changes';
import { customersToEvict, evictCustomers } from './evict';
import { applyOrdersSnapshot } from './order-snapshot';
import { assertSenderMayChange, assertValidCells, recordSetAside } from './pack-authority';
import { badPack, badPackFrom } from './pack-errors';
import { decodePackFile, isEncryptedPackFile } from './pack-file';
import { findPeerRow, recordImport } from './peers';
import { applyResultsSnapshot } from './result-snapshot';
import { readEncryptedOnly, writeTerritoryRep } from './sync-role';
import { assertKnownCells } from './sync-scope';

export interface ImportPackOptions {
  passphrase?: string;
  progress?: (stage: string, done: number, total?: number) => void;
}

export function importPack(core: Core, file: string, options: ImportPackOptions = {}): ImportPackSummary {
  options.progress?.('read', 0);
  const bytes = readPackBytes(file);
  if (readEncryptedOnly(core) && !isEncryptedPackFile(bytes)) {
    throw badPack(
      'pack_unencrypted',
      '本机只接受加密的同步包，此同步包未加密。请让对方设置口令后重新导出。未做任何更改。',
      'This computer accepts encrypted sync packs only, and this one is not encrypted. Ask the sender to export it again with a passphrase. Nothing was changed.',
      { file },
    );
  }
  const pack = decodePackFile(bytes, { passphrase: options.passphrase, file });
  assertKnownCells(core.store, pack.changes, file);
  const peer = findPeerRow(core, pack.from);
  const addressed = checkPackFor(pack, { deviceId: core.clock.deviceId, lastImportedHlc: peer?.last_imported_hlc ?? null });
  if (!addressed.ok) throw badPackFrom(addressed.error, file);
  if (!peer) throw unknownSender(pack, file);
  assertValidCells(core, peer, pack.changes, file);
  const setAside = assertSenderMayChange(core, peer, pack, file);
  options.progress?.('apply', 0, pack.changes.length);
  const summary = withReferencesUnchecked(core, () =>
    core.store.tx(() => {
      const check = checkPackFor(pack, { deviceId: core.clock.deviceId, lastImportedHlc: peer.last_imported_hlc });
      if (!check.ok) throw badPackFrom(check.error, file);
      core.clock.receive(newestHlc(pack));
      const outcome = applyPackChanges(core, pack.from, setAside.size ? pack.changes.filter((_, i) => !setAside.has(i)) : pack.changes);
      outcome.conflicts += recordSetAside(core, pack.from, pack.changes.filter((_, i) => setAside.has(i)));
      outcome.ignored += setAside.size;
      const territory = pack.scope?.kind === 'territory' ? pack.scope.customers : null;
      const orders = pack.orders ? applyOrdersSnapshot(core, pack.orders, pack.createdHlc, file).orders : 0;
      const rated = pack.results ? applyResultsSnapshot(core, pack.results, territory ? new Set(territory) : null, file).customers.length : 0;
      const evicted = territory ? evictCustomers(core, customersToEvict(core, territory, pack.vector), pack.vector) : 0;
      if (pack.scope?.kind === 'territory' && peer.role === 'manager') writeTerritoryRep(core, pack.scope.repId);
      recordImport(core, peer, pack);
      return { from: pack.from, role: peer.role, ...outcome, orders, rated, evicted };
    }),
  );
  options.progress?.('apply', pack.changes.length, pack.changes.length);
  return summary;
}

/** A pack from a device this install has not accepted as a peer: the user decides its role first. */
function unknownSender(pack: Pack, file: string): AppError {
  return badPack(
    'pack_unknown_sender',
    `同步包来自未知设备 ${pack.from}（自称${pack.role === 'manager' ? '经理' : '业务员'}）。请先确认并把它添加为同步对象（指定角色），再导入。未做任何更改。`,
    `The sync pack comes from an unknown device ${pack.from} (it says it is a ${pack.role}). Accept it as a peer with a role first, then import. Nothing was changed.`,
    { from: pack.from, claimedRole: pack.role, file },
  );
}

function readPackBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('bad_file', { zh: `无法读取文件 ${file}：${reason}`, en: `Cannot read the file ${file}: ${reason}` }, { file });
  }
}

function newestHlc(pack: Pack): string {
  let newest = pack.createdHlc;
  for (const change of pack.changes) newest = maxHlc(newest, change.hlc);
  return newest;
}

/** Runs fn with foreign keys off (only possible outside a transaction) and deferred otherwise. */
function withReferencesUnchecked<T>(core: Core, fn: () => T): T {
  const db = core.store.sqlite;
  const toggle = !db.inTransaction && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (toggle) db.pragma('foreign_keys = OFF');
  try {
    return fn();
  } finally {
    if (toggle) db.pragma('foreign_keys = ON');
  }
}
