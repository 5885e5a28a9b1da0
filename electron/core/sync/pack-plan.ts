/**
 * What the next pack for a peer holds, decided in one place for the export and for the peer list's pending count:
 * a rep install sends its own field work; a manager sends a rep peer its territory (the whole history of customers
 * new to it, until it acknowledges the pack that carried them) and anyone else the whole book.
 */
import type { PackRole, PackScope } from '../../../shared/sync';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import type { SyncPeersTable } from '../db/schema';
import type { ChangeSelection } from './export-selection';
import { territoryCustomers } from './territory';

export interface PackPlan {
  selection: ChangeSelection;
  scope?: PackScope;
  /** customers whose orders and results travel: all, some (a territory), or none (a rep's pack) */
  snapshot: readonly string[] | 'all' | null;
  /** a territory: its customers, to remember as sent */
  territory?: string[];
}

export function planPack(core: Core, role: PackRole, peer: SyncPeersTable | null): PackPlan {
  if (role === 'rep') return { selection: { kind: 'rep-own', deviceId: core.clock.deviceId }, snapshot: null };
  if (peer?.role !== 'rep') return { selection: { kind: 'book' }, scope: { kind: 'book' }, snapshot: 'all' };
  if (!peer.rep_id) {
    throw new AppError(
      'validation',
      { zh: `同步对象 ${peer.name} 是业务员设备，但未指定对应的业务员；请先在同步对象中设置。`, en: `Peer ${peer.name} is a rep install but has no rep record; set it in the peer list first.` },
      { deviceId: peer.device_id, fields: [{ path: 'rep', message: { zh: '请选择业务员', en: 'Pick the rep' } }] },
    );
  }
  const customers = territoryCustomers(core, peer.rep_id);
  const delivered = new Set(
    core.store.sqlite
      .prepare('SELECT customer_id FROM sync_peer_customers WHERE device_id = ? AND sent_hlc <= ?')
      .pluck()
      .all(peer.device_id, peer.acked_pack_hlc ?? '') as string[],
  );
  return {
    selection: { kind: 'territory', repId: peer.rep_id, whole: new Set(customers.filter((c) => !delivered.has(c))) },
    scope: { kind: 'territory', repId: peer.rep_id, customers },
    snapshot: customers,
    territory: customers,
  };
}
