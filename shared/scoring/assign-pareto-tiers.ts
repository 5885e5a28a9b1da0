import type { ParetoTiers } from './tier-rule-schema';
import type { TierAssignment, TierInput } from './tier-input';
import { byCodeThenId, indexRange } from './tier-input';

/**
 * Customers sorted by window revenue desc (then code asc); a customer is in the first level whose
 * cumulativeShare is above the share of positive revenue accumulated BEFORE it (so the customer that
 * crosses 80 % is still A). Revenue ≤ 0 → the last level. Sums are exact integers (minor units).
 */
export function assignParetoTiers(rule: ParetoTiers, input: TierInput): TierAssignment {
  const n = input.n;
  const rev = input.revenues;
  const order = indexRange(n).sort((a, b) => rev[b] - rev[a] || byCodeThenId(input, a, b));
  let total = 0;
  for (let i = 0; i < n; i++) if (rev[i] > 0) total += rev[i];
  const levels = rule.levels;
  const last = levels.length - 1;
  const tier = new Int32Array(n);
  const shareBefore = new Float64Array(n);
  let before = 0;
  let k = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p];
    const r = rev[i];
    shareBefore[i] = total > 0 ? before / total : 0;
    if (!(r > 0)) {
      tier[i] = last;
      continue;
    }
    while (k < last && !(before < levels[k].cumulativeShare * total)) k++;
    tier[i] = k;
    before += r;
  }
  return {
    tier,
    reasonOf(i) {
      const level = levels[tier[i]];
      const threshold = rev[i] > 0 ? level.cumulativeShare : null;
      return { code: 'tier_rule', rule: 'pareto', tier: level.tier, shareBefore: shareBefore[i], threshold };
    },
  };
}
