import { describe, expect, it } from 'vitest';
import { formatReason } from './format-reason';
import type { Reason } from './reasons';

const REASONS: Reason[] = [
  { code: 'tier_rule', rule: 'score', tier: 'A', score: 86.5, threshold: 85 },
  { code: 'tier_rule', rule: 'score', tier: 'D', score: 3, threshold: null },
  { code: 'tier_rule', rule: 'rank', tier: 'A', position: 3, total: 100, share: 0.2 },
  { code: 'tier_rule', rule: 'pareto', tier: 'B', shareBefore: 0.8123, threshold: 0.95 },
  { code: 'tier_rule', rule: 'pareto', tier: 'C', shareBefore: 1, threshold: null },
  { code: 'tier_rule', rule: 'segments', tier: 'loyal', axes: { r: 4, fm: 3.5 } },
  { code: 'incomplete', policy: 'zero', missing: ['satisfaction', 'custom:employees'] },
  { code: 'guard_cap', guard: 0, indicator: 'recency_days', op: '>', threshold: 180, value: 200, from: 'A', to: 'D' },
  { code: 'guard_floor', guard: 1, indicator: 'potential', op: 'missing', threshold: null, value: null, from: 'D', to: 'C', label: { zh: '新客保护', en: 'New customer' } },
  { code: 'override', from: 'C', to: 'A', reason: '战略客户', expiresAt: '2026-01-01' },
  { code: 'override_expired', tier: 'A', reason: 'x', expiresAt: '2025-10-01' },
  { code: 'override_unknown_tier', tier: 'S', reason: 'x' },
];

describe('formatReason', () => {
  it('renders every reason in both languages', () => {
    for (const r of REASONS) {
      const zh = formatReason(r, 'zh');
      const en = formatReason(r, 'en');
      expect(zh.length, r.code).toBeGreaterThan(5);
      expect(en.length, r.code).toBeGreaterThan(5);
      expect(zh).not.toBe(en);
    }
  });
  it('includes the numbers behind the decision', () => {
    expect(formatReason(REASONS[0], 'en')).toBe('Score 86.5 ≥ 85: A');
    expect(formatReason(REASONS[0], 'zh')).toBe('总分 86.5 ≥ 85，归为 A');
    expect(formatReason(REASONS[3], 'en')).toContain('81.23%');
    expect(formatReason(REASONS[5], 'en')).toBe('R=4, FM=3.5: segment loyal');
    expect(formatReason(REASONS[6], 'zh')).toContain('满意度、employees');
    expect(formatReason(REASONS[7], 'en')).toBe('Days since last order > 180 (now 200), so at most D (was A)');
    expect(formatReason(REASONS[8], 'zh')).toContain('新客保护');
  });
  it('uses tier labels when given', () => {
    const label = (id: string, lang: 'zh' | 'en') => (lang === 'zh' ? `${id} 类` : `Tier ${id}`);
    expect(formatReason(REASONS[9], 'en', label)).toBe('Manually set to Tier A (was Tier C): 战略客户, until 2026-01-01');
  });
});
