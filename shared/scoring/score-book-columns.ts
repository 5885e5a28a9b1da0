import { indicatorContext } from './compute-indicators';
import { asBookFacts, type BookFacts } from './book-facts';
import type { CustomerFacts } from './customer-facts';
import { formatDay, parseDay } from './dates';
import { assignTiers } from './assign-tiers';
import { applyGuards, conditionHolds } from './guards';
import type { ModelDefinition, ModelDefinitionInput } from './model-schema';
import type { TierOverride } from './overrides';
import { applyOverride, overrideActive } from './overrides';
import type { GuardReason, Reason } from './reasons';
import { round2 } from './round';
import { EXTRA_GUARD, EXTRA_INCOMPLETE, EXTRA_OVERRIDE } from './scored-book';
import { pointsColumn, valueColumn } from './score-columns';
import type { ScoredBook } from './scored-book';
import { customerResult } from './customer-result';
import { tierCatalog } from './tier-catalog';
import { ModelValidationError, validateModel } from './validate-model';
import { effectiveWeights } from './weighting';

function parseModel(model: ModelDefinition | ModelDefinitionInput): ModelDefinition {
  const checked = validateModel(model);
  if (!checked.ok) throw new ModelValidationError(checked.issues);
  return checked.value;
}

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/**
 * Scores a whole book into columns: indicator values, points (quantiles ranked within this book),
 * weighted totals, tier rule, guards, then an override in force on asOf (expiresAt > asOf, or none).
 * Pure and deterministic; throws ModelValidationError on an invalid model, RangeError on a bad asOf.
 */
export function scoreBookColumns(
  input: BookFacts | readonly CustomerFacts[],
  model: ModelDefinition | ModelDefinitionInput,
  asOf: string,
  overrides?: ReadonlyMap<string, TierOverride>,
): ScoredBook {
  const def = parseModel(model);
  const facts = asBookFacts(input);
  const ctx = indicatorContext(asOf, def.window);
  const asOfText = formatDay(parseDay(asOf) as number);
  const n = facts.n;
  const keys = def.indicators.map((x) => x.key);
  const weights = def.indicators.map((x) => x.weight);
  const m = keys.length;
  const values = keys.map((k) => valueColumn(facts, k, ctx));
  const points = def.indicators.map((ind, j) => pointsColumn(ind, values[j]));

  const totalScore = new Float64Array(n);
  const incomplete = new Uint8Array(n);
  let incompleteCount = 0;
  const present = new Array<boolean>(m);
  for (let i = 0; i < n; i++) {
    let missing = false;
    for (let j = 0; j < m; j++) if (!(present[j] = !Number.isNaN(points[j][i]))) missing = true;
    const eff = missing && def.missing === 'redistribute' ? effectiveWeights(weights, present, def.missing) : weights;
    let total = 0;
    for (let j = 0; j < m; j++) if (present[j]) total += (eff[j] * points[j][i]) / 100;
    totalScore[i] = round2(total);
    if (missing) {
      incomplete[i] = 1;
      incompleteCount++;
    }
  }

  const revenues = new Float64Array(n);
  for (let i = 0; i < n; i++) revenues[i] = Number.isFinite(facts.revenue[i]) ? facts.revenue[i] : 0;
  const { codes, customerIds } = facts;
  const assigned = assignTiers(def.tiers, { n, scores: totalScore, codes, customerIds, revenues, indicatorKeys: keys, points });

  const tiers = tierCatalog(def.tiers);
  const tierIds = tiers.map((t) => t.id);
  const tierIndex = new Map(tierIds.map((id, k) => [id, k]));
  const guards = def.guards;
  const guardTier = guards.map((g) => tierIndex.get(g.tier) as number);
  const guardValues = guards.map((g) => {
    const j = keys.indexOf(g.when.indicator);
    return j >= 0 ? values[j] : valueColumn(facts, g.when.indicator, ctx);
  });

  const computedTier = new Int32Array(n);
  const finalTier = new Int32Array(n);
  const tierCounts: Record<string, number> = {};
  for (const id of tierIds) tierCounts[id] = 0;
  const extraReasons = new Uint8Array(n);
  const guardOf = new Int16Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let t = assigned.tier[i];
    let extra = incomplete[i] ? EXTRA_INCOMPLETE : 0;
    for (let g = 0; g < guards.length; g++) {
      if (!conditionHolds(guards[g].when, orNull(guardValues[g][i]))) continue;
      if (guards[g].kind === 'cap' ? t < guardTier[g] : t > guardTier[g]) {
        t = guardTier[g];
        extra |= EXTRA_GUARD;
        guardOf[i] = guardOf[i] === -1 ? g : -2;
      }
    }
    computedTier[i] = t;
    const o = overrides?.get(customerIds[i]);
    if (o) extra |= EXTRA_OVERRIDE;
    extraReasons[i] = extra;
    if (o && overrideActive(o, asOfText) && tierIndex.has(o.tier)) t = tierIndex.get(o.tier) as number;
    finalTier[i] = t;
    tierCounts[tierIds[t]]++;
  }

  const book: ScoredBook = {
    n, asOf: asOfText, model: def, tiers, indicatorKeys: keys, weights, customerIds, codes, values, points,
    totalScore, ruleTier: assigned.tier, computedTier, finalTier, incomplete, tierCounts, incompleteCount, extraReasons, guardOf, guardValues,
    ruleReasonOf: (i) => assigned.reasonOf(i),
    reasonsOf(i) {
      const reasons: Reason[] = [];
      if (incomplete[i]) {
        reasons.push({ code: 'incomplete', policy: def.missing, missing: keys.filter((_, j) => Number.isNaN(points[j][i])) });
      }
      reasons.push(assigned.reasonOf(i));
      const guardReasons: GuardReason[] = [];
      applyGuards(guards, guardTier, tierIds, assigned.tier[i], (g) => orNull(guardValues[g][i]), guardReasons);
      reasons.push(...guardReasons);
      const over = applyOverride(overrides?.get(customerIds[i]), tierIds[computedTier[i]], tierIndex, asOfText);
      if (over.reason) reasons.push(over.reason);
      return reasons;
    },
    resultOf: (i) => customerResult(book, i),
  };
  return book;
}
