import type { Bilingual } from './common-schemas';
import type { GuardOp } from './guard-schema';
import type { IndicatorKey } from './indicator-keys';
import type { MissingPolicy } from './model-schema';

/** Which tier rule decided the computed tier, with the numbers behind it. */
export type TierRuleReason =
  /** threshold: the level's min; null when the score is under every min (last tier). */
  | { code: 'tier_rule'; rule: 'score'; tier: string; score: number; threshold: number | null }
  /** position 1-based among total customers by score; share: the tier's cumulative share bound. */
  | { code: 'tier_rule'; rule: 'rank'; tier: string; position: number; total: number; share: number }
  /** shareBefore: revenue share of the customers ahead; threshold null when revenue ≤ 0. */
  | { code: 'tier_rule'; rule: 'pareto'; tier: string; shareBefore: number; threshold: number | null }
  /** axes: axis id → axis value (e.g. { r: 4, fm: 3.5 }). */
  | { code: 'tier_rule'; rule: 'segments'; tier: string; axes: Record<string, number> };

export interface IncompleteReason {
  code: 'incomplete';
  policy: MissingPolicy;
  missing: IndicatorKey[];
}

/** A guard that changed the tier. threshold: the guard's value (null for op 'missing'). */
export interface GuardReason {
  code: 'guard_cap' | 'guard_floor';
  guard: number;
  indicator: IndicatorKey;
  op: GuardOp;
  threshold: number | null;
  value: number | null;
  from: string;
  to: string;
  label?: Bilingual;
}

export type OverrideReason =
  | { code: 'override'; from: string; to: string; reason: string; expiresAt: string | null }
  | { code: 'override_expired'; tier: string; reason: string; expiresAt: string }
  | { code: 'override_unknown_tier'; tier: string; reason: string };

/** Structured explanation; render with `formatReason(reason, 'zh' | 'en')`. */
export type Reason = TierRuleReason | IncompleteReason | GuardReason | OverrideReason;
