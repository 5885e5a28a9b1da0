import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, InputNumber, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelIssue, TierRule } from '../../../../shared/scoring';
import { useLang } from '../tiers/tier-display';
import { IssueText } from './IssueText';
import { convertTierRule, issuesAt, type Level } from './model-editing';

const FIELD = { score: 'min', rank: 'share', pareto: 'cumulativeShare' } as const;

/** The tier rule: score thresholds, rank shares or Pareto (cumulative revenue) shares; segments are shown, not edited. */
export function TierRuleEditor({ rule, issues, onChange }: { rule: TierRule; issues: ModelIssue[]; onChange: (rule: TierRule) => void }) {
  const { t } = useTranslation('models');
  const lang = useLang();
  if (rule.kind === 'segments') {
    return (
      <Card size="small" title={t('tiers.title')}>
        <Alert type="info" showIcon message={t('tiers.segments', { axes: rule.axes.map((a) => a.label?.[lang] ?? a.id).join(' × '), n: rule.levels.length })} />
      </Card>
    );
  }
  const field = FIELD[rule.kind];
  const levels = rule.levels as Level[];
  const isShare = rule.kind !== 'score';
  const set = (next: Level[]) => onChange({ kind: rule.kind, levels: next } as TierRule);
  const setLevel = (i: number, change: Partial<Level>) => set(levels.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <Card
      size="small"
      title={t('tiers.title')}
      extra={
        <Segmented
          size="small"
          value={rule.kind}
          onChange={(kind) => onChange(convertTierRule(rule, kind as 'score' | 'rank' | 'pareto'))}
          options={(['score', 'rank', 'pareto'] as const).map((k) => ({ value: k, label: t(`tiers.kinds.${k}`) }))}
        />
      }
    >
      <p style={{ color: '#8c8c8c', marginTop: 0 }}>{t(`tiers.hints.${rule.kind}`)}</p>
      {levels.map((level, i) => (
        <div key={i}>
          <Space size={4} style={{ marginBottom: 4 }}>
            <Input size="small" aria-label={t('tiers.id', { n: i + 1 })} value={level.tier} onChange={(e) => setLevel(i, { tier: e.target.value, label: undefined })} style={{ width: 120 }} />
            <InputNumber
              size="small"
              aria-label={t(`tiers.field.${rule.kind}`, { tier: level.tier })}
              min={0}
              max={100}
              suffix={isShare ? '%' : t('tiers.points')}
              value={isShare ? Math.round((level[field] ?? 0) * 10_000) / 100 : level[field]}
              onChange={(v: number | null) => setLevel(i, { [field]: isShare ? (v ?? 0) / 100 : (v ?? 0) })}
              style={{ width: 120 }}
            />
            <span style={{ color: '#8c8c8c' }}>{t(`tiers.field.${rule.kind}`, { tier: '' })}</span>
            <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('tiers.remove', { tier: level.tier })} disabled={levels.length === 1} onClick={() => set(levels.filter((_, j) => j !== i))} />
          </Space>
          <IssueText issues={issuesAt(issues, ['tiers', 'levels', i])} />
        </div>
      ))}
      <IssueText issues={[...issuesAt(issues, ['tiers'], true), ...issuesAt(issues, ['tiers', 'levels'], true)]} />
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => set([...levels, { tier: String.fromCharCode(65 + levels.length), [field]: 0 }])}>
        {t('tiers.add')}
      </Button>
    </Card>
  );
}
