import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_COLORS, tierCatalog } from './tier-catalog';

describe('tierCatalog', () => {
  it('lists tiers best first, filling labels and colours', () => {
    const tiers = tierCatalog({ kind: 'score', levels: [{ tier: 'A', min: 85, label: { zh: '核心', en: 'Core' }, color: '#000000' }, { tier: 'B', min: 0 }] });
    expect(tiers).toEqual([
      { id: 'A', label: { zh: '核心', en: 'Core' }, color: '#000000', order: 0 },
      { id: 'B', label: { zh: 'B', en: 'B' }, color: DEFAULT_TIER_COLORS[1], order: 1 },
    ]);
  });
});
