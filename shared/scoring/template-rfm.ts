import type { ModelTemplate } from './model-template';
import { RFM_SEGMENT_LEVELS } from './rfm-segments';

/** RFM 5-5-5 over all time: quintile scores, named segments on R and FM = (F + M) / 2. */
export const RFM_TEMPLATE: ModelTemplate = {
  id: 'rfm',
  name: { zh: 'RFM 客户细分', en: 'RFM segments' },
  description: {
    zh: '最近一次消费（R）、消费频次（F）、消费金额（M）各按五分位打 1–5 分，按 R 与 F、M 均值划分为冠军、忠诚、流失风险、休眠、已流失等 11 个细分。',
    en: 'Recency, frequency and monetary value each scored 1–5 by quintile; R and the mean of F and M place each customer in one of 11 segments (Champions, Loyal, At risk, Hibernating, Lost …).',
  },
  definition: {
    window: { kind: 'all' },
    missing: 'zero',
    indicators: [
      { key: 'recency_days', label: { zh: '最近消费（R）', en: 'Recency (R)' }, weight: 33.34, rule: { kind: 'quantile', buckets: 5, invert: true } },
      { key: 'order_count', label: { zh: '消费频次（F）', en: 'Frequency (F)' }, weight: 33.33, rule: { kind: 'quantile', buckets: 5 } },
      { key: 'revenue', label: { zh: '消费金额（M）', en: 'Monetary (M)' }, weight: 33.33, rule: { kind: 'quantile', buckets: 5 } },
    ],
    tiers: {
      kind: 'segments',
      axes: [
        { id: 'r', label: { zh: '最近消费', en: 'Recency' }, indicators: ['recency_days'], scale: 5 },
        { id: 'fm', label: { zh: '频次与金额', en: 'Frequency & monetary' }, indicators: ['order_count', 'revenue'], scale: 5 },
      ],
      levels: RFM_SEGMENT_LEVELS,
    },
    guards: [],
  },
};
