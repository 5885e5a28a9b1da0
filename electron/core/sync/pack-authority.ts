/**
 * Who may change what, checked before a pack touches the book. The sender's role (and rep) come from this
 * install's peer registry, never from the pack:
 * - a manager may change every synced table, and send orders and rating results;
 * - a rep may change only its field work (REP_WRITABLE) and only rows of customers it owns or owned before (a
 *   visit logged offline after the manager moved the customer, before the move reached the rep, is field work
 *   worth keeping: it applies, last writer wins per cell, and travels on to the new rep); it cannot give a
 *   customer away or take one, and never sends orders or results. A change to a customer it never owned refuses
 *   the pack. An edit of a row this book never received, whose customer the pack does not name either, cannot
 *   apply (the row's other cells are missing): it is set aside and kept in the conflict log, so the rest of the
 *   pack still applies;
 * - every cell must hold what the app itself would store (cell-schemas.ts).
 * The first offending change refuses the whole pack, naming the change, the reason and the sender.
 */
import { canonicalJson, type Change, type Pack } from '../../../shared/sync';
import { type AppError } from '../../../shared/ipc/errors';
import type { Statement } from 'better-sqlite3';
import type { Core } from '../core';
import type { SyncedTable, SyncPeersTable } from '../db/schema';
import { cellSchema } from './cell-schemas';
import { ROW_ENTRY } from '../db/rows';
import { logCells } from './log-cells';
import { badPack } from './pack-errors';
import { isSyncedTable } from './sync-scope';
import { REP_WRITABLE, ROW_OWNERSHIP } from './territory';

function senderName(peer: SyncPeersTable) {
  return peer.name === peer.device_id ? peer.device_id : `${peer.name} (${peer.device_id})`;
}

function refused(peer: SyncPeersTable, index: number, change: Change, zh: string, en: string, file?: string): AppError {
  const where = `${change.table}.${change.column} ${change.rowId}`;
  return badPack(
    'pack_not_allowed',
    `同步包被拒绝：来自 ${senderName(peer)} 的第 ${index + 1} 条变更（${where}）${zh}。未做任何更改。`,
    `The sync pack was refused: change #${index + 1} (${where}) from ${senderName(peer)} ${en}. Nothing was changed.`,
    { from: peer.device_id, role: peer.role, index, table: change.table, column: change.column, rowId: change.rowId, ...(file ? { file } : {}) },
  );
}

/** Refuses a cell the app would not store (type, range, JSON shape), naming the change. */
export function assertValidCells(core: Core, peer: SyncPeersTable, changes: readonly Change[], file?: string): void {
  changes.forEach((change, index) => {
    if (!isSyncedTable(change.table)) throw refused(peer, index, change, '涉及本机不同步的表', 'names a table this book does not sync', file);
    const schema = cellSchema(core.store, change.table, change.column);
    if (!schema) throw refused(peer, index, change, '涉及本机没有的列', 'names a column this book does not have', file);
    const checked = schema.safeParse(change.value);
    if (!checked.success) {
      const issue = checked.error.issues[0]?.message ?? 'invalid';
      throw refused(peer, index, change, `的值无效（${issue}）`, `holds an invalid value (${issue})`, file);
    }
  });
}

/**
 * Refuses a pack that goes beyond what its sender may change; returns the indexes of the changes to set aside
 * (edits of rows this book never received).
 */
export function assertSenderMayChange(core: Core, peer: SyncPeersTable, pack: Pack, file?: string): Set<number> {
  const setAside = new Set<number>();
  if (peer.role === 'manager') return setAside;
  const repId = peer.rep_id;
  const fail = (index: number, change: Change, zh: string, en: string) => refused(peer, index, change, zh, en, file);
  if (pack.orders || pack.results || pack.scope) {
    throw badPack(
      'pack_not_allowed',
      `同步包被拒绝：业务员设备 ${senderName(peer)} 不能发送订单、评级结果或客户范围。未做任何更改。`,
      `The sync pack was refused: rep install ${senderName(peer)} may not send orders, rating results or a territory. Nothing was changed.`,
      { from: peer.device_id, role: peer.role, ...(file ? { file } : {}) },
    );
  }
  const db = core.store.sqlite;
  const inPack = new Map<string, unknown>();
  for (const c of pack.changes) {
    const key = `${c.table}\u0000${c.rowId}\u0000${c.column}`;
    const seen = inPack.get(`${key}\u0000hlc`) as string | undefined;
    if (seen === undefined || c.hlc > seen) {
      inPack.set(key, c.value);
      inPack.set(`${key}\u0000hlc`, c.hlc);
    }
  }
  const reads = new Map<string, Statement>();
  const stored = (table: SyncedTable, rowId: string, column: string): { here: boolean; value: unknown } => {
    const sql = `SELECT ${column} AS v FROM ${table} WHERE id = ?`;
    let read = reads.get(sql);
    if (!read) reads.set(sql, (read = db.prepare(sql)));
    const row = read.get(rowId) as { v: unknown } | undefined;
    return row ? { here: true, value: row.v } : { here: false, value: inPack.get(`${table}\u0000${rowId}\u0000${column}`) ?? null };
  };
  const log = logCells(db);
  const everOwned = db.prepare(
    `SELECT 1 FROM change_log WHERE table_name = 'customers' AND row_id = ? AND (
       (column_name = 'owner_rep_id' AND value_json = json_quote(?)) OR (column_name = '${ROW_ENTRY}' AND json_extract(value_json, '$.owner_rep_id') = ?)) LIMIT 1`,
  ).pluck();
  /** the rep owns the customer, owned it when it made the change, or owned it before it moved */
  const ownsCustomer = (customerId: unknown, hlc: string): boolean => {
    if (typeof customerId !== 'string') return false;
    if (stored('customers', customerId, 'owner_rep_id').value === repId) return true;
    if (log.latest('customers', customerId, 'owner_rep_id', hlc)?.value === repId) return true;
    return everOwned.get(customerId, repId, repId) === 1;
  };

  pack.changes.forEach((change, index) => {
    if (log.isLogged(change.table, change.rowId, change.column, change.hlc)) return; // already here: nothing changes
    const table = change.table as SyncedTable;
    if (!repId) throw fail(index, change, '无法核对：此业务员设备未指定对应的业务员', 'cannot be checked: this rep peer has no rep record');
    if (!REP_WRITABLE.has(table)) throw fail(index, change, '属于经理维护的数据，业务员不能修改', 'changes data only a manager may change');
    const rule = ROW_OWNERSHIP[table];
    if (table === 'customers' && change.column === 'owner_rep_id' && change.value !== repId) {
      throw fail(index, change, '把客户转给了别人，只有经理能分配客户', 'gives the customer to someone else; only a manager assigns customers');
    }
    if (rule.kind === 'customer') {
      const row = rule.column === 'id' ? null : stored(table, change.rowId, 'customer_id');
      if (row && !row.here && row.value == null) {
        // an edit of a row this book never took (it was set aside with its customer): set aside as well
        setAside.add(index);
        return;
      }
      const customers = row ? [row.value, inPack.get(`${table}\u0000${change.rowId}\u0000customer_id`)].filter((c) => c !== undefined) : [change.rowId];
      if (!customers.every((c) => ownsCustomer(c, change.hlc))) throw fail(index, change, '涉及不属于该业务员的客户', 'touches a customer this rep does not own');
    } else if (rule.kind === 'rep') {
      const reps = [stored(table, change.rowId, rule.column).value, inPack.get(`${table}\u0000${change.rowId}\u0000${rule.column}`)].filter((r) => r !== undefined);
      if (reps.some((r) => r !== repId)) throw fail(index, change, '涉及其他业务员的计划', 'touches another rep’s plan');
    }
  });
  return setAside;
}

/** Keeps the changes set aside in the conflict log (kept: the cell as it stands here), once per change. */
export function recordSetAside(core: Core, from: string, changes: readonly Change[]): number {
  const db = core.store.sqlite;
  const known = db.prepare('SELECT 1 FROM sync_conflicts WHERE table_name = ? AND row_id = ? AND column_name = ? AND lost_hlc = ?').pluck();
  const log = logCells(db);
  const add = db.prepare(
    `INSERT INTO sync_conflicts (pack_from, table_name, row_id, column_name, kept_value_json, kept_hlc, lost_value_json, lost_hlc, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const c of changes) {
    if (known.get(c.table, c.rowId, c.column, c.hlc) === 1) continue;
    const kept = log.latest(c.table, c.rowId, c.column);
    add.run(from, c.table, c.rowId, c.column, canonicalJson(kept?.value ?? null), kept?.hlc ?? '', canonicalJson(c.value), c.hlc, core.now().toISOString());
    added += 1;
  }
  return added;
}
