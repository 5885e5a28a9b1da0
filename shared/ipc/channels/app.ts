import { z } from 'zod';
import { channel } from '../define';

export interface AppInfo {
  version: string;
  dbFile: string;
  schemaVersion: number;
  deviceId: string;
  today: string;
}

export interface BookSummary {
  customers: number;
  orders: number;
  /** net revenue in minor units */
  revenue: number;
  /** revenue share of the top 20 % of customers, 0..1 */
  top20Share: number;
}

export const appChannels = {
  'app.info': channel<AppInfo>('read')(z.object({})),
  'app.settings.get': channel<Record<string, unknown>>('read')(z.object({ keys: z.array(z.string()).max(50) })),
  'app.settings.set': channel<null>('write')(
    z.object({ key: z.string().regex(/^ui\.[a-zA-Z.]+$/, 'only ui.* settings can be set from the UI'), value: z.unknown() }),
  ),
  'book.summary': channel<BookSummary>('read')(
    z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), window: z.enum(['all', '365']).default('all') }),
  ),
  'book.demo': channel<{ customers: number; orders: number; reps: number }>('write')(
    z.object({ customers: z.number().int().min(1).max(200_000), seed: z.number().int().default(1) }),
  ),
};
