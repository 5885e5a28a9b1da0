import { z } from 'zod';
import { BilingualSchema, ColorSchema, TierIdSchema } from './common-schemas';
import { IndicatorKeySchema } from './indicator-keys';

/** Display data every tier / segment carries; order = position in `levels` (first = best). */
const tierMeta = { tier: TierIdSchema, label: BilingualSchema.optional(), color: ColorSchema.optional() };

/** Score thresholds, descending mins: score ≥ min → tier. A score under every min gets the last tier. */
export const ScoreTiersSchema = z
  .object({
    kind: z.literal('score'),
    levels: z.array(z.object({ ...tierMeta, min: z.number().min(0).max(100) }).strict()).min(1),
  })
  .strict();

/**
 * Rank shares: customers sorted by score desc, then code asc; the first `share` of them → first tier…
 * Shares sum to 1.
 */
export const RankTiersSchema = z
  .object({
    kind: z.literal('rank'),
    levels: z.array(z.object({ ...tierMeta, share: z.number().min(0).max(1) }).strict()).min(1),
  })
  .strict();

/**
 * Pareto / ABC on window revenue: customers sorted by revenue desc (then code asc); a customer is in the
 * first level whose cumulativeShare exceeds the revenue share accumulated BEFORE it. Ascending, last = 1.
 * Customers with revenue ≤ 0 go to the last tier.
 */
export const ParetoTiersSchema = z
  .object({
    kind: z.literal('pareto'),
    levels: z.array(z.object({ ...tierMeta, cumulativeShare: z.number().min(0).max(1) }).strict()).min(1),
  })
  .strict();

/**
 * A segment axis: each listed indicator's points (0–100) become a level 1..scale
 * (max(1, ⌈points·scale/100⌉), so quintile points 20..100 → 1..5), and the axis value is their mean
 * (RFM's FM = (F + M) / 2). A missing indicator counts as level 1.
 */
export const SegmentAxisSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Axis id: lower-case letters, digits, _'),
    label: BilingualSchema.optional(),
    indicators: z.array(IndicatorKeySchema).min(1),
    scale: z.number().int().min(2).max(10),
  })
  .strict();

/** Inclusive range on an axis value. */
export const AxisRangeSchema = z.object({ min: z.number().optional(), max: z.number().optional() }).strict();

/** Named segments: the first level whose every `when` range holds wins; none → the last level. */
export const SegmentTiersSchema = z
  .object({
    kind: z.literal('segments'),
    axes: z.array(SegmentAxisSchema).min(1),
    levels: z.array(z.object({ ...tierMeta, when: z.record(z.string(), AxisRangeSchema) }).strict()).min(1),
  })
  .strict();

export const TierRuleSchema = z.discriminatedUnion('kind', [
  ScoreTiersSchema,
  RankTiersSchema,
  ParetoTiersSchema,
  SegmentTiersSchema,
]);
export type TierRule = z.infer<typeof TierRuleSchema>;
export type ScoreTiers = z.infer<typeof ScoreTiersSchema>;
export type RankTiers = z.infer<typeof RankTiersSchema>;
export type ParetoTiers = z.infer<typeof ParetoTiersSchema>;
export type SegmentTiers = z.infer<typeof SegmentTiersSchema>;
export type SegmentAxis = z.infer<typeof SegmentAxisSchema>;
