/** The tiers of the seed documents, best first, and their default service (seeded into a new book lazily). */
export const TIER_ORDER = ['A', 'B', 'C', 'D'] as const;

export const DEFAULT_TIER_POLICIES = [
  { tier: 'A', visitIntervalDays: 7, serviceLevel: '专属业务员，每周拜访', notes: '核心客户' },
  { tier: 'B', visitIntervalDays: 14, serviceLevel: '双周拜访', notes: '重要客户' },
  { tier: 'C', visitIntervalDays: 30, serviceLevel: '每月拜访', notes: '普通客户' },
  { tier: 'D', visitIntervalDays: 90, serviceLevel: '每季度回访', notes: '一般客户' },
] as const;
