import type { IndicatorKey } from './indicator-keys';
import { round4 } from './round';
import type { CustomerResult, IndicatorResult, ScoredBook } from './scored-book';
import { effectiveWeights } from './weighting';

/** Customer i of a scored book as plain data, with effective weights and contributions. */
export function customerResult(book: ScoredBook, i: number): CustomerResult {
  const m = book.indicatorKeys.length;
  const present = new Array<boolean>(m);
  const missing: IndicatorKey[] = [];
  for (let j = 0; j < m; j++) {
    present[j] = !Number.isNaN(book.points[j][i]);
    if (!present[j]) missing.push(book.indicatorKeys[j]);
  }
  const eff = missing.length > 0 ? effectiveWeights(book.weights, present, book.model.missing) : book.weights;
  const indicators: IndicatorResult[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const v = book.values[j][i];
    const p = book.points[j][i];
    indicators[j] = {
      key: book.indicatorKeys[j],
      value: Number.isNaN(v) ? null : round4(v),
      points: present[j] ? round4(p) : null,
      weight: book.weights[j],
      effectiveWeight: eff[j],
      contribution: present[j] ? round4((eff[j] * p) / 100) : 0,
    };
  }
  return {
    customerId: book.customerIds[i],
    code: book.codes[i],
    totalScore: book.totalScore[i],
    indicators,
    computedTier: book.tiers[book.computedTier[i]].id,
    finalTier: book.tiers[book.finalTier[i]].id,
    incomplete: book.incomplete[i] === 1,
    missing,
    reasons: book.reasonsOf(i),
  };
}
