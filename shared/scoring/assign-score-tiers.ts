import type { ScoreTiers } from './tier-rule-schema';
import type { TierAssignment, TierInput } from './tier-input';

/** First level (descending mins) with score ≥ min; under every min → the last level. */
export function assignScoreTiers(rule: ScoreTiers, input: TierInput): TierAssignment {
  const tier = new Int32Array(input.n);
  const levels = rule.levels;
  const last = levels.length - 1;
  for (let i = 0; i < input.n; i++) {
    const score = input.scores[i];
    let k = 0;
    while (k < last && !(score >= levels[k].min)) k++;
    tier[i] = k;
  }
  return {
    tier,
    reasonOf(i) {
      const level = levels[tier[i]];
      const score = input.scores[i];
      return { code: 'tier_rule', rule: 'score', tier: level.tier, score, threshold: score >= level.min ? level.min : null };
    },
  };
}
