import { Tag } from 'antd';
import { modelDisplayName, type Lang, type TierInfo } from '../../../../shared/scoring';
import { useSettings } from '../../stores/settings';

/** The engine's language code for the UI language. */
export function useLang(): Lang {
  return useSettings((s) => (s.language === 'zh-CN' ? 'zh' : 'en'));
}

/** A tier's display name from a run's or model's catalog; the id when the catalog does not know it. */
export function tierName(tiers: TierInfo[] | undefined, id: string | null, lang: Lang): string {
  if (id === null) return '—';
  return tiers?.find((t) => t.id === id)?.label[lang] ?? id;
}

export function tierColor(tiers: TierInfo[] | undefined, id: string | null): string {
  return tiers?.find((t) => t.id === id)?.color ?? '#8c8c8c';
}

/** A tier as a tag in its catalog colour. */
export function CatalogTierTag({ tiers, tier }: { tiers: TierInfo[] | undefined; tier: string | null }) {
  const lang = useLang();
  if (tier === null) return <span style={{ color: '#bfbfbf' }}>—</span>;
  return (
    <Tag className="tier-tag" color={tierColor(tiers, tier)}>
      {tierName(tiers, tier, lang)}
    </Tag>
  );
}

/** "Model v2 · 2026-06-30" for run pickers. */
export function runLabel(run: { modelName: string; version: number; asOf: string }, date: (iso: string) => string, lang: Lang): string {
  return `${modelDisplayName(run.modelName, lang)} v${run.version} · ${date(run.asOf)}`;
}

/** Changed customers fetched with a diff for the cell lists; a larger diff is cut (a per-cell channel would lift this). */
export const DIFF_LIMIT = 5000;
