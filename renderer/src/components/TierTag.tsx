import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const TIER_COLOURS: Record<string, string> = { A: '#d4380d', B: '#d48806', C: '#1677ff', D: '#8c8c8c' };

/** A tier as a coloured tag; customers without a rating show a muted "not rated". */
export function TierTag({ tier }: { tier: string | null | undefined }) {
  const { t } = useTranslation();
  if (!tier) return <span style={{ color: '#bfbfbf' }}>{t('messages.noTier')}</span>;
  return (
    <Tag className="tier-tag" color={TIER_COLOURS[tier] ?? 'geekblue'}>
      {tier}
    </Tag>
  );
}
