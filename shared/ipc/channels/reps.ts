import { z } from 'zod';
import { RepInputSchema, type Rep } from '../../domain/rep';
import { channel } from '../define';

export const repChannels = {
  'reps.list': channel<Rep[]>()(z.object({})),
  'reps.create': channel<Rep>()(RepInputSchema),
  'reps.update': channel<Rep>()(z.object({ id: z.string().min(1), fields: RepInputSchema })),
};
