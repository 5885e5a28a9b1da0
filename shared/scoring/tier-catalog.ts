import type { Bilingual } from './common-schemas';
import type { TierRule } from './tier-rule-schema';

/** A tier or segment as the UI shows it. `order` 0 is the best tier. */
export interface TierInfo {
  id: string;
  label: Bilingual;
  color: string;
  order: number;
}

/** Best → worst: green, blue, amber, red, then more hues for segment schemes. */
export const DEFAULT_TIER_COLORS = [
  '#16a34a', '#2563eb', '#f59e0b', '#dc2626', '#7c3aed',
  '#0891b2', '#db2777', '#65a30d', '#ea580c', '#475569', '#a16207',
] as const;

/** The tiers of a tier rule in order, with labels and colours filled in where the model left them out. */
export function tierCatalog(tiers: TierRule): TierInfo[] {
  return tiers.levels.map((l, order) => ({
    id: l.tier,
    label: l.label ?? { zh: l.tier, en: l.tier },
    color: l.color ?? DEFAULT_TIER_COLORS[order % DEFAULT_TIER_COLORS.length],
    order,
  }));
}
