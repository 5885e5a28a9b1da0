import { RELATIONSHIP_LEVELS, type AssessmentFacts, type CustomerFacts } from './customer-facts';
import { formatDay, parseDay } from './dates';

/** The assessment facts held as columns (NaN = missing); `relationship` as its level 1 (basic) … 5 (partner). */
export const ASSESSMENT_FACTS = ['satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship'] as const;
export type AssessmentFact = (typeof ASSESSMENT_FACTS)[number];

/**
 * The facts of a whole book as columns (index i = i-th customer, in the order the engine rates them): what
 * rating reads for 100,000s of customers without an object, a date string or a nested assessment per
 * customer. Same meaning as CustomerFacts; NaN marks a missing value, dates are day numbers (`parseDay`).
 */
export interface BookFacts {
  n: number;
  customerIds: readonly string[];
  codes: readonly string[];
  cooperationStart: Float64Array;
  firstOrder: Float64Array;
  lastOrder: Float64Array;
  /** minor units; a missing revenue (NaN) counts as 0, as in CustomerFacts */
  revenue: Float64Array;
  orderCount: Float64Array;
  activeMonths: Float64Array;
  prevRevenue: Float64Array;
  cost: Float64Array;
  assessment: Record<AssessmentFact, Float64Array>;
  /** custom numeric fields by name (a field absent here is missing for every customer) */
  custom: ReadonlyMap<string, Float64Array>;
}

const finite = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
const day = (v: string | null | undefined): number => parseDay(v) ?? NaN;

/** Empty columns for the customers (every value missing), to be filled by a loader; the custom fields' columns as given. */
export function emptyBookFacts(
  customerIds: readonly string[],
  codes: readonly string[],
  custom: ReadonlyMap<string, Float64Array> = new Map(),
): BookFacts {
  const n = customerIds.length;
  const column = () => new Float64Array(n).fill(NaN);
  const assessment = Object.fromEntries(ASSESSMENT_FACTS.map((k) => [k, column()])) as Record<AssessmentFact, Float64Array>;
  return {
    n, customerIds, codes,
    cooperationStart: column(), firstOrder: column(), lastOrder: column(),
    revenue: new Float64Array(n), orderCount: new Float64Array(n), activeMonths: new Float64Array(n), prevRevenue: new Float64Array(n),
    cost: column(), assessment, custom,
  };
}

/** One customer's assessment into the columns at i. */
export function setAssessment(book: BookFacts, i: number, a: AssessmentFacts) {
  for (const k of ASSESSMENT_FACTS) {
    book.assessment[k][i] = k === 'relationship' ? (a.relationship ? RELATIONSHIP_LEVELS.indexOf(a.relationship) + 1 || NaN : NaN) : finite(a[k]);
  }
}

/** Customer objects as columns (tests, one customer's facts, small books). */
export function bookFactsOf(facts: readonly CustomerFacts[]): BookFacts {
  const fields = [...new Set(facts.flatMap((f) => Object.keys(f.custom ?? {})))];
  const custom = new Map(fields.map((field) => [field, Float64Array.from(facts, (f) => finite(f.custom?.[field]))]));
  const book = emptyBookFacts(facts.map((f) => f.customerId), facts.map((f) => f.code), custom);
  facts.forEach((f, i) => {
    book.cooperationStart[i] = day(f.cooperationStart);
    book.firstOrder[i] = day(f.firstOrderDate);
    book.lastOrder[i] = day(f.lastOrderDate);
    book.revenue[i] = finite(f.revenue);
    book.orderCount[i] = finite(f.orderCount);
    book.activeMonths[i] = finite(f.activeMonths);
    book.prevRevenue[i] = finite(f.prevRevenue);
    book.cost[i] = finite(f.cost);
    if (f.assessment) setAssessment(book, i, f.assessment);
  });
  return book;
}

/** Columns as they are, or customer objects as columns. */
export function asBookFacts(facts: BookFacts | readonly CustomerFacts[]): BookFacts {
  return Array.isArray(facts) ? bookFactsOf(facts) : (facts as BookFacts);
}

/** Customer i of the columns as an object (NaN back to null; `name` is the code). */
export function customerFactsAt(book: BookFacts, i: number): CustomerFacts {
  const orNull = (v: number) => (Number.isNaN(v) ? null : v);
  const date = (v: number) => (Number.isNaN(v) ? null : formatDay(v));
  const a = book.assessment;
  const hasAssessment = ASSESSMENT_FACTS.some((k) => !Number.isNaN(a[k][i]));
  const level = a.relationship[i];
  return {
    customerId: book.customerIds[i], code: book.codes[i], name: book.codes[i],
    cooperationStart: date(book.cooperationStart[i]), firstOrderDate: date(book.firstOrder[i]), lastOrderDate: date(book.lastOrder[i]),
    revenue: book.revenue[i], orderCount: book.orderCount[i], activeMonths: book.activeMonths[i], prevRevenue: book.prevRevenue[i],
    cost: orNull(book.cost[i]),
    assessment: hasAssessment
      ? {
          satisfaction: orNull(a.satisfaction[i]), recommend: orNull(a.recommend[i]), referrals: orNull(a.referrals[i]),
          influence: orNull(a.influence[i]), potential: orNull(a.potential[i]),
          relationship: Number.isNaN(level) ? null : RELATIONSHIP_LEVELS[level - 1],
        }
      : null,
    custom: book.custom.size ? Object.fromEntries([...book.custom].filter(([, c]) => !Number.isNaN(c[i])).map(([f, c]) => [f, c[i]])) : undefined,
  };
}
