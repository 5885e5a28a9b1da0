import type { CustomerFacts } from './customer-facts';
import type { ModelDefinition, ModelDefinitionInput } from './model-schema';
import type { TierOverride } from './overrides';
import { scoreBookColumns } from './score-book-columns';
import type { CustomerResult } from './scored-book';
import type { TierInfo } from './tier-catalog';

export interface ScoreBookResult {
  /** In input order. */
  results: CustomerResult[];
  /** Final tiers per tier id, every tier of the model present (0 when empty), in tier order. */
  tierCounts: Record<string, number>;
  incompleteCount: number;
  tiers: TierInfo[];
}

/**
 * Scores a whole book and returns every customer's explained result as plain data.
 * For 100k+ customers prefer `scoreBookColumns` and read columns / `resultOf(i)` while persisting.
 */
export function scoreBook(
  facts: readonly CustomerFacts[],
  model: ModelDefinition | ModelDefinitionInput,
  asOf: string,
  overrides?: ReadonlyMap<string, TierOverride>,
): ScoreBookResult {
  const book = scoreBookColumns(facts, model, asOf, overrides);
  const results: CustomerResult[] = new Array(book.n);
  for (let i = 0; i < book.n; i++) results[i] = book.resultOf(i);
  return { results, tierCounts: book.tierCounts, incompleteCount: book.incompleteCount, tiers: book.tiers };
}
