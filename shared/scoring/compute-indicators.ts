import type { AnalysisWindow } from './analysis-window';
import { DEFAULT_WINDOW } from './analysis-window';
import type { CustomerFacts, RelationshipType } from './customer-facts';
import { calendarYears, parseDay } from './dates';
import type { IndicatorKey } from './indicator-keys';
import { BASE_INDICATOR_KEYS, customFieldOf } from './indicator-keys';

/** basic..partner → 1..5 */
const RELATIONSHIP_SCORE: Record<RelationshipType, number> = {
  basic: 1,
  passive: 2,
  responsible: 3,
  proactive: 4,
  partner: 5,
};

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

function num(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * One indicator for one customer; null when the data is missing (never NaN or ±Infinity).
 * Money is summed in minor units and divided by 100 only at the end.
 */
export function computeIndicator(key: IndicatorKey, f: CustomerFacts, ctx: IndicatorContext): number | null {
  const v = rawIndicator(key, f, ctx);
  return v === null || Number.isFinite(v) ? v : null;
}

function rawIndicator(key: IndicatorKey, f: CustomerFacts, ctx: IndicatorContext): number | null {
  switch (key) {
    case 'revenue':
      return (num(f.revenue) ?? 0) / 100;
    case 'order_count':
      return num(f.orderCount) ?? 0;
    case 'avg_order_value': {
      const n = num(f.orderCount) ?? 0;
      return n > 0 ? (num(f.revenue) ?? 0) / n / 100 : null;
    }
    case 'recency_days': {
      const last = parseDay(f.lastOrderDate);
      return last === null ? null : Math.max(0, ctx.asOfDay - last);
    }
    case 'tenure_years': {
      const start = parseDay(f.cooperationStart) ?? parseDay(f.firstOrderDate);
      return start === null ? null : calendarYears(start, ctx.asOfDay);
    }
    case 'active_months':
      return num(f.activeMonths) ?? 0;
    case 'growth': {
      const prev = num(f.prevRevenue) ?? 0;
      if (ctx.allTime || prev <= 0) return null;
      return (((num(f.revenue) ?? 0) - prev) / prev) * 100;
    }
    case 'profit': {
      const cost = num(f.cost);
      return cost === null ? null : ((num(f.revenue) ?? 0) - cost) / 100;
    }
    case 'margin': {
      const cost = num(f.cost);
      const rev = num(f.revenue) ?? 0;
      return cost === null || rev <= 0 ? null : ((rev - cost) / rev) * 100;
    }
    case 'satisfaction':
    case 'recommend':
    case 'referrals':
    case 'influence':
    case 'potential':
      return num(f.assessment?.[key]);
    case 'relationship': {
      const r = f.assessment?.relationship;
      return r ? (RELATIONSHIP_SCORE[r] ?? null) : null;
    }
    default: {
      const field = customFieldOf(key);
      return field === null ? null : num(f.custom?.[field]);
    }
  }
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
  const out = {} as Record<IndicatorKey, number | null>;
  for (const key of BASE_INDICATOR_KEYS) out[key] = computeIndicator(key, facts, ctx);
  for (const field of Object.keys(facts.custom ?? {}).sort()) {
    const key: IndicatorKey = `custom:${field}`;
    out[key] = computeIndicator(key, facts, ctx);
  }
  return out;
}
