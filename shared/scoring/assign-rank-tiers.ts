import type { RankTiers } from './tier-rule-schema';
import type { TierAssignment, TierInput } from './tier-input';
import { byCodeThenId, indexRange } from './tier-input';

/**
 * Customers sorted by score desc, then code asc (then id); the customer at 0-based position p of n
 * gets the first level whose cumulative share c satisfies p < c·n. Tied scores may therefore
 * fall on both sides of a boundary, decided by code.
 */
export function assignRankTiers(rule: RankTiers, input: TierInput): TierAssignment {
  const n = input.n;
  const scores = input.scores;
  const order = indexRange(n).sort((a, b) => scores[b] - scores[a] || byCodeThenId(input, a, b));
  const cumulative: number[] = [];
  let c = 0;
  for (const l of rule.levels) cumulative.push((c += l.share));
  const last = rule.levels.length - 1;
  cumulative[last] = 1;
  const tier = new Int32Array(n);
  const position = new Int32Array(n);
  let k = 0;
  for (let p = 0; p < n; p++) {
    while (k < last && !(p < cumulative[k] * n - 1e-9)) k++;
    tier[order[p]] = k;
    position[order[p]] = p + 1;
  }
  return {
    tier,
    reasonOf(i) {
      const t = tier[i];
      return { code: 'tier_rule', rule: 'rank', tier: rule.levels[t].tier, position: position[i], total: n, share: cumulative[t] };
    },
  };
}
