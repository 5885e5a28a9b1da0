/**
 * Customers and assessments from a file, written through the row writer (they are synced tables, so every
 * changed cell reaches change_log). Customers are matched by code, assessments by customer and date;
 * only the fields the file has are written, and an unchanged row is not touched.
 */
import type { AssessmentRecord, CustomerRecord, Msg } from '../../../shared/import';
import type { Core } from '../core';
import type { CustomerCache } from './customer-cache';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

export class RowProblem extends Error {
  constructor(readonly field: string, readonly msg: Msg) {
    super(msg.en);
  }
}

function definedOnly(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

export function makeCustomerWriter(core: Core, cache: CustomerCache) {
  const reps = new Map<string, string>();
  for (const r of core.store.sqlite.prepare('SELECT id, name FROM reps WHERE deleted = 0').all() as { id: string; name: string }[]) reps.set(r.name, r.id);
  const customOf = core.store.sqlite.prepare('SELECT custom FROM customers WHERE id = ?').pluck();
  return (rec: CustomerRecord): WriteOutcome => {
    let owner: string | undefined;
    if (rec.ownerRep !== undefined) {
      owner = reps.get(rec.ownerRep);
      if (!owner) throw new RowProblem('ownerRep', { zh: `找不到负责人“${rec.ownerRep}”（请先添加该销售代表）`, en: `no sales rep named '${rec.ownerRep}' (add the rep first)` });
    }
    const values = definedOnly({
      name: rec.name, industry: rec.industry, region: rec.region, city: rec.city, address: rec.address,
      contact_name: rec.contactName, contact_phone: rec.contactPhone, contact_email: rec.contactEmail, owner_rep_id: owner,
      status: rec.status, cooperation_start: rec.cooperationStart, tags: rec.tags && JSON.stringify(rec.tags),
    });
    const id = cache.find(rec.code);
    if (id === undefined) {
      const newId = core.rows.insert('customers', {
        status: 'active', tags: '[]', ...values, code: rec.code, custom: JSON.stringify(rec.custom ?? {}), created_at: core.now().toISOString(),
      });
      cache.remember(rec.code, newId, rec.region !== undefined);
      return 'inserted';
    }
    if (rec.custom) values.custom = JSON.stringify({ ...(JSON.parse((customOf.get(id) as string) ?? '{}') as object), ...rec.custom });
    const changed = core.rows.update('customers', id, { ...values, deleted: 0 });
    if (rec.region !== undefined) cache.remember(rec.code, id, true);
    return changed ? 'updated' : 'unchanged';
  };
}

export function makeAssessmentWriter(core: Core, cache: CustomerCache) {
  const existing = core.store.sqlite.prepare('SELECT id FROM assessments WHERE customer_id = ? AND assessed_on = ? ORDER BY deleted, id LIMIT 1').pluck();
  return (rec: AssessmentRecord): WriteOutcome => {
    const customerId = cache.find(rec.customerCode);
    if (!customerId) {
      throw new RowProblem('customerCode', { zh: `找不到客户编号 ${rec.customerCode}（请先导入客户）`, en: `no customer with code ${rec.customerCode} (import the customers first)` });
    }
    const values = definedOnly({
      satisfaction: rec.satisfaction, recommend: rec.recommend, referrals: rec.referrals, influence: rec.influence,
      potential: rec.potential, relationship: rec.relationship, assessor: rec.assessor, note: rec.note,
    });
    const id = existing.get(customerId, rec.date) as string | undefined;
    if (id === undefined) {
      core.rows.insert('assessments', { customer_id: customerId, assessed_on: rec.date, ...values, created_at: core.now().toISOString() });
      return 'inserted';
    }
    return core.rows.update('assessments', id, { ...values, deleted: 0 }) ? 'updated' : 'unchanged';
  };
}
