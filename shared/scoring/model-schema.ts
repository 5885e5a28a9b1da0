import { z } from 'zod';
import { DEFAULT_WINDOW, WindowSchema } from './analysis-window';
import { BilingualSchema } from './common-schemas';
import { GuardSchema } from './guard-schema';
import { IndicatorKeySchema } from './indicator-keys';
import { semanticIssues } from './model-checks';
import { ScoreRuleSchema } from './score-rule-schema';
import { TierRuleSchema } from './tier-rule-schema';

/** One weighted indicator; `weight` is a percent, all weights add up to 100. */
export const ModelIndicatorSchema = z
  .object({
    key: IndicatorKeySchema,
    label: BilingualSchema.optional(),
    weight: z.number().min(0).max(100),
    rule: ScoreRuleSchema,
  })
  .strict();
export type ModelIndicator = z.infer<typeof ModelIndicatorSchema>;

/**
 * 'zero': a missing indicator scores 0. 'redistribute': its weight is spread over the present
 * indicators in proportion to their weights. Either way the result is marked incomplete.
 */
export const MissingPolicySchema = z.enum(['zero', 'redistribute']);
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;

/** Structure only; `ModelDefinitionSchema` adds the cross-field checks. */
export const ModelShapeSchema = z
  .object({
    window: WindowSchema.default(DEFAULT_WINDOW),
    indicators: z.array(ModelIndicatorSchema).min(1),
    missing: MissingPolicySchema.default('zero'),
    tiers: TierRuleSchema,
    guards: z.array(GuardSchema).default([]),
  })
  .strict();

/** A rating model definition: indicators, weights, score rules, tier rule and guards. */
export const ModelDefinitionSchema = ModelShapeSchema.superRefine((model, ctx) => {
  for (const issue of semanticIssues(model)) {
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message.en,
      params: { code: issue.code, zh: issue.message.zh, en: issue.message.en },
    });
  }
});

/** A parsed, valid model (defaults filled in). */
export type ModelDefinition = z.output<typeof ModelDefinitionSchema>;
/** What a caller may write: window, missing and guards may be left out. */
export type ModelDefinitionInput = z.input<typeof ModelDefinitionSchema>;
