import { z } from 'zod';

const Points = z.number().min(0).max(100);
const Finite = z.number().refine(Number.isFinite, 'Must be a finite number');

/**
 * One band: `min` inclusive, `max` exclusive; an omitted bound is open.
 * Thresholds for money indicators are in MAJOR units.
 */
export const BandSchema = z.object({ min: Finite.optional(), max: Finite.optional(), points: Points }).strict();
export type Band = z.infer<typeof BandSchema>;

/** Ascending, non-overlapping bands; a value in no band scores 0. */
export const BandsRuleSchema = z.object({ kind: z.literal('bands'), bands: z.array(BandSchema).min(1) }).strict();

/** min → 0 points, max → 100 points, linear between, clamped; `invert` swaps the ends. */
export const LinearRuleSchema = z
  .object({ kind: z.literal('linear'), min: Finite, max: Finite, invert: z.boolean().optional() })
  .strict();

/**
 * Rank among the scored customers. Percent rank p = (customers with a strictly lower value) / (n − 1)
 * (1 when n = 1), ties share it; `invert` ranks by strictly higher values (lower is better).
 * `buckets: k` → bucket q = min(k, ⌊p·k⌋ + 1) → q·100/k points (5 → quintiles 20/40/60/80/100, as in RFM);
 * `'percentile'` → p·100 points.
 */
export const QuantileRuleSchema = z
  .object({
    kind: z.literal('quantile'),
    buckets: z.union([z.number().int().min(2).max(10), z.literal('percentile')]),
    invert: z.boolean().optional(),
  })
  .strict();

/** value ≥ threshold → points, else 0. */
export const BooleanRuleSchema = z
  .object({ kind: z.literal('boolean'), threshold: Finite, points: Points })
  .strict();

export const ScoreRuleSchema = z.discriminatedUnion('kind', [
  BandsRuleSchema,
  LinearRuleSchema,
  QuantileRuleSchema,
  BooleanRuleSchema,
]);
export type ScoreRule = z.infer<typeof ScoreRuleSchema>;
export type BandsRule = z.infer<typeof BandsRuleSchema>;
export type LinearRule = z.infer<typeof LinearRuleSchema>;
export type QuantileRule = z.infer<typeof QuantileRuleSchema>;
export type BooleanRule = z.infer<typeof BooleanRuleSchema>;
