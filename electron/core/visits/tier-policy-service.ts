import type { TierPolicy } from '../../../shared/ipc/channels/visits';
import { DEFAULT_TIER_POLICIES } from '../../../shared/visits';
import { writeAudit } from '../audit/audit';
import type { Core } from '../core';

interface PolicyRow {
  id: string;
  tier: string;
  visit_interval_days: number;
  service_level: string | null;
  notes: string | null;
  updated_at: string;
}

/** Fixed ids for the default A–D policies, so two installs that seed them offline merge instead of clashing. */
const defaultPolicyId = (index: number) => `00000000-0000-4000-a000-00000000000${index + 1}`;

function toPolicy(row: PolicyRow): TierPolicy {
  return { id: row.id, tier: row.tier, visitIntervalDays: row.visit_interval_days, serviceLevel: row.service_level, notes: row.notes, updatedAt: row.updated_at };
}

function readPolicies(core: Core): TierPolicy[] {
  const rows = core.store.sqlite
    .prepare('SELECT id, tier, visit_interval_days, service_level, notes, updated_at FROM tier_policies WHERE deleted = 0 ORDER BY visit_interval_days, tier')
    .all() as PolicyRow[];
  return rows.map(toPolicy);
}

/** Seeds the default A 7 / B 14 / C 30 / D 90 days policies the first time a book needs them. */
export function ensureDefaultPolicies(core: Core): void {
  const any = core.store.sqlite.prepare('SELECT 1 FROM tier_policies LIMIT 1').get();
  if (any) return;
  core.store.tx(() => {
    DEFAULT_TIER_POLICIES.forEach((p, i) =>
      core.rows.insert('tier_policies', { id: defaultPolicyId(i), tier: p.tier, visit_interval_days: p.visitIntervalDays, service_level: p.serviceLevel, notes: p.notes }),
    );
  });
}

/** The visit policy of every tier, the most frequent service first. */
export function listPolicies(core: Core): TierPolicy[] {
  ensureDefaultPolicies(core);
  return readPolicies(core);
}

export interface PolicyUpdate {
  tier: string;
  visitIntervalDays: number;
  serviceLevel?: string | null;
  notes?: string | null;
}

/** Changes (or adds, for a tier of another model) a tier's policy; the change is audited. */
export function updatePolicy(core: Core, input: PolicyUpdate): TierPolicy {
  ensureDefaultPolicies(core);
  return core.store.tx(() => {
    const columns = { visit_interval_days: input.visitIntervalDays, service_level: input.serviceLevel ?? null, notes: input.notes ?? null };
    const existing = core.store.sqlite.prepare('SELECT * FROM tier_policies WHERE tier = ?').get(input.tier) as (PolicyRow & { deleted: number }) | undefined;
    let id: string;
    if (existing) {
      id = existing.id;
      core.rows.update('tier_policies', id, { ...columns, deleted: 0 });
    } else {
      id = core.rows.insert('tier_policies', { tier: input.tier, ...columns });
    }
    writeAudit(core.store, core.now().toISOString(), {
      actor: core.actor,
      entity: 'tier_policy',
      entityId: id,
      action: existing ? 'update' : 'create',
      details: {
        tier: input.tier,
        before: existing ? { visitIntervalDays: existing.visit_interval_days, serviceLevel: existing.service_level, notes: existing.notes } : null,
        after: { visitIntervalDays: columns.visit_interval_days, serviceLevel: columns.service_level, notes: columns.notes },
      },
    });
    return readPolicies(core).find((p) => p.id === id) as TierPolicy;
  });
}
