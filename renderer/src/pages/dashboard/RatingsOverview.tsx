import { Button, Card, Col, Empty, Row, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { call, callWhenIdle } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useCustomerList } from '../../stores/customer-list';
import { pickRuns, useRatings } from '../../stores/ratings';
import { useSettings } from '../../stores/settings';
import { runLabel, useLang } from '../tiers/tier-display';
import { ParetoChart } from './ParetoChart';
import { RevenueByTierChart } from './RevenueByTierChart';
import { RunHighlights } from './RunHighlights';
import { TierDistributionChart } from './TierDistributionChart';
import { TierMigrationSankey } from './TierMigrationSankey';
import { TierSummaryCard } from './TierSummaryCard';

/** Tier figures and charts of the shown run; an empty state that says what to do when there is none. */
export function RatingsOverview({ bookEmpty }: { bookEmpty: boolean }) {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const format = useSettings((s) => s.format);
  const lang = useLang();
  const { runs, loaded, currentRunId, compareRunId, setCurrent } = useRatings();
  const { current, previous } = pickRuns(runs, currentRunId, compareRunId);
  const updateList = useCustomerList((s) => s.update);
  const resetList = useCustomerList((s) => s.reset);
  const pareto = useQuery(() => (current ? call('ratings.pareto', { runId: current.id }) : Promise.resolve(null)), [current?.id]);
  const diff = useQuery(
    () => (current && previous ? call('ratings.diff', { fromRunId: previous.id, toRunId: current.id, limit: 0 }) : Promise.resolve(null)),
    [current?.id, previous?.id],
  );
  // the churn count (the slowest call, one figure) waits for the charts' calls: the core answers one call at a time
  const churn = useQuery(() => (current ? callWhenIdle('ratings.churn', { runId: current.id, limit: 0 }) : Promise.resolve(null)), [current?.id]);

  if (!loaded) return <Skeleton active style={{ height: 560 }} />;
  if (!current) {
    return (
      <Card>
        <Empty
          description={
            <>
              <b>{bookEmpty ? t('emptyTitle') : t('noRunTitle')}</b>
              <br />
              {bookEmpty ? t('emptyHint') : t('noRunHint')}
            </>
          }
        >
          <Button type="primary" onClick={() => navigate('/models')} autoFocus>
            {t('toModels')}
          </Button>
        </Empty>
      </Card>
    );
  }
  const toCustomers = (tier: string) => {
    resetList();
    updateList({ tiers: [tier] });
    navigate('/customers');
  };
  const modelRuns = runs.filter((r) => r.modelId === current.modelId && r.asOf <= current.asOf).slice(0, 6).reverse();
  return (
    <>
      <div className="toolbar">
        <span>{t('shownRun')}</span>
        <Select
          aria-label={t('shownRun')}
          style={{ minWidth: 320 }}
          value={current.id}
          onChange={(id) => setCurrent(id)}
          options={runs.map((r) => ({ value: r.id, label: runLabel(r, format.date, lang) }))}
        />
        {previous ? <span style={{ color: '#8c8c8c' }}>{t('comparedWith', { run: runLabel(previous, format.date, lang) })}</span> : null}
      </div>
      <RunHighlights run={current} diff={diff.data ?? undefined} churnFlagged={churn.data?.counts.flagged} />
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <TierSummaryCard run={current} previous={previous} onTier={toCustomers} />
        </Col>
        <Col span={12}>
          <Card size="small" title={t('charts.distribution')}>
            <TierDistributionChart run={current} onTier={toCustomers} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('charts.pareto')} extra={pareto.data ? t('paretoNote', { share: format.percent(pareto.data.customersFor80Share) }) : null}>
            {pareto.data ? (
              <ParetoChart pareto={pareto.data} onOpen={() => navigate(`/tiers?tab=results&run=${current.id}&sort=revenue`)} />
            ) : (
              <div style={{ height: 260 }} />
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('charts.revenueByTier')}>
            <RevenueByTierChart runs={modelRuns} onSegment={(runId, tier) => navigate(`/tiers?tab=results&run=${runId}&tier=${encodeURIComponent(tier)}`)} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('charts.migration')} extra={previous ? runLabel(previous, format.date, lang) + ' → ' + runLabel(current, format.date, lang) : null}>
            {diff.data ? (
              <TierMigrationSankey
                diff={diff.data}
                onLink={(from, to) =>
                  navigate(`/tiers?tab=transitions&from=${previous?.id}&to=${current.id}&cf=${encodeURIComponent(from ?? '')}&ct=${encodeURIComponent(to ?? '')}`)
                }
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('needTwoRuns')} style={{ minHeight: 200 }} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
