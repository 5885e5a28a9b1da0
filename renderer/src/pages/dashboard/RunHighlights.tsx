import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { RunDiff, RunInfo } from '../../../../shared/ipc/channels/ratings';
import { useSettings } from '../../stores/settings';

/** Upgrades, downgrades and new customers since the previous run, and the churn-risk count; each opens its list. */
export function RunHighlights({ run, diff, churnFlagged }: { run: RunInfo; diff: RunDiff | undefined; churnFlagged: number | undefined }) {
  const { t } = useTranslation('dashboard');
  const format = useSettings((s) => s.format);
  const navigate = useNavigate();
  const transitions = diff ? `/tiers?tab=transitions&from=${diff.from.id}&to=${diff.to.id}` : null;
  const show = (n: number | undefined) => (n === undefined ? '—' : format.number(n));
  const item = (title: string, value: string, color: string | undefined, to: string | null, testId: string) => (
    <Col span={6}>
      <Card size="small" hoverable={Boolean(to)} onClick={() => to && navigate(to)} data-testid={testId}>
        <Statistic title={title} value={value} valueStyle={{ color }} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      {item(t('upgrades'), show(diff?.counts.upgrades), '#16a34a', transitions, 'stat-upgrades')}
      {item(t('downgrades'), show(diff?.counts.downgrades), '#dc2626', transitions, 'stat-downgrades')}
      {item(t('newInRun'), show(diff?.counts.new), undefined, transitions, 'stat-new')}
      {item(t('churnRisk'), show(churnFlagged), '#d48806', `/tiers?tab=churn&run=${run.id}`, 'stat-churn')}
    </Row>
  );
}
