import type { CustomerResult, ModelDefinition } from '../../../shared/scoring';
import { blockIndicator, blockReasons, FLAG_INCOMPLETE, type ResultBlock } from './result-block';

/** Customer k of a decoded result block as the full explained result (its code from the customers table). */
export function blockResult(block: ResultBlock, k: number, code: string, def: ModelDefinition): CustomerResult {
  const incomplete = (block.flags[k] & FLAG_INCOMPLETE) !== 0;
  const weights = def.indicators.map((ind) => ind.weight);
  const indicators = def.indicators.map((ind, j) => {
    const x = blockIndicator(block, k, j, weights, def.missing);
    return { key: ind.key, value: x.value, points: x.points, weight: ind.weight, effectiveWeight: x.effectiveWeight, contribution: x.contribution };
  });
  return {
    customerId: block.customerIds[k],
    code,
    totalScore: block.totalScore[k],
    indicators,
    computedTier: block.tierIds[block.computed[k]],
    finalTier: block.tierIds[block.final[k]],
    incomplete,
    missing: indicators.filter((x) => x.points === null).map((x) => x.key),
    reasons: blockReasons(block, k, def),
  };
}
