import type { SegmentTiers } from './tier-rule-schema';

type Level = SegmentTiers['levels'][number];

/**
 * The 11 classic RFM segments (the widely used Putler table on R and FM = (F + M) / 2, scores 1–5),
 * ordered so the first match wins and every (R, FM) cell lands in exactly one segment. Putler's ranges
 * overlap; where they do we follow its intent: recent + high value first, and R ≤ 2 with high FM is
 * "at risk" / "can't lose them", not "loyal".
 *
 *   R \ FM  1 – 1.5          2 – 2.5              3               3.5       4 – 5
 *   4–5     new              potential loyalist   loyal           loyal     champions
 *   3       promising        potential loyalist   loyal           loyal     loyal
 *   2       about to sleep   need attention       need attention  at risk   can't lose them
 *   1       lost (1) / hibernating (1.5 – 2)      at risk (2.5 – 3.5)       can't lose them
 */
export const RFM_SEGMENT_LEVELS: Level[] = [
  { tier: 'champions', label: { zh: '冠军客户', en: 'Champions' }, color: '#15803d', when: { r: { min: 4 }, fm: { min: 4 } } },
  { tier: 'loyal', label: { zh: '忠诚客户', en: 'Loyal' }, color: '#16a34a', when: { r: { min: 3 }, fm: { min: 3 } } },
  { tier: 'new', label: { zh: '新客户', en: 'New customers' }, color: '#0891b2', when: { r: { min: 4 }, fm: { max: 1.5 } } },
  { tier: 'promising', label: { zh: '有潜力的新客', en: 'Promising' }, color: '#06b6d4', when: { r: { min: 3, max: 3 }, fm: { max: 1.5 } } },
  { tier: 'potential_loyalist', label: { zh: '潜在忠诚客户', en: 'Potential loyalists' }, color: '#2563eb', when: { r: { min: 3 }, fm: { max: 3 } } },
  { tier: 'cant_lose', label: { zh: '不能失去的客户', en: "Can't lose them" }, color: '#b91c1c', when: { r: { max: 2 }, fm: { min: 4 } } },
  { tier: 'need_attention', label: { zh: '需要关注', en: 'Need attention' }, color: '#f59e0b', when: { r: { min: 2, max: 2 }, fm: { min: 2, max: 3 } } },
  { tier: 'at_risk', label: { zh: '流失风险客户', en: 'At risk' }, color: '#dc2626', when: { r: { max: 2 }, fm: { min: 2.5 } } },
  { tier: 'about_to_sleep', label: { zh: '即将沉睡', en: 'About to sleep' }, color: '#a16207', when: { r: { min: 2, max: 2 } } },
  { tier: 'lost', label: { zh: '已流失', en: 'Lost' }, color: '#475569', when: { r: { max: 1 }, fm: { max: 1 } } },
  { tier: 'hibernating', label: { zh: '休眠客户', en: 'Hibernating' }, color: '#64748b', when: {} },
];
