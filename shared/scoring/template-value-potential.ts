import type { SegmentTiers } from './tier-rule-schema';
import type { ModelTemplate } from './model-template';

type Level = SegmentTiers['levels'][number];
const AXIS = [
  { id: 'low', zh: '低', level: 1 },
  { id: 'mid', zh: '中', level: 2 },
  { id: 'high', zh: '高', level: 3 },
] as const;

/** Best first: value outranks potential, then the diagonal. */
const CELL_ORDER: [number, number][] = [
  [3, 3], [3, 2], [2, 3], [3, 1], [2, 2], [1, 3], [2, 1], [1, 2], [1, 1],
];
const CELL_COLORS = ['#15803d', '#16a34a', '#2563eb', '#0891b2', '#f59e0b', '#7c3aed', '#ea580c', '#a16207', '#dc2626'];

/** The nine cells, ids like 'high-value/mid-potential', each pinned to one (value, potential) level. */
export const VALUE_POTENTIAL_LEVELS: Level[] = CELL_ORDER.map(([v, p], i) => {
  const va = AXIS[v - 1];
  const pa = AXIS[p - 1];
  return {
    tier: `${va.id}-value/${pa.id}-potential`,
    label: { zh: `${va.zh}价值/${pa.zh}潜力`, en: `${va.id[0].toUpperCase()}${va.id.slice(1)} value / ${pa.id} potential` },
    color: CELL_COLORS[i],
    when: { value: { min: v, max: v }, potential: { min: p, max: p } },
  };
});

/**
 * Value × potential 3 × 3: value = revenue tercile of the last 365 days (quantile, 3 buckets);
 * potential = the assessment's 1–5 potential: 1–2 low, 3 mid, 4–5 high (no assessment → low).
 */
export const VALUE_POTENTIAL_TEMPLATE: ModelTemplate = {
  id: 'value-potential',
  name: { zh: '价值 × 潜力矩阵', en: 'Value × potential matrix' },
  description: {
    zh: '以近 365 天销售额三分位为价值轴、评估中的潜力（1–2 低、3 中、4–5 高）为潜力轴，把客户放入 3 × 3 九宫格。',
    en: 'Revenue terciles of the last 365 days (value) against the assessed potential (1–2 low, 3 mid, 4–5 high) place each customer in a 3 × 3 grid.',
  },
  definition: {
    window: { kind: 'days', days: 365 },
    missing: 'zero',
    indicators: [
      { key: 'revenue', label: { zh: '价值（销售额）', en: 'Value (revenue)' }, weight: 50, rule: { kind: 'quantile', buckets: 3 } },
      {
        key: 'potential',
        weight: 50,
        rule: { kind: 'bands', bands: [{ max: 3, points: 20 }, { min: 3, max: 4, points: 60 }, { min: 4, points: 100 }] },
      },
    ],
    tiers: {
      kind: 'segments',
      axes: [
        { id: 'value', label: { zh: '价值', en: 'Value' }, indicators: ['revenue'], scale: 3 },
        { id: 'potential', label: { zh: '潜力', en: 'Potential' }, indicators: ['potential'], scale: 3 },
      ],
      levels: VALUE_POTENTIAL_LEVELS,
    },
    guards: [],
  },
};
