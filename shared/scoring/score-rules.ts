import type { QuantileRanker } from './quantile-ranker';
import type { Band, LinearRule, QuantileRule, ScoreRule } from './score-rule-schema';

/** First band holding v (min inclusive, max exclusive); 0 when none does. */
export function bandPoints(bands: readonly Band[], v: number): number {
  for (const b of bands) {
    if ((b.min === undefined || v >= b.min) && (b.max === undefined || v < b.max)) return b.points;
  }
  return 0;
}

export function linearPoints(rule: LinearRule, v: number): number {
  const t = (v - rule.min) / (rule.max - rule.min);
  const clamped = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return (rule.invert ? 1 - clamped : clamped) * 100;
}

/** Points from a percent rank p in 0..1 (see QuantileRuleSchema). */
export function quantilePointsFromRank(rule: QuantileRule, p: number): number {
  if (rule.buckets === 'percentile') return p * 100;
  const k = rule.buckets;
  const q = Math.min(k, Math.floor(p * k + 1e-9) + 1);
  return (q * 100) / k;
}

/**
 * Points 0–100 for a present value. Quantile rules need the population's ranker
 * (built from the same indicator over every scored customer).
 */
export function scoreValue(rule: ScoreRule, v: number, ranker?: QuantileRanker): number {
  switch (rule.kind) {
    case 'bands':
      return bandPoints(rule.bands, v);
    case 'linear':
      return linearPoints(rule, v);
    case 'boolean':
      return v >= rule.threshold ? rule.points : 0;
    case 'quantile': {
      if (!ranker) throw new Error('A quantile rule needs the population ranker');
      return quantilePointsFromRank(rule, ranker.percentRank(v, rule.invert === true));
    }
  }
}
