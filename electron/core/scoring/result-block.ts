/**
 * A rating run's results are stored packed, a block of up to RESULT_BLOCK_SIZE customers (in customer id
 * order) per row of `rating_result_blocks` (migration 0005): writing 100,000 explained results is then about
 * a hundred BLOB inserts instead of 100,000 row inserts, which keeps rescoring near the cost of a bare
 * aggregate over the orders. Readers decode a block (or a whole run, run-results.ts).
 *
 * Layout (little endian; float64 sections first, so they are 8-byte aligned):
 *   u8 format · u8 tiers · u16 m indicators · u32 n customers · u32 bytes of ids · u32 bytes of reasons ·
 *   u32 bytes of the tier ids · u32 options (1: contributions stored)
 *   f64 totalScore[n] · f64 revenue[n] (minor units) · f64 values[n·m] · f64 points[n·m] (customer-major,
 *   i·m + j; NaN = missing) · f64 contributions[n·m] (only with option 1) · f64 rule[4n] (the tier rule's
 *   numbers, see RULE_*, then the guard's indicator value) · u8 computed[n] · u8 final[n] · u8 rule tier[n]
 *   (indexes into the tier ids) · u8 flags[n] (1 incomplete, 2 overridden) · u8 reason kind[n] · u8 guard[n]
 *   (the one guard that moved the tier, 255 none) · UTF-8 tier ids JSON · ids joined by "\n" · for customers
 *   of kind RULE_JSON their reasons as JSON, joined by "\n" ('' for the others).
 * Values and points are stored as the engine computed them and rounded to 4 decimals when read, as the
 * explanation shows them; contributions follow from the points (runs moved from rows by migration 0005
 * carry their stored ones instead). A customer whose explanation is its tier rule's reason, after the
 * missing-data reason when its data was incomplete, and before one guard's (no override: most of a book),
 * stores the rule's numbers, the guard and its value, and no JSON; the missing-data and guard reasons are
 * rebuilt from the model.
 */
import { round4 } from '../../../shared/scoring/round';
import { effectiveWeights } from '../../../shared/scoring/weighting';
import type { MissingPolicy, ModelDefinition, Reason, ScoredBook, TierRuleReason } from '../../../shared/scoring';
import { guardReason } from '../../../shared/scoring/guards';
import { EXTRA_OVERRIDE } from '../../../shared/scoring/scored-book';

export const RESULT_BLOCK_SIZE = 1000;
const FORMAT = 1;
const HEADER = 24;
const WITH_CONTRIBUTIONS = 1;

export const FLAG_INCOMPLETE = 1;
export const FLAG_OVERRIDDEN = 2;

/** Reason kinds: the reasons as JSON, or the one tier rule reason as numbers (a, b, c of `rule`). */
const RULE_JSON = 0;
const RULE_SCORE = 1; // score, threshold (NaN = null)
const RULE_RANK = 2; // position, total, share
const RULE_PARETO = 3; // shareBefore, threshold (NaN = null)
const RULE_SEGMENTS = 4; // the values of up to three segment axes, in the model's axis order

/** One block, decoded: columns indexed by the customer's position in the block. */
export interface ResultBlock {
  n: number;
  m: number;
  tierIds: string[];
  customerIds: string[];
  totalScore: Float64Array;
  revenue: Float64Array;
  values: Float64Array;
  points: Float64Array;
  /** null: follow from the points and the model's weights */
  contributions: Float64Array | null;
  rule: Float64Array;
  computed: Uint8Array;
  final: Uint8Array;
  ruleTier: Uint8Array;
  flags: Uint8Array;
  kind: Uint8Array;
  guard: Uint8Array;
  reasonsJson: string[];
}

/** A customer's reasons in their compact form: the tier rule's, and the one guard that moved the tier. */
export interface CompactReasons {
  rule: TierRuleReason;
  ruleTier: number;
  /** the guard's index, -1 none */
  guard: number;
  guardValue: number | null;
}

const NO_GUARD = 255;
const SLOTS = 4;

/** The columns a block is written from (a ScoredBook's slice, or a migrated run's rows). */
export interface ResultBlockInput {
  n: number;
  m: number;
  tierIds: readonly string[];
  /** when true, `indicators` fills contributions too (else they are derived when read) */
  withContributions: boolean;
  customerId(i: number): string;
  totalScore(i: number): number;
  revenue(i: number): number;
  /** fills values / points (/ contributions) of customer i at offset o (NaN = missing) */
  indicators(i: number, values: Float64Array, points: Float64Array, contributions: Float64Array | null, o: number): void;
  computed(i: number): number;
  final(i: number): number;
  /** 1 incomplete | 2 overridden */
  flags(i: number): number;
  /** the reasons, compact (stored as numbers; the missing-data reason follows from the points) or any list
   * (stored as JSON) */
  reasons(i: number): CompactReasons | Reason[];
  /** the model's segment axis ids (a segments rule), in order */
  axisIds?: readonly string[];
}

function ruleNumbers(r: TierRuleReason, out: Float64Array, o: number, axisIds: readonly string[]): number {
  const orNaN = (x: number | null) => (x === null ? NaN : x);
  switch (r.rule) {
    case 'score':
      out[o] = r.score;
      out[o + 1] = orNaN(r.threshold);
      return RULE_SCORE;
    case 'rank':
      out[o] = r.position;
      out[o + 1] = r.total;
      out[o + 2] = r.share;
      return RULE_RANK;
    case 'pareto':
      out[o] = r.shareBefore;
      out[o + 1] = orNaN(r.threshold);
      return RULE_PARETO;
    case 'segments': {
      const keys = Object.keys(r.axes);
      if (axisIds.length > 3 || keys.length !== axisIds.length || keys.some((k, a) => k !== axisIds[a])) return RULE_JSON;
      axisIds.forEach((id, a) => (out[o + a] = r.axes[id]));
      return RULE_SEGMENTS;
    }
    default:
      return RULE_JSON;
  }
}

export function encodeResultBlock(input: ResultBlockInput): Buffer {
  const { n, m } = input;
  const block: ResultBlock = {
    n,
    m,
    tierIds: [...input.tierIds],
    customerIds: new Array<string>(n),
    totalScore: new Float64Array(n),
    revenue: new Float64Array(n),
    values: new Float64Array(n * m),
    points: new Float64Array(n * m),
    contributions: input.withContributions ? new Float64Array(n * m) : null,
    rule: new Float64Array(SLOTS * n).fill(NaN),
    computed: new Uint8Array(n),
    final: new Uint8Array(n),
    ruleTier: new Uint8Array(n),
    flags: new Uint8Array(n),
    kind: new Uint8Array(n),
    guard: new Uint8Array(n).fill(NO_GUARD),
    reasonsJson: new Array<string>(n).fill(''),
  };
  for (let i = 0; i < n; i++) {
    block.customerIds[i] = input.customerId(i);
    block.totalScore[i] = input.totalScore(i);
    block.revenue[i] = input.revenue(i);
    input.indicators(i, block.values, block.points, block.contributions, i * m);
    block.computed[i] = input.computed(i);
    block.final[i] = input.final(i);
    block.flags[i] = input.flags(i);
    const r = input.reasons(i);
    if (Array.isArray(r)) {
      block.reasonsJson[i] = JSON.stringify(r);
      continue;
    }
    block.kind[i] = ruleNumbers(r.rule, block.rule, SLOTS * i, input.axisIds ?? []);
    if (block.kind[i] === RULE_JSON) throw new Error(`a ${r.rule.rule} rule's reasons are stored as a list`);
    block.ruleTier[i] = r.ruleTier;
    if (r.guard >= 0) {
      if (r.guard >= NO_GUARD) throw new Error('too many guards for the compact form');
      block.guard[i] = r.guard;
      block.rule[SLOTS * i + 3] = r.guardValue ?? NaN;
    }
  }
  return encodeBlockColumns(block);
}

/** The bytes of a block's columns (the layout above). */
export function encodeBlockColumns(block: ResultBlock): Buffer {
  const { n, m } = block;
  const idBytes = Buffer.from(block.customerIds.join('\n'), 'utf8');
  const reasonBytes = Buffer.from(block.reasonsJson.join('\n'), 'utf8');
  const tierBytes = Buffer.from(JSON.stringify(block.tierIds), 'utf8');
  const withContributions = block.contributions !== null;
  const floats = 2 * n + (withContributions ? 3 : 2) * n * m + SLOTS * n;
  const u8At = HEADER + floats * 8;
  const textAt = u8At + 6 * n;
  const ab = new ArrayBuffer(textAt + tierBytes.length + idBytes.length + reasonBytes.length);
  const view = new DataView(ab);
  view.setUint8(0, FORMAT);
  view.setUint8(1, block.tierIds.length);
  view.setUint16(2, m, true);
  view.setUint32(4, n, true);
  view.setUint32(8, idBytes.length, true);
  view.setUint32(12, reasonBytes.length, true);
  view.setUint32(16, tierBytes.length, true);
  view.setUint32(20, withContributions ? WITH_CONTRIBUTIONS : 0, true);
  const f = new Float64Array(ab, HEADER, floats);
  f.set(block.totalScore, 0);
  f.set(block.revenue, n);
  f.set(block.values, 2 * n);
  f.set(block.points, 2 * n + n * m);
  if (block.contributions) f.set(block.contributions, 2 * n + 2 * n * m);
  f.set(block.rule, floats - SLOTS * n);
  const u8 = new Uint8Array(ab);
  [block.computed, block.final, block.ruleTier, block.flags, block.kind, block.guard].forEach((column, c) => u8.set(column, u8At + c * n));
  const out = Buffer.from(ab);
  tierBytes.copy(out, textAt);
  idBytes.copy(out, textAt + tierBytes.length);
  reasonBytes.copy(out, textAt + tierBytes.length + idBytes.length);
  return out;
}

/**
 * A block of some customers of other blocks of one run (same indicators and tiers), in the order given:
 * their columns copied as stored, so the explanation read back is the one of the whole run.
 */
export function pickFromBlocks(picked: readonly { block: ResultBlock; k: number }[]): ResultBlock {
  const first = picked[0]?.block;
  if (!first) throw new Error('no customers picked');
  const n = picked.length;
  const m = first.m;
  const withContributions = picked.some((p) => p.block.contributions !== null);
  const out: ResultBlock = {
    n, m, tierIds: [...first.tierIds], customerIds: new Array<string>(n), totalScore: new Float64Array(n), revenue: new Float64Array(n),
    values: new Float64Array(n * m), points: new Float64Array(n * m), contributions: withContributions ? new Float64Array(n * m) : null,
    rule: new Float64Array(SLOTS * n), computed: new Uint8Array(n), final: new Uint8Array(n), ruleTier: new Uint8Array(n),
    flags: new Uint8Array(n), kind: new Uint8Array(n), guard: new Uint8Array(n), reasonsJson: new Array<string>(n),
  };
  picked.forEach(({ block, k }, i) => {
    if (block.m !== m || block.tierIds.join('\n') !== out.tierIds.join('\n')) throw new Error('blocks of different runs cannot be picked together');
    out.customerIds[i] = block.customerIds[k];
    out.totalScore[i] = block.totalScore[k];
    out.revenue[i] = block.revenue[k];
    out.values.set(block.values.subarray(k * m, k * m + m), i * m);
    out.points.set(block.points.subarray(k * m, k * m + m), i * m);
    if (out.contributions) {
      if (block.contributions) out.contributions.set(block.contributions.subarray(k * m, k * m + m), i * m);
      else throw new Error('blocks with and without stored contributions cannot be picked together');
    }
    out.rule.set(block.rule.subarray(SLOTS * k, SLOTS * k + SLOTS), SLOTS * i);
    out.computed[i] = block.computed[k];
    out.final[i] = block.final[k];
    out.ruleTier[i] = block.ruleTier[k];
    out.flags[i] = block.flags[k];
    out.kind[i] = block.kind[k];
    out.guard[i] = block.guard[k];
    out.reasonsJson[i] = block.reasonsJson[k] ?? '';
  });
  return out;
}

/** Splits "\n"-joined text; an empty block has no entries. */
const lines = (text: string, n: number): string[] => (n === 0 ? [] : text.split('\n'));

export function decodeResultBlock(data: Uint8Array): ResultBlock {
  // a BLOB from SQLite may sit at any offset: copy it once into an aligned buffer for the float views
  const ab = new ArrayBuffer(data.length);
  const u8 = new Uint8Array(ab);
  u8.set(data);
  const view = new DataView(ab);
  if (view.getUint8(0) !== FORMAT) throw new Error(`unknown result block format ${view.getUint8(0)}`);
  const m = view.getUint16(2, true);
  const n = view.getUint32(4, true);
  const idLen = view.getUint32(8, true);
  const reasonLen = view.getUint32(12, true);
  const tierLen = view.getUint32(16, true);
  const withContributions = (view.getUint32(20, true) & WITH_CONTRIBUTIONS) !== 0;
  const floats = 2 * n + (withContributions ? 3 : 2) * n * m + SLOTS * n;
  const f = new Float64Array(ab, HEADER, floats);
  const u8At = HEADER + floats * 8;
  const textAt = u8At + 6 * n;
  const text = (from: number, len: number) => Buffer.from(ab, from, len).toString('utf8');
  return {
    n,
    m,
    tierIds: JSON.parse(text(textAt, tierLen)) as string[],
    customerIds: lines(text(textAt + tierLen, idLen), n),
    totalScore: f.subarray(0, n),
    revenue: f.subarray(n, 2 * n),
    values: f.subarray(2 * n, 2 * n + n * m),
    points: f.subarray(2 * n + n * m, 2 * n + 2 * n * m),
    contributions: withContributions ? f.subarray(2 * n + 2 * n * m, 2 * n + 3 * n * m) : null,
    rule: f.subarray(floats - SLOTS * n),
    computed: u8.subarray(u8At, u8At + n),
    final: u8.subarray(u8At + n, u8At + 2 * n),
    ruleTier: u8.subarray(u8At + 2 * n, u8At + 3 * n),
    flags: u8.subarray(u8At + 3 * n, u8At + 4 * n),
    kind: u8.subarray(u8At + 4 * n, u8At + 5 * n),
    guard: u8.subarray(u8At + 5 * n, u8At + 6 * n),
    reasonsJson: lines(text(textAt + tierLen + idLen, reasonLen), n),
  };
}

/** Customer k's reasons, as the engine gave them (the model tells the indicators and the missing-data policy). */
export function blockReasons(block: ResultBlock, k: number, def: Pick<ModelDefinition, 'indicators' | 'missing' | 'tiers' | 'guards'>): Reason[] {
  const kind = block.kind[k];
  if (kind === RULE_JSON) return JSON.parse(block.reasonsJson[k]) as Reason[];
  const [a, b, c, guardValue] = block.rule.subarray(SLOTS * k, SLOTS * k + SLOTS);
  const tier = block.tierIds[block.ruleTier[k]];
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  let rule: TierRuleReason;
  if (kind === RULE_SCORE) rule = { code: 'tier_rule', rule: 'score', tier, score: a, threshold: orNull(b) };
  else if (kind === RULE_RANK) rule = { code: 'tier_rule', rule: 'rank', tier, position: a, total: b, share: c };
  else if (kind === RULE_PARETO) rule = { code: 'tier_rule', rule: 'pareto', tier, shareBefore: a, threshold: orNull(b) };
  else {
    const axes: Record<string, number> = {};
    if (def.tiers.kind === 'segments') def.tiers.axes.forEach((axis, x) => (axes[axis.id] = [a, b, c][x]));
    rule = { code: 'tier_rule', rule: 'segments', tier, axes };
  }
  const reasons: Reason[] = [];
  if ((block.flags[k] & FLAG_INCOMPLETE) !== 0) {
    const o = k * block.m;
    const missing = def.indicators.filter((_, j) => Number.isNaN(block.points[o + j])).map((ind) => ind.key);
    reasons.push({ code: 'incomplete', policy: def.missing, missing });
  }
  reasons.push(rule);
  const g = block.guard[k];
  if (g !== NO_GUARD) reasons.push(guardReason(def.guards[g], g, orNull(guardValue), tier, block.tierIds[block.computed[k]]));
  return reasons;
}

/** Customer k's indicator j as the explanation shows it: value, points, contribution (4 decimals). */
export function blockIndicator(block: ResultBlock, k: number, j: number, weights: readonly number[], missing: MissingPolicy) {
  const o = k * block.m;
  const v = block.values[o + j];
  const p = block.points[o + j];
  let contribution: number;
  let effectiveWeight = weights[j];
  if ((block.flags[k] & FLAG_INCOMPLETE) !== 0) {
    const present = weights.map((_, x) => !Number.isNaN(block.points[o + x]));
    effectiveWeight = effectiveWeights(weights, present, missing)[j];
  }
  if (block.contributions) contribution = block.contributions[o + j];
  else contribution = Number.isNaN(p) ? 0 : round4((effectiveWeight * p) / 100);
  return {
    value: Number.isFinite(v) ? round4(v) : null,
    points: Number.isNaN(p) ? null : round4(p),
    contribution,
    effectiveWeight,
  };
}

/** The block input of customers [from, to) of a scored book. */
export function bookBlockInput(book: ScoredBook, from: number, to: number, revenueOf: (i: number) => number): ResultBlockInput {
  const m = book.indicatorKeys.length;
  const axisIds = book.model.tiers.kind === 'segments' ? book.model.tiers.axes.map((a) => a.id) : [];
  const numericRule = axisIds.length <= 3;
  return {
    n: to - from,
    m,
    tierIds: book.tiers.map((t) => t.id),
    withContributions: false,
    axisIds,
    customerId: (k) => book.customerIds[from + k],
    totalScore: (k) => book.totalScore[from + k],
    revenue: (k) => revenueOf(from + k),
    indicators(k, values, points, _contributions, o) {
      const i = from + k;
      for (let j = 0; j < m; j++) {
        values[o + j] = book.values[j][i];
        points[o + j] = book.points[j][i];
      }
    },
    computed: (k) => book.computedTier[from + k],
    final: (k) => book.finalTier[from + k],
    flags(k) {
      const i = from + k;
      let overridden = book.finalTier[i] !== book.computedTier[i];
      if (!overridden && (book.extraReasons[i] & EXTRA_OVERRIDE) !== 0) overridden = book.reasonsOf(i).some((r) => r.code === 'override');
      return (book.incomplete[i] ? FLAG_INCOMPLETE : 0) | (overridden ? FLAG_OVERRIDDEN : 0);
    },
    // overrides (rare), several guards and segment rules of many axes keep the whole list as JSON
    reasons(k) {
      const i = from + k;
      const g = book.guardOf[i];
      if (!numericRule || (book.extraReasons[i] & EXTRA_OVERRIDE) !== 0 || g === -2) return book.reasonsOf(i);
      const guardValue = g >= 0 ? book.guardValues[g][i] : NaN;
      return { rule: book.ruleReasonOf(i), ruleTier: book.ruleTier[i], guard: g, guardValue: Number.isNaN(guardValue) ? null : guardValue };
    },
  };
}
