import type { ModelTemplate } from './model-template';

/** ABC / Pareto 80/15/5 on revenue of the last 365 days; the score is the revenue percentile. */
export const ABC_TEMPLATE: ModelTemplate = {
  id: 'abc',
  name: { zh: 'ABC 分类（帕累托）', en: 'ABC analysis (Pareto)' },
  description: {
    zh: '按近 365 天销售额从高到低累计：贡献前 80% 销售额的客户为 A，其后 15% 为 B，其余为 C。',
    en: 'Customers by revenue of the last 365 days, highest first: those making the first 80 % of revenue are A, the next 15 % B, the rest C.',
  },
  definition: {
    window: { kind: 'days', days: 365 },
    missing: 'zero',
    indicators: [{ key: 'revenue', weight: 100, rule: { kind: 'quantile', buckets: 'percentile' } }],
    tiers: {
      kind: 'pareto',
      levels: [
        { tier: 'A', label: { zh: 'A 类', en: 'A' }, color: '#16a34a', cumulativeShare: 0.8 },
        { tier: 'B', label: { zh: 'B 类', en: 'B' }, color: '#2563eb', cumulativeShare: 0.95 },
        { tier: 'C', label: { zh: 'C 类', en: 'C' }, color: '#f59e0b', cumulativeShare: 1 },
      ],
    },
    guards: [],
  },
};
