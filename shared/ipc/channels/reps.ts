import { z } from 'zod';
import { RepInputSchema, type Rep } from '../../domain/rep';
import { channel } from '../define';

export const repChannels = {
  'reps.list': channel<Rep[]>('read')(z.object({})),
  'reps.create': channel<Rep>('write')(RepInputSchema),
  'reps.update': channel<Rep>('write')(z.object({ id: z.string().min(1), fields: RepInputSchema })),
};
