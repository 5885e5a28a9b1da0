import type { Bilingual } from './common-schemas';

/** A model problem, with a stable code and a message in both languages. */
export interface ModelIssue {
  path: (string | number)[];
  code: string;
  message: Bilingual;
}

/** A number without float noise: 99.99999999999 → "100", 33.333333 → "33.333333". */
export function showNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

const tiers = (ids: string[]): string => ids.join(', ');

/** Message builders for the semantic checks, one per issue code. */
export const MESSAGES = {
  weights_sum: (sum: number): Bilingual => ({
    zh: `指标权重合计为 ${showNumber(sum)}%，必须等于 100%。`,
    en: `Indicator weights add up to ${showNumber(sum)} %; they must add up to 100 %.`,
  }),
  duplicate_indicator: (key: string): Bilingual => ({
    zh: `指标“${key}”重复出现，每个指标只能使用一次。`,
    en: `Indicator "${key}" appears more than once; use each indicator once.`,
  }),
  band_empty: (min: number, max: number): Bilingual => ({
    zh: `分档下限 ${showNumber(min)} 必须小于上限 ${showNumber(max)}。`,
    en: `Band minimum ${showNumber(min)} must be below its maximum ${showNumber(max)}.`,
  }),
  bands_unsorted: (): Bilingual => ({
    zh: '分档必须按下限从小到大排列。',
    en: 'Bands must be listed in ascending order of their minimum.',
  }),
  bands_overlap: (index: number): Bilingual => ({
    zh: `第 ${index} 档与第 ${index + 1} 档重叠：前一档的上限不能高于后一档的下限。`,
    en: `Band ${index} overlaps band ${index + 1}: a band's maximum must not exceed the next band's minimum.`,
  }),
  linear_range: (min: number, max: number): Bilingual => ({
    zh: `线性规则的最小值 ${showNumber(min)} 必须小于最大值 ${showNumber(max)}。`,
    en: `Linear rule minimum ${showNumber(min)} must be below its maximum ${showNumber(max)}.`,
  }),
  tiers_order: (): Bilingual => ({
    zh: '分数分层的门槛必须从高到低排列（如 A ≥ 85、B ≥ 70……），且不能重复。',
    en: 'Score tier thresholds must be in strictly descending order (A ≥ 85, B ≥ 70, …).',
  }),
  rank_shares_sum: (sum: number): Bilingual => ({
    zh: `排名分层的比例合计为 ${showNumber(sum * 100)}%，必须等于 100%。`,
    en: `Rank tier shares add up to ${showNumber(sum * 100)} %; they must add up to 100 %.`,
  }),
  pareto_order: (): Bilingual => ({
    zh: '帕累托分层的累计占比必须从小到大严格递增。',
    en: 'Pareto cumulative shares must be strictly increasing.',
  }),
  pareto_last: (last: number): Bilingual => ({
    zh: `帕累托分层最后一层的累计占比为 ${showNumber(last * 100)}%，必须为 100%。`,
    en: `The last Pareto tier's cumulative share is ${showNumber(last * 100)} %; it must be 100 %.`,
  }),
  duplicate_tier: (id: string): Bilingual => ({
    zh: `层级“${id}”重复出现。`,
    en: `Tier "${id}" appears more than once.`,
  }),
  unknown_tier: (id: string, known: string[]): Bilingual => ({
    zh: `层级“${id}”不存在。可用层级：${tiers(known)}。`,
    en: `Tier "${id}" does not exist. Tiers: ${tiers(known)}.`,
  }),
  guard_value: (): Bilingual => ({
    zh: '该条件需要填写比较值。',
    en: 'This condition needs a value to compare with.',
  }),
  duplicate_axis: (id: string): Bilingual => ({
    zh: `维度“${id}”重复出现。`,
    en: `Axis "${id}" appears more than once.`,
  }),
  unknown_axis: (id: string, known: string[]): Bilingual => ({
    zh: `维度“${id}”不存在。可用维度：${tiers(known)}。`,
    en: `Axis "${id}" does not exist. Axes: ${tiers(known)}.`,
  }),
  axis_indicator_not_in_model: (key: string): Bilingual => ({
    zh: `维度使用的指标“${key}”不在模型的指标列表中。`,
    en: `Axis indicator "${key}" is not one of the model's indicators.`,
  }),
  range_order: (): Bilingual => ({
    zh: '范围的最小值不能大于最大值。',
    en: 'A range minimum must not exceed its maximum.',
  }),
} as const;

export type IssueCode = keyof typeof MESSAGES;
