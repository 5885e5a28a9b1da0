import type { ModelTemplate } from './model-template';
import { RATING_1_TO_5_BANDS } from './model-template';

/**
 * The seed documents' scorecard. Loyalty is `active_months` (repurchase regularity: months with a sale
 * in the last 365 days, 12 → full points): it comes from orders, so it exists for every customer, while
 * satisfaction and referrals depend on questionnaires that are often missing.
 * Revenue thresholds are in major units (¥); "> 0" is written as ≥ 0.01 (one fen).
 */
export const SEED_TEMPLATE: ModelTemplate = {
  id: 'seed',
  name: { zh: '客户价值评分卡', en: 'Customer scorecard' },
  description: {
    zh: '按年销售额 30%、合作年限 20%、忠诚度（活跃月数）20%、影响力 15%、潜力 15% 打分，A ≥ 85、B ≥ 70、C ≥ 50，其余为 D；180 天无销售订单最高为 D。',
    en: 'Annual revenue 30 %, tenure 20 %, loyalty (active months) 20 %, influence 15 %, potential 15 %; A ≥ 85, B ≥ 70, C ≥ 50, else D; no sale order in 180 days → at most D.',
  },
  definition: {
    window: { kind: 'days', days: 365 },
    missing: 'zero',
    indicators: [
      {
        key: 'revenue',
        label: { zh: '年销售额', en: 'Annual revenue' },
        weight: 30,
        rule: {
          kind: 'bands',
          bands: [
            { min: 0.01, max: 100_000, points: 20 },
            { min: 100_000, max: 1_000_000, points: 40 },
            { min: 1_000_000, max: 5_000_000, points: 60 },
            { min: 5_000_000, max: 10_000_000, points: 80 },
            { min: 10_000_000, points: 100 },
          ],
        },
      },
      {
        key: 'tenure_years',
        weight: 20,
        rule: {
          kind: 'bands',
          bands: [
            { min: 0, max: 1, points: 20 },
            { min: 1, max: 3, points: 40 },
            { min: 3, max: 5, points: 60 },
            { min: 5, max: 10, points: 80 },
            { min: 10, points: 100 },
          ],
        },
      },
      { key: 'active_months', label: { zh: '忠诚度（活跃月数）', en: 'Loyalty (active months)' }, weight: 20, rule: { kind: 'linear', min: 0, max: 12 } },
      { key: 'influence', weight: 15, rule: { kind: 'bands', bands: RATING_1_TO_5_BANDS } },
      { key: 'potential', weight: 15, rule: { kind: 'bands', bands: RATING_1_TO_5_BANDS } },
    ],
    tiers: {
      kind: 'score',
      levels: [
        { tier: 'A', label: { zh: 'A 核心客户', en: 'A · Core' }, color: '#16a34a', min: 85 },
        { tier: 'B', label: { zh: 'B 重要客户', en: 'B · Important' }, color: '#2563eb', min: 70 },
        { tier: 'C', label: { zh: 'C 普通客户', en: 'C · Ordinary' }, color: '#f59e0b', min: 50 },
        { tier: 'D', label: { zh: 'D 一般客户', en: 'D · Minor' }, color: '#dc2626', min: 0 },
      ],
    },
    guards: [
      {
        kind: 'cap',
        tier: 'D',
        when: { indicator: 'recency_days', op: '>', value: 180, orMissing: true },
        label: { zh: '180 天无销售订单', en: 'No sale order in 180 days' },
      },
    ],
  },
};
