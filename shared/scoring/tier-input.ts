import type { TierRuleReason } from './reasons';

/** Column-wise book data the tier rules read; index i is the i-th customer. */
export interface TierInput {
  n: number;
  /** Rounded total scores. */
  scores: ArrayLike<number>;
  codes: readonly string[];
  customerIds: readonly string[];
  /** Window revenue in minor units. */
  revenues: ArrayLike<number>;
  /** Model indicator keys, in model order. */
  indicatorKeys: readonly string[];
  /** points[j][i]: points of indicator j for customer i, NaN when missing. */
  points: readonly ArrayLike<number>[];
}

/**
 * Per customer: the index of its tier in the rule's levels, and why (built on demand, so scoring a
 * large book allocates no per-customer objects).
 */
export interface TierAssignment {
  tier: Int32Array;
  reasonOf(i: number): TierRuleReason;
}

/** Deterministic order for ties: code ascending, then customer id (plain code-unit comparison). */
export function byCodeThenId(input: TierInput, a: number, b: number): number {
  const ca = input.codes[a];
  const cb = input.codes[b];
  if (ca !== cb) return ca < cb ? -1 : 1;
  const ia = input.customerIds[a];
  const ib = input.customerIds[b];
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

export function indexRange(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
