import type { AnalysisWindow } from './analysis-window';
import { DEFAULT_WINDOW } from './analysis-window';
import { bookFactsOf, type BookFacts } from './book-facts';
import type { CustomerFacts } from './customer-facts';
import { calendarYears, parseDay } from './dates';
import type { IndicatorKey } from './indicator-keys';
import { BASE_INDICATOR_KEYS, customFieldOf } from './indicator-keys';

/** What an indicator needs besides the facts: asOf as a day number and the window kind. */
export interface IndicatorContext {
  asOfDay: number;
  allTime: boolean;
}

export function indicatorContext(asOf: string, window: AnalysisWindow = DEFAULT_WINDOW): IndicatorContext {
  const asOfDay = parseDay(asOf);
  if (asOfDay === null) throw new RangeError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`);
  return { asOfDay, allTime: window.kind === 'all' };
}

/** Customer i's value of an indicator, NaN when missing (the BookFacts columns hold NaN for missing facts). */
type ValueAt = (i: number) => number;

function valueAt(key: IndicatorKey, b: BookFacts, ctx: IndicatorContext): ValueAt {
  const zero = (v: number) => (v === v ? v : 0);
  const { revenue, orderCount, cost, prevRevenue } = b;
  switch (key) {
    case 'revenue':
      return (i) => zero(revenue[i]) / 100;
    case 'order_count':
      return (i) => zero(orderCount[i]);
    case 'avg_order_value':
      return (i) => {
        const n = zero(orderCount[i]);
        return n > 0 ? zero(revenue[i]) / n / 100 : NaN;
      };
    case 'recency_days':
      return (i) => Math.max(0, ctx.asOfDay - b.lastOrder[i]);
    case 'tenure_years':
      return (i) => {
        const coop = b.cooperationStart[i];
        const start = coop === coop ? coop : b.firstOrder[i];
        return start === start ? calendarYears(start, ctx.asOfDay) : NaN;
      };
    case 'active_months':
      return (i) => zero(b.activeMonths[i]);
    case 'growth':
      return (i) => {
        const prev = zero(prevRevenue[i]);
        return ctx.allTime || prev <= 0 ? NaN : ((zero(revenue[i]) - prev) / prev) * 100;
      };
    case 'profit':
      return (i) => (zero(revenue[i]) - cost[i]) / 100;
    case 'margin':
      return (i) => {
        const rev = zero(revenue[i]);
        return rev <= 0 ? NaN : ((rev - cost[i]) / rev) * 100;
      };
    case 'satisfaction':
    case 'recommend':
    case 'referrals':
    case 'influence':
    case 'potential':
    case 'relationship': {
      const column = b.assessment[key];
      return (i) => column[i];
    }
    default: {
      const field = customFieldOf(key);
      const column = field === null ? undefined : b.custom.get(field);
      return column ? (i) => column[i] : () => NaN;
    }
  }
}

/**
 * One indicator over the whole book, NaN where the data is missing (never ±Infinity).
 * Money is summed in minor units and divided by 100 only at the end.
 */
export function indicatorColumn(key: IndicatorKey, book: BookFacts, ctx: IndicatorContext): Float64Array {
  const at = valueAt(key, book, ctx);
  const out = new Float64Array(book.n);
  for (let i = 0; i < book.n; i++) {
    const v = at(i);
    out[i] = v - v === 0 ? v : NaN; // finite, else missing
  }
  return out;
}

/** One indicator for one customer; null when the data is missing (never NaN or ±Infinity). */
export function computeIndicator(key: IndicatorKey, f: CustomerFacts, ctx: IndicatorContext): number | null {
  const v = indicatorColumn(key, bookFactsOf([f]), ctx)[0];
  return Number.isNaN(v) ? null : v;
}

/**
 * Every base indicator plus `custom:<field>` for each custom field present on the customer.
 * `window` only matters for growth (no previous window when it is all time).
 */
export function computeIndicators(
  facts: CustomerFacts,
  asOf: string,
  window: AnalysisWindow = DEFAULT_WINDOW,
): Record<IndicatorKey, number | null> {
  const ctx = indicatorContext(asOf, window);
  const book = bookFactsOf([facts]);
  const out = {} as Record<IndicatorKey, number | null>;
  const keys: IndicatorKey[] = [...BASE_INDICATOR_KEYS, ...Object.keys(facts.custom ?? {}).sort().map((f): IndicatorKey => `custom:${f}`)];
  for (const key of keys) {
    const v = indicatorColumn(key, book, ctx)[0];
    out[key] = Number.isNaN(v) ? null : v;
  }
  return out;
}
