import type { Bilingual } from './common-schemas';
import type { Guard } from './guard-schema';
import type { IndicatorKey } from './indicator-keys';
import { MESSAGES } from './issue-messages';
import type { ScoreRule } from './score-rule-schema';
import type { TierRule } from './tier-rule-schema';

/** The parts of a structurally valid model the semantic checks look at. */
export interface CheckedModel {
  indicators: { key: IndicatorKey; weight: number; rule: ScoreRule }[];
  tiers: TierRule;
  guards: Guard[];
}

export interface SemanticIssue {
  path: (string | number)[];
  code: string;
  message: Bilingual;
}

const EPS = 1e-9;

function checkRule(rule: ScoreRule, path: (string | number)[], out: SemanticIssue[]): void {
  if (rule.kind === 'linear' && !(rule.min < rule.max)) {
    out.push({ path: [...path, 'max'], code: 'linear_range', message: MESSAGES.linear_range(rule.min, rule.max) });
  }
  if (rule.kind !== 'bands') return;
  rule.bands.forEach((b, i) => {
    const at = [...path, 'bands', i];
    if (b.min !== undefined && b.max !== undefined && !(b.min < b.max)) {
      out.push({ path: at, code: 'band_empty', message: MESSAGES.band_empty(b.min, b.max) });
    }
    if (i === 0) return;
    const prev = rule.bands[i - 1];
    const prevMin = prev.min ?? -Infinity;
    const curMin = b.min ?? -Infinity;
    if (curMin < prevMin) {
      out.push({ path: at, code: 'bands_unsorted', message: MESSAGES.bands_unsorted() });
    } else if ((prev.max ?? Infinity) > curMin) {
      out.push({ path: at, code: 'bands_overlap', message: MESSAGES.bands_overlap(i) });
    }
  });
}

function checkTiers(t: TierRule, model: CheckedModel, out: SemanticIssue[]): void {
  const seen = new Set<string>();
  t.levels.forEach((l, i) => {
    if (seen.has(l.tier)) out.push({ path: ['tiers', 'levels', i, 'tier'], code: 'duplicate_tier', message: MESSAGES.duplicate_tier(l.tier) });
    seen.add(l.tier);
  });
  if (t.kind === 'score') {
    const bad = t.levels.findIndex((l, i) => i > 0 && !(l.min < t.levels[i - 1].min));
    if (bad > 0) out.push({ path: ['tiers', 'levels', bad, 'min'], code: 'tiers_order', message: MESSAGES.tiers_order() });
  } else if (t.kind === 'rank') {
    const sum = t.levels.reduce((s, l) => s + l.share, 0);
    if (Math.abs(sum - 1) > EPS) out.push({ path: ['tiers', 'levels'], code: 'rank_shares_sum', message: MESSAGES.rank_shares_sum(sum) });
  } else if (t.kind === 'pareto') {
    const bad = t.levels.findIndex((l, i) => i > 0 && !(l.cumulativeShare > t.levels[i - 1].cumulativeShare));
    if (bad > 0) out.push({ path: ['tiers', 'levels', bad, 'cumulativeShare'], code: 'pareto_order', message: MESSAGES.pareto_order() });
    const last = t.levels[t.levels.length - 1].cumulativeShare;
    if (Math.abs(last - 1) > EPS) {
      out.push({ path: ['tiers', 'levels', t.levels.length - 1, 'cumulativeShare'], code: 'pareto_last', message: MESSAGES.pareto_last(last) });
    }
  } else {
    const modelKeys = new Set(model.indicators.map((x) => x.key));
    const axisIds: string[] = [];
    t.axes.forEach((a, i) => {
      if (axisIds.includes(a.id)) out.push({ path: ['tiers', 'axes', i, 'id'], code: 'duplicate_axis', message: MESSAGES.duplicate_axis(a.id) });
      axisIds.push(a.id);
      a.indicators.forEach((k, j) => {
        if (!modelKeys.has(k)) {
          out.push({ path: ['tiers', 'axes', i, 'indicators', j], code: 'axis_indicator_not_in_model', message: MESSAGES.axis_indicator_not_in_model(k) });
        }
      });
    });
    t.levels.forEach((l, i) => {
      for (const [axis, range] of Object.entries(l.when)) {
        const at = ['tiers', 'levels', i, 'when', axis];
        if (!axisIds.includes(axis)) out.push({ path: at, code: 'unknown_axis', message: MESSAGES.unknown_axis(axis, axisIds) });
        if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
          out.push({ path: at, code: 'range_order', message: MESSAGES.range_order() });
        }
      }
    });
  }
}

function checkGuards(model: CheckedModel, out: SemanticIssue[]): void {
  const ids = model.tiers.levels.map((l) => l.tier);
  model.guards.forEach((g, i) => {
    if (!ids.includes(g.tier)) out.push({ path: ['guards', i, 'tier'], code: 'unknown_tier', message: MESSAGES.unknown_tier(g.tier, ids) });
    if (g.when.op !== 'missing' && g.when.value === undefined) {
      out.push({ path: ['guards', i, 'when', 'value'], code: 'guard_value', message: MESSAGES.guard_value() });
    }
  });
}

/** Checks a schema cannot express: weights, order of bands and tiers, references between parts. */
export function semanticIssues(model: CheckedModel): SemanticIssue[] {
  const out: SemanticIssue[] = [];
  const seen = new Set<string>();
  model.indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) out.push({ path: ['indicators', i, 'key'], code: 'duplicate_indicator', message: MESSAGES.duplicate_indicator(ind.key) });
    seen.add(ind.key);
    checkRule(ind.rule, ['indicators', i, 'rule'], out);
  });
  const sum = model.indicators.reduce((s, x) => s + x.weight, 0);
  if (Math.abs(sum - 100) > EPS) out.push({ path: ['indicators'], code: 'weights_sum', message: MESSAGES.weights_sum(sum) });
  checkTiers(model.tiers, model, out);
  checkGuards(model, out);
  return out;
}
