import type { customerHistoryChannels } from '../../../shared/ipc/channels/customer-history';
import { listAssessments } from '../assessments/assessment-queries';
import { addAssessment } from '../assessments/assessment-service';
import { getCustomer } from '../customers/customer-service';
import { listCustomerOrders } from '../customers/customer-orders';
import type { HandlersFor } from './types';

export const customerHistoryHandlers: HandlersFor<typeof customerHistoryChannels> = {
  'customers.orders': (q, { core }) => listCustomerOrders(core, q),
  'assessments.list': ({ customerId }, { core }) => {
    getCustomer(core, customerId);
    return listAssessments(core, customerId);
  },
  'assessments.add': (input, { core }) => addAssessment(core, input),
};
