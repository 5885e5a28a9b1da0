import type { IndicatorContext } from './compute-indicators';
import { asBookFacts, type BookFacts } from './book-facts';
import { indicatorColumn } from './compute-indicators';
import type { CustomerFacts } from './customer-facts';
import type { IndicatorKey } from './indicator-keys';
import type { ModelIndicator } from './model-schema';
import { QuantileRanker } from './quantile-ranker';
import { quantilePointsFromRank, scoreValue } from './score-rules';

/** One indicator over the whole book; NaN marks a missing value. */
export function valueColumn(facts: BookFacts | readonly CustomerFacts[], key: IndicatorKey, ctx: IndicatorContext): Float64Array {
  return indicatorColumn(key, asBookFacts(facts), ctx);
}

/**
 * Points of one indicator over the whole book (NaN where the value is missing). A quantile rule ranks
 * each value among the present values of the same column (one sort, then binary search).
 */
export function pointsColumn(indicator: ModelIndicator, values: Float64Array): Float64Array {
  const rule = indicator.rule;
  const out = new Float64Array(values.length);
  if (rule.kind === 'quantile') {
    const ranker = new QuantileRanker(values);
    const invert = rule.invert === true;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      out[i] = v !== v ? NaN : quantilePointsFromRank(rule, ranker.percentRank(v, invert));
    }
    return out;
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v !== v ? NaN : scoreValue(rule, v);
  }
  return out;
}
