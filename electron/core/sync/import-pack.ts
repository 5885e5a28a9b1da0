/**
 * Import: read and verify the pack file, then in ONE transaction — replay guard (checkPackFor against
 * the sender's last imported pack), clock merge (refuses a pack from too far in the future), apply
 * (apply-pack-changes.ts) and the peer's bookkeeping. Any refusal throws AppError('bad_pack') before or
 * inside the transaction, so the book, the change log and sync_peers stay exactly as they were.
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
import { badPack, badPackFrom } from './pack-errors';
import { decodePackFile } from './pack-file';
import { findPeerRow, recordImport } from './peers';
import { assertKnownCells } from './sync-scope';

export interface ImportPackOptions {
  passphrase?: string;
  progress?: (stage: string, done: number, total?: number) => void;
}

export function importPack(core: Core, file: string, options: ImportPackOptions = {}): ImportPackSummary {
  options.progress?.('read', 0);
  const pack = decodePackFile(readPackBytes(file), { passphrase: options.passphrase, file });
  assertKnownCells(core.store, pack.changes, file);
  assertScalarValues(pack, file);
  options.progress?.('apply', 0, pack.changes.length);
  const summary = withReferencesUnchecked(core, () =>
    core.store.tx(() => {
      const peer = findPeerRow(core, pack.from);
      const check = checkPackFor(pack, { deviceId: core.clock.deviceId, lastImportedHlc: peer?.last_imported_hlc ?? null });
      if (!check.ok) throw badPackFrom(check.error, file);
      core.clock.receive(newestHlc(pack));
      const outcome = applyPackChanges(core, pack.from, pack.changes);
      recordImport(core, pack.from, pack.role, pack.createdHlc, pack.vector);
      return { from: pack.from, role: pack.role, ...outcome };
    }),
  );
  options.progress?.('apply', pack.changes.length, pack.changes.length);
  return summary;
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

/** Synced cells are SQL scalars (JSON columns travel as text); anything else is a forged or broken pack. */
function assertScalarValues(pack: Pack, file: string) {
  const index = pack.changes.findIndex((c) => c.value !== null && typeof c.value === 'object');
  if (index >= 0) {
    throw badPack(
      'pack_malformed',
      `同步包已损坏：第 ${index + 1} 条变更的值无效。未做任何更改。`,
      `The sync pack is damaged: change #${index + 1} holds an invalid value. Nothing was changed.`,
      { index, file },
    );
  }
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
