import type { Bilingual } from './common-schemas';
import type { BaseIndicatorKey, IndicatorKey } from './indicator-keys';
import { customFieldOf } from './indicator-keys';

/**
 * What each indicator means, its unit and which facts it is computed from.
 * Money indicators are in MAJOR units (yuan / dollars): rule thresholds are written in major units,
 * e.g. a revenue band `min: 10_000_000` means ¥10M.
 */
export type IndicatorUnit = 'money' | 'count' | 'days' | 'years' | 'months' | 'percent' | 'rating';

export interface IndicatorInfo {
  label: Bilingual;
  unit: IndicatorUnit;
  /** `CustomerFacts` fields it reads. */
  facts: string[];
  /** When the value is null (missing). */
  missingWhen: string;
}

export const INDICATOR_CATALOG: Record<BaseIndicatorKey, IndicatorInfo> = {
  revenue: { label: { zh: '销售额', en: 'Revenue' }, unit: 'money', facts: ['revenue'], missingWhen: 'never (0 without orders)' },
  order_count: { label: { zh: '订单数', en: 'Orders' }, unit: 'count', facts: ['orderCount'], missingWhen: 'never' },
  avg_order_value: { label: { zh: '客单价', en: 'Average order value' }, unit: 'money', facts: ['revenue', 'orderCount'], missingWhen: 'orderCount = 0' },
  recency_days: { label: { zh: '距上次下单天数', en: 'Days since last order' }, unit: 'days', facts: ['lastOrderDate'], missingWhen: 'no sale ever' },
  tenure_years: { label: { zh: '合作年限', en: 'Tenure (years)' }, unit: 'years', facts: ['cooperationStart', 'firstOrderDate'], missingWhen: 'neither date known' },
  active_months: { label: { zh: '活跃月数', en: 'Active months' }, unit: 'months', facts: ['activeMonths'], missingWhen: 'never' },
  growth: { label: { zh: '增长率 %', en: 'Growth %' }, unit: 'percent', facts: ['revenue', 'prevRevenue'], missingWhen: 'prevRevenue ≤ 0 or window = all' },
  profit: { label: { zh: '毛利', en: 'Profit' }, unit: 'money', facts: ['revenue', 'cost'], missingWhen: 'cost is null' },
  margin: { label: { zh: '毛利率 %', en: 'Margin %' }, unit: 'percent', facts: ['revenue', 'cost'], missingWhen: 'cost is null or revenue ≤ 0' },
  satisfaction: { label: { zh: '满意度', en: 'Satisfaction' }, unit: 'rating', facts: ['assessment.satisfaction'], missingWhen: 'no assessment value' },
  recommend: { label: { zh: '推荐意愿', en: 'Likelihood to recommend' }, unit: 'rating', facts: ['assessment.recommend'], missingWhen: 'no assessment value' },
  referrals: { label: { zh: '转介绍数', en: 'Referrals' }, unit: 'count', facts: ['assessment.referrals'], missingWhen: 'no assessment value' },
  influence: { label: { zh: '影响力', en: 'Influence' }, unit: 'rating', facts: ['assessment.influence'], missingWhen: 'no assessment value' },
  potential: { label: { zh: '潜力', en: 'Potential' }, unit: 'rating', facts: ['assessment.potential'], missingWhen: 'no assessment value' },
  relationship: { label: { zh: '关系类型', en: 'Relationship' }, unit: 'rating', facts: ['assessment.relationship'], missingWhen: 'no assessment value' },
};

/** Display label of any indicator key; a custom field shows its own name. */
export function indicatorLabel(key: IndicatorKey, lang: 'zh' | 'en'): string {
  const field = customFieldOf(key);
  if (field !== null) return field;
  return INDICATOR_CATALOG[key as BaseIndicatorKey]?.label[lang] ?? key;
}
