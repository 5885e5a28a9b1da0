import type { Selectable } from 'kysely';
import type { OverridesTable } from '../db/schema';
import type { OverrideInfo } from '../../../shared/ipc/channels/ratings';
import { AppError } from '../../../shared/ipc/errors';
import type { TierOverride } from '../../../shared/scoring';
import { writeAudit } from '../audit/audit';
import type { Core } from '../core';

type OverrideRow = Omit<Selectable<OverridesTable>, 'updated_at' | 'deleted'>;

const toInfo = (r: OverrideRow, today: string): OverrideInfo => ({
  id: r.id,
  customerId: r.customer_id,
  tier: r.tier,
  reason: r.reason,
  author: r.author,
  createdAt: r.created_at,
  expiresAt: r.expires_on,
  active: r.expires_on === null || r.expires_on > today,
});

/** A manual tier with a required reason and an optional expiry; it applies from the next run on. */
export function setOverride(core: Core, input: { customerId: string; tier: string; reason: string; expiresAt?: string | null }): OverrideInfo {
  const reason = input.reason.trim();
  if (!reason) {
    throw new AppError('validation', { zh: '请填写调整原因', en: 'A reason is required' }, {
      fields: [{ path: 'reason', message: { zh: '必须填写原因', en: 'Required' } }],
    });
  }
  return core.store.tx(() => {
    const customer = core.store.sqlite.prepare('SELECT 1 FROM customers WHERE id = ? AND deleted = 0').get(input.customerId);
    if (!customer) throw new AppError('not_found', { zh: '找不到该客户', en: 'Customer not found' }, { id: input.customerId });
    const at = core.now().toISOString();
    const id = core.rows.insert('overrides', {
      customer_id: input.customerId,
      tier: input.tier,
      reason,
      author: core.actor,
      created_at: at,
      expires_on: input.expiresAt ?? null,
    });
    writeAudit(core.store, at, {
      actor: core.actor, entity: 'override', entityId: id, action: 'set',
      details: { customerId: input.customerId, tier: input.tier, reason, expiresAt: input.expiresAt ?? null },
    });
    return listOverrides(core, { customerId: input.customerId }).find((o) => o.id === id) as OverrideInfo;
  });
}

export function listOverrides(core: Core, q: { customerId?: string; activeOnly?: boolean }): OverrideInfo[] {
  const params: unknown[] = [];
  let where = 'deleted = 0';
  if (q.customerId) {
    where += ' AND customer_id = ?';
    params.push(q.customerId);
  }
  const rows = core.store.sqlite
    .prepare(`SELECT id, customer_id, tier, reason, author, created_at, expires_on FROM overrides WHERE ${where} ORDER BY created_at DESC, id DESC`)
    .all(...params) as OverrideRow[];
  const today = core.today();
  return rows.map((r) => toInfo(r, today)).filter((o) => !q.activeOnly || o.active);
}

export function revokeOverride(core: Core, id: string, why?: string): null {
  core.store.tx(() => {
    const row = core.store.sqlite.prepare('SELECT customer_id, tier FROM overrides WHERE id = ? AND deleted = 0').get(id) as
      | { customer_id: string; tier: string }
      | undefined;
    if (!row) throw new AppError('not_found', { zh: '找不到该人工调整', en: 'Override not found' }, { id });
    core.rows.remove('overrides', id);
    writeAudit(core.store, core.now().toISOString(), {
      actor: core.actor, entity: 'override', entityId: id, action: 'revoke',
      details: { customerId: row.customer_id, tier: row.tier, reason: why ?? null },
    });
  });
  return null;
}

/** The newest override per customer (the engine applies it when unexpired on asOf, else records it expired). */
export function overridesForRun(core: Core): Map<string, TierOverride> {
  const rows = core.store.sqlite
    .prepare('SELECT customer_id, tier, reason, expires_on FROM overrides WHERE deleted = 0 ORDER BY customer_id, created_at, id')
    .all() as { customer_id: string; tier: string; reason: string; expires_on: string | null }[];
  const map = new Map<string, TierOverride>();
  for (const r of rows) map.set(r.customer_id, { tier: r.tier, reason: r.reason, expiresAt: r.expires_on });
  return map;
}
