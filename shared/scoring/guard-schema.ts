import { z } from 'zod';
import { BilingualSchema, TierIdSchema } from './common-schemas';
import { IndicatorKeySchema } from './indicator-keys';

export const GUARD_OPS = ['>', '>=', '<', '<=', '==', 'missing'] as const;
export type GuardOp = (typeof GUARD_OPS)[number];

/**
 * `indicator op value`; `op: 'missing'` holds when the indicator has no value.
 * `orMissing: true` also holds when the value is missing ("no order in 180 days" includes "never ordered").
 */
export const GuardConditionSchema = z
  .object({
    indicator: IndicatorKeySchema,
    op: z.enum(GUARD_OPS),
    value: z.number().optional(),
    orMissing: z.boolean().optional(),
  })
  .strict();
export type GuardCondition = z.infer<typeof GuardConditionSchema>;

/**
 * `cap`: at most `tier` (a better tier is lowered to it); `floor`: at least `tier`.
 * Guards apply in the listed order after the tier rule; tier order is the tier rule's level order.
 */
export const GuardSchema = z
  .object({
    kind: z.enum(['cap', 'floor']),
    tier: TierIdSchema,
    when: GuardConditionSchema,
    label: BilingualSchema.optional(),
  })
  .strict();
export type Guard = z.infer<typeof GuardSchema>;
