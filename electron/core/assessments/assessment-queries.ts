import type { Assessment, Relationship } from '../../../shared/domain/assessment';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';

const COLUMNS = ['id', 'customer_id', 'assessed_on', 'satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship', 'assessor', 'note', 'created_at'] as const;

function baseQuery(core: Core) {
  return core.store.qb.selectFrom('assessments').select(COLUMNS).where('deleted', '=', 0);
}

type Row = { [K in (typeof COLUMNS)[number]]: K extends 'id' | 'customer_id' | 'assessed_on' | 'created_at' ? string : K extends 'relationship' | 'assessor' | 'note' ? string | null : number | null };

function toAssessment(r: Row): Assessment {
  return {
    id: r.id,
    customerId: r.customer_id,
    date: r.assessed_on,
    satisfaction: r.satisfaction,
    recommend: r.recommend,
    referrals: r.referrals,
    influence: r.influence,
    potential: r.potential,
    relationship: r.relationship as Relationship | null,
    assessor: r.assessor,
    note: r.note,
    createdAt: r.created_at,
  };
}

/** A customer's assessments (not deleted), newest first. */
export function listAssessments(core: Core, customerId: string): Assessment[] {
  const rows = core.store.all(baseQuery(core).where('customer_id', '=', customerId).orderBy('assessed_on', 'desc').orderBy('created_at', 'desc'));
  return rows.map(toAssessment);
}

export function getAssessment(core: Core, id: string): Assessment {
  const row = core.store.get(baseQuery(core).where('id', '=', id));
  if (!row) throw new AppError('not_found', { zh: `找不到评估记录 ${id}`, en: `Assessment ${id} not found` }, { id });
  return toAssessment(row);
}
