import type { Store } from '../db/store';

export interface AuditEntry {
  actor: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  details?: Record<string, unknown>;
}

/** Records who changed a model, an override, a policy … (docs/ARCHITECTURE.md §2, local tables: audit). */
export function writeAudit(store: Store, at: string, entry: AuditEntry): void {
  store.run(
    store.qb.insertInto('audit').values({
      at,
      actor: entry.actor,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      details: JSON.stringify(entry.details ?? {}),
    }),
  );
}
