import { z } from 'zod';

/** Indicators computed from orders, dates and assessments. */
export const BASE_INDICATOR_KEYS = [
  'revenue',
  'order_count',
  'avg_order_value',
  'recency_days',
  'tenure_years',
  'active_months',
  'growth',
  'profit',
  'margin',
  'satisfaction',
  'recommend',
  'referrals',
  'influence',
  'potential',
  'relationship',
] as const;

export type BaseIndicatorKey = (typeof BASE_INDICATOR_KEYS)[number];
/** A base indicator, or `custom:<field>` for a custom numeric customer field. */
export type IndicatorKey = BaseIndicatorKey | `custom:${string}`;

export const CUSTOM_PREFIX = 'custom:';
const BASE_SET: ReadonlySet<string> = new Set(BASE_INDICATOR_KEYS);

export function isIndicatorKey(value: unknown): value is IndicatorKey {
  if (typeof value !== 'string') return false;
  if (BASE_SET.has(value)) return true;
  return value.startsWith(CUSTOM_PREFIX) && value.trim().length > CUSTOM_PREFIX.length;
}

/** The custom field name of `custom:<field>`, or null for a base indicator. */
export function customFieldOf(key: IndicatorKey): string | null {
  return key.startsWith(CUSTOM_PREFIX) ? key.slice(CUSTOM_PREFIX.length) : null;
}

export const IndicatorKeySchema = z.custom<IndicatorKey>().superRefine((value, ctx) => {
  if (isIndicatorKey(value)) return;
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const allowed = `${BASE_INDICATOR_KEYS.join(', ')}, custom:<field>`;
  ctx.addIssue({
    code: 'custom',
    message: `Unknown indicator "${shown}". Use one of: ${allowed}.`,
    params: {
      code: 'unknown_indicator',
      zh: `未知指标“${shown}”。可用指标：${allowed}。`,
      en: `Unknown indicator "${shown}". Use one of: ${allowed}.`,
    },
  });
});
