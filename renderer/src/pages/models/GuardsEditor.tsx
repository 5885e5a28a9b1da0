import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { BASE_INDICATOR_KEYS, GUARD_OPS, type Guard, indicatorLabel, type ModelIssue, type TierInfo } from '../../../../shared/scoring';
import { useLang } from '../tiers/tier-display';
import { IssueText } from './IssueText';
import { issuesAt } from './model-editing';

/** Guard rules: "indicator op value → at most / at least tier", applied in order after the tier rule. */
export function GuardsEditor({ guards, tiers, issues, onChange }: { guards: Guard[]; tiers: TierInfo[]; issues: ModelIssue[]; onChange: (guards: Guard[]) => void }) {
  const { t } = useTranslation('models');
  const lang = useLang();
  const set = (i: number, guard: Guard) => onChange(guards.map((g, j) => (j === i ? guard : g)));
  return (
    <Card size="small" title={t('guards.title')}>
      {guards.length === 0 ? <p style={{ color: '#8c8c8c', marginTop: 0 }}>{t('guards.none')}</p> : null}
      {guards.map((g, i) => (
        <div key={i} style={{ marginBottom: 6 }}>
          <Space size={4} wrap>
            {g.label ? <span style={{ color: '#595959' }}>{g.label[lang]}:</span> : null}
            <Select size="small" aria-label={t('guards.indicator')} value={g.when.indicator} style={{ width: 150 }} onChange={(indicator) => set(i, { ...g, label: undefined, when: { ...g.when, indicator } })} options={BASE_INDICATOR_KEYS.map((k) => ({ value: k, label: indicatorLabel(k, lang) }))} />
            <Select size="small" aria-label={t('guards.op')} value={g.when.op} style={{ width: 90 }} onChange={(op) => set(i, { ...g, label: undefined, when: { ...g.when, op, value: op === 'missing' ? undefined : (g.when.value ?? 0) } })} options={GUARD_OPS.map((op) => ({ value: op, label: t(`guards.ops.${op === 'missing' ? 'missing' : 'cmp'}`, { op }) }))} />
            {g.when.op !== 'missing' ? (
              <InputNumber size="small" aria-label={t('guards.value')} value={g.when.value} onChange={(v: number | null) => set(i, { ...g, label: undefined, when: { ...g.when, value: v ?? 0 } })} style={{ width: 100 }} />
            ) : null}
            <Checkbox checked={g.when.orMissing ?? false} onChange={(e) => set(i, { ...g, when: { ...g.when, orMissing: e.target.checked || undefined } })}>{t('guards.orMissing')}</Checkbox>
            <span>→</span>
            <Select size="small" aria-label={t('guards.kind')} value={g.kind} style={{ width: 100 }} onChange={(kind) => set(i, { ...g, kind })} options={[{ value: 'cap', label: t('guards.cap') }, { value: 'floor', label: t('guards.floor') }]} />
            <Select size="small" aria-label={t('guards.tier')} value={g.tier} style={{ width: 130 }} onChange={(tier) => set(i, { ...g, tier })} options={tiers.map((x) => ({ value: x.id, label: x.label[lang] }))} />
            <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('guards.remove')} onClick={() => onChange(guards.filter((_, j) => j !== i))} />
          </Space>
          <IssueText issues={issuesAt(issues, ['guards', i])} />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        disabled={tiers.length === 0}
        onClick={() => onChange([...guards, { kind: 'cap', tier: tiers[tiers.length - 1]?.id ?? 'D', when: { indicator: 'recency_days', op: '>', value: 180, orMissing: true } }])}
      >
        {t('guards.add')}
      </Button>
    </Card>
  );
}
