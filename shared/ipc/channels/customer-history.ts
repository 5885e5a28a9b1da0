import { z } from 'zod';
import { AssessmentInputSchema, type Assessment } from '../../domain/assessment';
import { channel } from '../define';

export interface CustomerOrderRow {
  id: number;
  source: string;
  externalNo: string;
  date: string;
  kind: 'sale' | 'return';
  /** integer minor units; returns are negative */
  amount: number;
  cost: number | null;
  quantity: number | null;
  category: string | null;
  lineCount: number;
}

const customerId = z.string().min(1);

/** A customer's history: its orders and assessments (its visits come from visits.list with customerId). */
export const customerHistoryChannels = {
  /** the customer's orders, newest first */
  'customers.orders': channel<{ total: number; rows: CustomerOrderRow[] }>('read')(
    z.object({ customerId, limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) }),
  ),
  /** the customer's assessments, newest first */
  'assessments.list': channel<Assessment[]>('read')(z.object({ customerId })),
  /** adds a questionnaire and/or expert rating; the next rating run reads it */
  'assessments.add': channel<Assessment>('write')(AssessmentInputSchema),
};
