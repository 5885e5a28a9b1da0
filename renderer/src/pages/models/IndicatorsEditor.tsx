import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { BASE_INDICATOR_KEYS, INDICATOR_CATALOG, indicatorLabel, type ModelIndicator, type ModelIssue } from '../../../../shared/scoring';
import { useLang } from '../tiers/tier-display';
import { IssueText } from './IssueText';
import { issuesAt, normalizeWeights, rebalanceWeights, RULE_DEFAULTS } from './model-editing';
import { ScoreRuleEditor } from './ScoreRuleEditor';

interface Props {
  indicators: ModelIndicator[];
  issues: ModelIssue[];
  onChange: (indicators: ModelIndicator[]) => void;
}

/** Indicators with their weights (kept at 100 % in total) and score rules. */
export function IndicatorsEditor({ indicators, issues, onChange }: Props) {
  const { t } = useTranslation('models');
  const lang = useLang();
  const total = indicators.reduce((sum, i) => sum + i.weight, 0);
  const unused = BASE_INDICATOR_KEYS.filter((key) => !indicators.some((i) => i.key === key));
  const setWeight = (index: number, value: number) => {
    const weights = rebalanceWeights(indicators.map((i) => i.weight), index, value);
    onChange(indicators.map((ind, i) => ({ ...ind, weight: weights[i] })));
  };
  const remove = (index: number) => {
    const rest = indicators.filter((_, i) => i !== index);
    const weights = normalizeWeights(rest.map((i) => i.weight));
    onChange(rest.map((ind, i) => ({ ...ind, weight: weights[i] })));
  };
  const add = (key: (typeof BASE_INDICATOR_KEYS)[number]) => {
    const unit = INDICATOR_CATALOG[key].unit;
    const rule = unit === 'rating' ? RULE_DEFAULTS.linear : RULE_DEFAULTS.quantile;
    const share = Math.round(100 / (indicators.length + 1));
    const next = [...indicators, { key, weight: 0, rule: unit === 'rating' ? { ...rule, min: 1, max: 5 } as typeof rule : rule }];
    const weights = rebalanceWeights(next.map((i) => i.weight), next.length - 1, share);
    onChange(next.map((ind, i) => ({ ...ind, weight: weights[i] })));
  };
  return (
    <Card
      size="small"
      title={t('indicators.title')}
      extra={<Tag color={Math.abs(total - 100) < 0.01 ? 'green' : 'red'} data-testid="weight-total">{t('indicators.total', { total: Math.round(total * 10) / 10 })}</Tag>}
    >
      <Table<ModelIndicator>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={indicators}
        columns={[
          {
            key: 'key',
            title: t('indicators.indicator'),
            width: 170,
            render: (_: unknown, ind, i) => (
              <>
                <div>{ind.label?.[lang] ?? indicatorLabel(ind.key, lang)}</div>
                <IssueText issues={issuesAt(issues, ['indicators', i, 'key'])} />
              </>
            ),
          },
          {
            key: 'weight',
            title: t('indicators.weight'),
            width: 110,
            render: (_: unknown, ind, i) => (
              <>
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  step={5}
                  suffix="%"
                  aria-label={t('indicators.weightOf', { name: indicatorLabel(ind.key, lang) })}
                  value={ind.weight}
                  onChange={(v: number | null) => setWeight(i, v ?? 0)}
                  style={{ width: 92 }}
                />
                <IssueText issues={issuesAt(issues, ['indicators', i, 'weight'])} />
              </>
            ),
          },
          {
            key: 'rule',
            title: t('indicators.rule'),
            render: (_: unknown, ind, i) => (
              <>
                <ScoreRuleEditor rule={ind.rule} name={indicatorLabel(ind.key, lang)} onChange={(rule) => onChange(indicators.map((x, j) => (j === i ? { ...x, rule } : x)))} />
                <IssueText issues={issuesAt(issues, ['indicators', i, 'rule'])} />
              </>
            ),
          },
          {
            key: 'remove',
            width: 44,
            render: (_: unknown, ind, i) => (
              <Button type="text" icon={<DeleteOutlined />} disabled={indicators.length === 1} aria-label={t('indicators.remove', { name: indicatorLabel(ind.key, lang) })} onClick={() => remove(i)} />
            ),
          },
        ]}
      />
      <IssueText issues={issuesAt(issues, ['indicators'], true)} />
      <Select<string>
        style={{ marginTop: 8, minWidth: 220 }}
        aria-label={t('indicators.add')}
        placeholder={<><PlusOutlined /> {t('indicators.add')}</>}
        value={null}
        onChange={(key) => add(key as (typeof BASE_INDICATOR_KEYS)[number])}
        options={unused.map((key) => ({ value: key, label: indicatorLabel(key, lang) }))}
      />
    </Card>
  );
}
