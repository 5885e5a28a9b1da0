import type { IndicatorKey } from './indicator-keys';
import type { ModelDefinition } from './model-schema';
import type { Reason, TierRuleReason } from './reasons';
import type { TierInfo } from './tier-catalog';

/** One indicator's explanation. points null = missing (it then contributes 0). */
export interface IndicatorResult {
  key: IndicatorKey;
  value: number | null;
  points: number | null;
  weight: number;
  effectiveWeight: number;
  contribution: number;
}

/** The explained result of one customer, as plain data (safe to JSON, clone or send over IPC). */
export interface CustomerResult {
  customerId: string;
  code: string;
  /** 0–100, rounded to 2 decimals; score tier thresholds compare against this rounded value. */
  totalScore: number;
  indicators: IndicatorResult[];
  /** After the tier rule and the guards. */
  computedTier: string;
  /** After an override in force, else the computed tier. */
  finalTier: string;
  incomplete: boolean;
  missing: IndicatorKey[];
  /** Incomplete (if so), then the tier rule, the guards that changed the tier, then the override. */
  reasons: Reason[];
}

export const EXTRA_INCOMPLETE = 1;
export const EXTRA_GUARD = 2;
export const EXTRA_OVERRIDE = 4;

/**
 * A scored book in columns (index i = i-th customer of the input): the fast form for persisting
 * 100k+ results without building an object per customer. Tier columns hold indexes into `tiers`.
 */
export interface ScoredBook {
  n: number;
  asOf: string;
  model: ModelDefinition;
  tiers: TierInfo[];
  indicatorKeys: IndicatorKey[];
  weights: number[];
  customerIds: readonly string[];
  codes: readonly string[];
  /** values[j][i] of model indicator j, NaN when missing (money in major units). */
  values: Float64Array[];
  /** points[j][i], NaN when missing. */
  points: Float64Array[];
  totalScore: Float64Array;
  /** Tier from the tier rule alone. */
  ruleTier: Int32Array;
  /** After guards. */
  computedTier: Int32Array;
  /** After an override in force. */
  finalTier: Int32Array;
  incomplete: Uint8Array;
  /** Final tiers per tier id, every tier present, in tier order. */
  tierCounts: Record<string, number>;
  incompleteCount: number;
  /** Non-zero when customer i's explanation holds more than its tier rule reason, as bits: EXTRA_INCOMPLETE
   * (missing data), EXTRA_GUARD (a guard moved the tier), EXTRA_OVERRIDE (an override on file: in force,
   * expired or of an unknown tier). */
  extraReasons: Uint8Array;
  /** The guard that moved customer i's tier: its index, -1 none, -2 more than one. */
  guardOf: Int16Array;
  /** guardValues[g][i]: the value of guard g's indicator (NaN when missing). */
  guardValues: Float64Array[];
  /** The tier rule's reason alone (customer i's whole explanation when extraReasons[i] is 0). */
  ruleReasonOf(i: number): TierRuleReason;
  /** Customer i's explanation, built on demand. */
  reasonsOf(i: number): Reason[];
  /** Customer i's full result as plain data, built on demand. */
  resultOf(i: number): CustomerResult;
}
