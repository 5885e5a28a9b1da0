import type { SegmentTiers } from './tier-rule-schema';
import type { TierAssignment, TierInput } from './tier-input';

/** Level 1..scale of one indicator's points: max(1, ⌈points·scale/100⌉); missing (NaN) → 1. */
export function axisLevel(points: number, scale: number): number {
  if (Number.isNaN(points)) return 1;
  const l = Math.ceil((points * scale) / 100 - 1e-9);
  return l < 1 ? 1 : l > scale ? scale : l;
}

/** Axis values per customer: mean of the axis indicators' levels, rounded to 6 decimals. */
function axisColumns(rule: SegmentTiers, input: TierInput): Float64Array[] {
  return rule.axes.map((axis) => {
    const cols = axis.indicators.map((k) => input.points[input.indicatorKeys.indexOf(k)]);
    const out = new Float64Array(input.n);
    for (let i = 0; i < input.n; i++) {
      let sum = 0;
      for (const col of cols) sum += axisLevel(col ? col[i] : NaN, axis.scale);
      out[i] = Math.round((sum / cols.length) * 1e6) / 1e6;
    }
    return out;
  });
}

/** First level whose every `when` range holds (inclusive); none → the last level. */
export function assignSegmentTiers(rule: SegmentTiers, input: TierInput): TierAssignment {
  const n = input.n;
  const axes = axisColumns(rule, input);
  const conditions = rule.levels.map((l) =>
    Object.entries(l.when).map(([id, r]) => ({ col: axes[rule.axes.findIndex((x) => x.id === id)], min: r.min ?? -Infinity, max: r.max ?? Infinity })),
  );
  const last = rule.levels.length - 1;
  const tier = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (; k < last; k++) {
      let all = true;
      for (const c of conditions[k]) {
        const v = c.col ? c.col[i] : NaN;
        if (!(v >= c.min && v <= c.max)) {
          all = false;
          break;
        }
      }
      if (all) break;
    }
    tier[i] = k;
  }
  return {
    tier,
    reasonOf(i) {
      const values: Record<string, number> = {};
      rule.axes.forEach((axis, a) => (values[axis.id] = axes[a][i]));
      return { code: 'tier_rule', rule: 'segments', tier: rule.levels[tier[i]].tier, axes: values };
    },
  };
}
