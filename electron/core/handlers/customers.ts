import type { customerChannels } from '../../../shared/ipc/channels/customers';
import { customerFacets, listCustomers } from '../customers/customer-queries';
import { createCustomer, getCustomer, setCustomerArchived, updateCustomer } from '../customers/customer-service';
import type { HandlersFor } from './types';

export const customerHandlers: HandlersFor<typeof customerChannels> = {
  'customers.list': (query, { core }) => listCustomers(core.store, query),
  'customers.facets': (_input, { core }) => customerFacets(core.store),
  'customers.get': ({ id }, { core }) => getCustomer(core, id),
  'customers.create': (fields, { core }) => createCustomer(core, fields),
  'customers.update': ({ id, fields }, { core }) => updateCustomer(core, id, fields),
  'customers.archive': ({ id }, { core }) => setCustomerArchived(core, id, true),
  'customers.restore': ({ id }, { core }) => setCustomerArchived(core, id, false),
};
