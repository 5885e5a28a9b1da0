import type { CustomerResult, ModelDefinition, Reason, ScoredBook, TierRuleReason } from '../../../shared/scoring';
import { round4 } from '../../../shared/scoring/round';
import { effectiveWeights } from '../../../shared/scoring/weighting';

/**
 * The stored explanation of one result, compact (indicator keys and weights live in the model version):
 * v values, p points (null = missing), c weighted contributions, w effective weights (only when they differ
 * from the model's, i.e. a missing indicator's weight was spread), r reasons.
 */
interface StoredExplanation {
  v: (number | null)[];
  p: (number | null)[];
  c: number[];
  w?: number[];
  r: Reason[];
}

/** JSON text of a number exactly as JSON.stringify writes it (non-finite → null), without its overhead. */
const json = (x: number | null): string => (x === null || !Number.isFinite(x) ? 'null' : String(x));
const num = (x: number): string => json(round4(x));

/** JSON.stringify of a tier rule reason, hand-built for the common rules (same keys, same order, same text). */
function ruleReasonJson(r: TierRuleReason): string {
  const head = `{"code":"tier_rule","rule":"${r.rule}","tier":${JSON.stringify(r.tier)}`;
  switch (r.rule) {
    case 'score':
      return `${head},"score":${json(r.score)},"threshold":${json(r.threshold)}}`;
    case 'rank':
      return `${head},"position":${json(r.position)},"total":${json(r.total)},"share":${json(r.share)}}`;
    case 'pareto':
      return `${head},"shareBefore":${json(r.shareBefore)},"threshold":${json(r.threshold)}}`;
    default:
      return JSON.stringify(r);
  }
}

/** Customer i's explanation as JSON text; equal to what `book.resultOf(i)` holds (tested). */
export function encodeExplanation(book: ScoredBook, i: number): string {
  const m = book.indicatorKeys.length;
  if (book.incomplete[i]) return incompleteExplanation(book, i);
  let v = '', p = '', c = '';
  for (let j = 0; j < m; j++) {
    const sep = j ? ',' : '';
    const pts = book.points[j][i];
    v += sep + num(book.values[j][i]);
    p += sep + num(pts);
    c += sep + num((book.weights[j] * pts) / 100);
  }
  const reasons = book.extraReasons[i] ? JSON.stringify(book.reasonsOf(i)) : `[${ruleReasonJson(book.ruleReasonOf(i))}]`;
  return `{"v":[${v}],"p":[${p}],"c":[${c}],"r":${reasons}}`;
}

/** The explanation of a result with missing indicators: effective weights (w) only when they differ. */
function incompleteExplanation(book: ScoredBook, i: number): string {
  const m = book.indicatorKeys.length;
  const present = new Array<boolean>(m);
  for (let j = 0; j < m; j++) present[j] = !Number.isNaN(book.points[j][i]);
  const eff = effectiveWeights(book.weights, present, book.model.missing);
  let v = '', p = '', c = '', w = '';
  let spread = false;
  for (let j = 0; j < m; j++) {
    const sep = j ? ',' : '';
    const pts = book.points[j][i];
    v += sep + num(book.values[j][i]);
    p += sep + (present[j] ? num(pts) : 'null');
    c += sep + (present[j] ? num((eff[j] * pts) / 100) : '0');
    w += sep + json(eff[j]);
    if (eff[j] !== book.weights[j]) spread = true;
  }
  return `{"v":[${v}],"p":[${p}],"c":[${c}],"r":${JSON.stringify(book.reasonsOf(i))}${spread ? `,"w":[${w}]` : ''}}`;
}

export interface StoredResultRow {
  customer_id: string;
  code: string;
  total_score: number;
  computed_tier: string;
  final_tier: string;
  incomplete: number;
  explanation: string;
}

/** The full explained result back from a stored row and its model version's definition. */
export function decodeExplanation(row: StoredResultRow, def: ModelDefinition): CustomerResult {
  const e = JSON.parse(row.explanation) as StoredExplanation;
  const indicators = def.indicators.map((ind, j) => ({
    key: ind.key,
    value: e.v[j] ?? null,
    points: e.p[j] ?? null,
    weight: ind.weight,
    effectiveWeight: e.w ? e.w[j] : ind.weight,
    contribution: e.c[j] ?? 0,
  }));
  return {
    customerId: row.customer_id,
    code: row.code,
    totalScore: row.total_score,
    indicators,
    computedTier: row.computed_tier,
    finalTier: row.final_tier,
    incomplete: row.incomplete === 1,
    missing: indicators.filter((x) => x.points === null).map((x) => x.key),
    reasons: e.r,
  };
}
