import { Button, Checkbox, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Band, ScoreRule } from '../../../../shared/scoring';
import { RULE_DEFAULTS } from './model-editing';

const KINDS: ScoreRule['kind'][] = ['bands', 'linear', 'quantile', 'boolean'];
type Num = number | null;
const num = (v: Num) => (v === null ? undefined : v);

/** Edits one indicator's score rule: bands, linear, quantile or boolean. */
export function ScoreRuleEditor({ rule, onChange, name }: { rule: ScoreRule; onChange: (rule: ScoreRule) => void; name: string }) {
  const { t } = useTranslation('models');
  const kindSelect = (
    <Select
      aria-label={t('rule.kind', { name })}
      value={rule.kind}
      style={{ width: 130 }}
      onChange={(kind: ScoreRule['kind']) => onChange(RULE_DEFAULTS[kind])}
      options={KINDS.map((k) => ({ value: k, label: t(`rule.kinds.${k}`) }))}
    />
  );
  switch (rule.kind) {
    case 'bands': {
      const setBand = (i: number, band: Band) => onChange({ ...rule, bands: rule.bands.map((b, j) => (j === i ? band : b)) });
      return (
        <Space direction="vertical" size={4}>
          {kindSelect}
          {rule.bands.map((band, i) => (
            <Space key={i} size={4}>
              <InputNumber size="small" placeholder={t('rule.open')} aria-label={t('rule.bandMin', { n: i + 1 })} value={band.min} onChange={(v: Num) => setBand(i, { ...band, min: num(v) })} style={{ width: 96 }} />
              <span style={{ whiteSpace: 'nowrap' }}>≤ x &lt;</span>
              <InputNumber size="small" placeholder={t('rule.open')} aria-label={t('rule.bandMax', { n: i + 1 })} value={band.max} onChange={(v: Num) => setBand(i, { ...band, max: num(v) })} style={{ width: 96 }} />
              <span>→</span>
              <InputNumber size="small" min={0} max={100} aria-label={t('rule.bandPoints', { n: i + 1 })} value={band.points} onChange={(v: Num) => setBand(i, { ...band, points: v ?? 0 })} style={{ width: 70 }} />
              <span style={{ whiteSpace: 'nowrap' }}>{t('rule.pts')}</span>
              <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('rule.removeBand')} disabled={rule.bands.length === 1} onClick={() => onChange({ ...rule, bands: rule.bands.filter((_, j) => j !== i) })} />
            </Space>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange({ ...rule, bands: [...rule.bands, { min: rule.bands[rule.bands.length - 1]?.max, points: 100 }] })}>
            {t('rule.addBand')}
          </Button>
        </Space>
      );
    }
    case 'linear':
      return (
        <Space wrap size={4}>
          {kindSelect}
          <InputNumber size="small" addonBefore={t('rule.min')} value={rule.min} onChange={(v: Num) => onChange({ ...rule, min: v ?? 0 })} style={{ width: 140 }} />
          <InputNumber size="small" addonBefore={t('rule.max')} value={rule.max} onChange={(v: Num) => onChange({ ...rule, max: v ?? 0 })} style={{ width: 140 }} />
          <Checkbox checked={rule.invert ?? false} onChange={(e) => onChange({ ...rule, invert: e.target.checked || undefined })}>{t('rule.invert')}</Checkbox>
        </Space>
      );
    case 'quantile':
      return (
        <Space wrap size={4}>
          {kindSelect}
          <Select
            size="small"
            aria-label={t('rule.buckets')}
            value={rule.buckets}
            style={{ width: 140 }}
            onChange={(buckets: number | 'percentile') => onChange({ ...rule, buckets })}
            options={[{ value: 'percentile', label: t('rule.percentile') }, ...[2, 3, 4, 5, 10].map((k) => ({ value: k, label: t('rule.bucketCount', { k }) }))]}
          />
          <Checkbox checked={rule.invert ?? false} onChange={(e) => onChange({ ...rule, invert: e.target.checked || undefined })}>{t('rule.invertLower')}</Checkbox>
        </Space>
      );
    case 'boolean':
      return (
        <Space wrap size={4}>
          {kindSelect}
          <InputNumber size="small" addonBefore={t('rule.threshold')} value={rule.threshold} onChange={(v: Num) => onChange({ ...rule, threshold: v ?? 0 })} style={{ width: 160 }} />
          <InputNumber size="small" min={0} max={100} addonBefore={t('rule.points')} value={rule.points} onChange={(v: Num) => onChange({ ...rule, points: v ?? 0 })} style={{ width: 140 }} />
        </Space>
      );
  }
}
