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
  'customers.list': channel<CustomerPage>('read')(CustomerListQuerySchema),
  'customers.facets': channel<CustomerFacets>('read')(z.object({})),
  'customers.get': channel<Customer>('read')(z.object({ id })),
  'customers.create': channel<Customer>('write')(CustomerInputSchema),
  'customers.update': channel<Customer>('write')(z.object({ id, fields: CustomerInputSchema })),
  'customers.archive': channel<Customer>('write')(z.object({ id })),
  'customers.restore': channel<Customer>('write')(z.object({ id })),
};
