import type { ModelDefinition, ModelIssue, ScoreRule, TierRule } from '../../../../shared/scoring';

/** What the editor holds: a definition that may be invalid while the user types. */
export type Draft = ModelDefinition;
export type Level = { tier: string; label?: { zh: string; en: string }; color?: string; min?: number; share?: number; cumulativeShare?: number };

/** Issues at a path or under it, e.g. ['indicators', 2] → the third indicator's issues. */
export function issuesAt(issues: ModelIssue[], path: (string | number)[], exact = false): ModelIssue[] {
  return issues.filter((issue) => {
    if (exact && issue.path.length !== path.length) return false;
    return path.every((p, i) => String(issue.path[i]) === String(p));
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Sets weight i and spreads the rest over the other indicators in proportion, so the total stays 100. */
export function rebalanceWeights(weights: number[], index: number, value: number): number[] {
  const w = Math.max(0, Math.min(100, value));
  const others = weights.map((x, i) => (i === index ? 0 : x));
  const otherTotal = others.reduce((a, b) => a + b, 0);
  const rest = 100 - w;
  const count = weights.length - 1;
  if (count === 0) return [100];
  const next = weights.map((x, i) => (i === index ? w : round1(otherTotal > 0 ? (x / otherTotal) * rest : rest / count)));
  const drift = round1(100 - next.reduce((a, b) => a + b, 0));
  if (drift !== 0) {
    const j = next.reduce((best, x, i) => (i !== index && x > (next[best] ?? -1) ? i : best), index === 0 ? 1 : 0);
    next[j] = round1(next[j] + drift);
  }
  return next;
}

/** Spreads the weights so they total 100 (after removing or adding an indicator). */
export function normalizeWeights(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (total <= 0) return rebalanceWeights(weights.map(() => 1), 0, round1(100 / weights.length));
  return rebalanceWeights(weights.map((x) => (x / total) * 100), 0, round1((weights[0] / total) * 100));
}

export const RULE_DEFAULTS: Record<ScoreRule['kind'], ScoreRule> = {
  bands: { kind: 'bands', bands: [{ max: 100, points: 0 }, { min: 100, max: 1000, points: 50 }, { min: 1000, points: 100 }] },
  linear: { kind: 'linear', min: 0, max: 100 },
  quantile: { kind: 'quantile', buckets: 5 },
  boolean: { kind: 'boolean', threshold: 1, points: 100 },
};

/** Converts a tier rule to another kind, keeping the tier ids, labels and colours. */
export function convertTierRule(rule: TierRule, kind: 'score' | 'rank' | 'pareto'): TierRule {
  const base = (rule.levels as Level[]).map(({ tier, label, color }) => ({ tier, ...(label ? { label } : {}), ...(color ? { color } : {}) }));
  const n = base.length;
  if (kind === 'score') return { kind, levels: base.map((l, i) => ({ ...l, min: i === n - 1 ? 0 : Math.round(85 - (i * 85) / Math.max(1, n - 1)) })) };
  if (kind === 'rank') {
    const shares = base.map((_, i) => (i === n - 1 ? round4(1 - round4(1 / n) * (n - 1)) : round4(1 / n)));
    return { kind, levels: base.map((l, i) => ({ ...l, share: shares[i] })) };
  }
  const cumulative = n === 3 ? [0.8, 0.95, 1] : base.map((_, i) => round4((i + 1) / n));
  return { kind, levels: base.map((l, i) => ({ ...l, cumulativeShare: i === n - 1 ? 1 : cumulative[i] })) };
}
