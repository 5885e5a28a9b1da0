import { AssessmentInputSchema, type Assessment, type AssessmentInput } from '../../../shared/domain/assessment';
import type { Core } from '../core';
import { getCustomer } from '../customers/customer-service';
import { parseOrThrow } from '../validation';
import { getAssessment } from './assessment-queries';

/** Adds a questionnaire and/or expert rating of a customer as a synced row; the next rating run reads it. */
export function addAssessment(core: Core, input: AssessmentInput): Assessment {
  const a = parseOrThrow(AssessmentInputSchema, input);
  return core.store.tx(() => {
    getCustomer(core, a.customerId);
    const id = core.rows.insert('assessments', {
      customer_id: a.customerId,
      assessed_on: a.date,
      satisfaction: a.satisfaction ?? null,
      recommend: a.recommend ?? null,
      referrals: a.referrals ?? null,
      influence: a.influence ?? null,
      potential: a.potential ?? null,
      relationship: a.relationship ?? null,
      assessor: a.assessor ?? null,
      note: a.note ?? null,
      created_at: core.now().toISOString(),
    });
    return getAssessment(core, id);
  });
}
