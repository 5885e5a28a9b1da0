import { assignParetoTiers } from './assign-pareto-tiers';
import { assignRankTiers } from './assign-rank-tiers';
import { assignScoreTiers } from './assign-score-tiers';
import { assignSegmentTiers } from './assign-segment-tiers';
import type { TierRule } from './tier-rule-schema';
import type { TierAssignment, TierInput } from './tier-input';

/** Computed tier (level index) of every customer under the model's tier rule. */
export function assignTiers(rule: TierRule, input: TierInput): TierAssignment {
  switch (rule.kind) {
    case 'score':
      return assignScoreTiers(rule, input);
    case 'rank':
      return assignRankTiers(rule, input);
    case 'pareto':
      return assignParetoTiers(rule, input);
    case 'segments':
      return assignSegmentTiers(rule, input);
  }
}
