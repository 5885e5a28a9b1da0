import { describe, expect, it } from 'vitest';
import { applyOverride, overrideActive } from './overrides';

const KNOWN = new Set(['A', 'B', 'C', 'D']);

describe('overrides', () => {
  it('are in force without expiry or when they expire after asOf', () => {
    expect(overrideActive({ tier: 'A', reason: 'x' }, '2025-10-01')).toBe(true);
    expect(overrideActive({ tier: 'A', reason: 'x', expiresAt: null }, '2025-10-01')).toBe(true);
    expect(overrideActive({ tier: 'A', reason: 'x', expiresAt: '2025-10-02' }, '2025-10-01')).toBe(true);
  });
  it('have expired on their expiry date', () => {
    expect(overrideActive({ tier: 'A', reason: 'x', expiresAt: '2025-10-01' }, '2025-10-01')).toBe(false);
    expect(overrideActive({ tier: 'A', reason: 'x', expiresAt: '2025-09-30' }, '2025-10-01')).toBe(false);
  });
  it('set the final tier and say so', () => {
    expect(applyOverride({ tier: 'A', reason: 'Strategic account', expiresAt: '2026-01-01' }, 'C', KNOWN, '2025-10-01')).toEqual({
      tier: 'A',
      reason: { code: 'override', from: 'C', to: 'A', reason: 'Strategic account', expiresAt: '2026-01-01' },
    });
  });
  it('keep the computed tier when expired, recording the expiry', () => {
    expect(applyOverride({ tier: 'A', reason: 'r', expiresAt: '2025-10-01' }, 'C', KNOWN, '2025-10-01')).toEqual({
      tier: 'C',
      reason: { code: 'override_expired', tier: 'A', reason: 'r', expiresAt: '2025-10-01' },
    });
  });
  it('ignore a tier the model does not have', () => {
    expect(applyOverride({ tier: 'S', reason: 'r' }, 'C', KNOWN, '2025-10-01')).toEqual({ tier: 'C', reason: { code: 'override_unknown_tier', tier: 'S', reason: 'r' } });
  });
  it('do nothing when absent', () => {
    expect(applyOverride(undefined, 'C', KNOWN, '2025-10-01')).toEqual({ tier: 'C', reason: null });
  });
});
