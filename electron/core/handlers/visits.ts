import type { visitChannels } from '../../../shared/ipc/channels/visits';
import { complianceReport } from '../visits/compliance';
import { exportVisitPlan } from '../visits/plan-export';
import { generatePlan } from '../visits/plan-service';
import { listPolicies, updatePolicy } from '../visits/tier-policy-service';
import { cancelVisit, markVisitDone, moveVisit } from '../visits/visit-actions';
import { listVisits, overdueCustomers, visitsOverview } from '../visits/visit-queries';
import type { HandlersFor } from './types';

export const visitHandlers: HandlersFor<typeof visitChannels> = {
  'policies.list': (_input, { core }) => listPolicies(core),
  'policies.update': (input, { core }) => updatePolicy(core, input),
  'visits.overview': (_input, { core }) => visitsOverview(core),
  'visits.plan': (input, { core }) => generatePlan(core, input),
  'visits.list': (q, { core }) => listVisits(core, q),
  'visits.overdue': (q, { core }) => overdueCustomers(core, q),
  'visits.move': ({ id, date }, { core }) => moveVisit(core, id, date),
  'visits.done': (input, { core }) => markVisitDone(core, input),
  'visits.cancel': ({ id }, { core }) => cancelVisit(core, id),
  'visits.compliance': (q, { core }) => complianceReport(core, q),
  'visits.export': (q, { core }) => exportVisitPlan(core, q),
};
