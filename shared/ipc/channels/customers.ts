import { z } from 'zod';
import {
  CustomerInputSchema,
  CustomerListQuerySchema,
  type Customer,
  type CustomerFacets,
  type CustomerPage,
} from '../../domain/customer';
import { channel } from '../define';

const id = z.string().min(1);

export const customerChannels = {
  'customers.list': channel<CustomerPage>()(CustomerListQuerySchema),
  'customers.facets': channel<CustomerFacets>()(z.object({})),
  'customers.get': channel<Customer>()(z.object({ id })),
  'customers.create': channel<Customer>()(CustomerInputSchema),
  'customers.update': channel<Customer>()(z.object({ id, fields: CustomerInputSchema })),
  'customers.archive': channel<Customer>()(z.object({ id })),
  'customers.restore': channel<Customer>()(z.object({ id })),
};
