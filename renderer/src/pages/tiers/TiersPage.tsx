import { Empty, Button, Skeleton, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { useRatings } from '../../stores/ratings';
import { ChurnList } from './ChurnList';
import { RunResultsTable } from './RunResultsTable';
import { TransitionMatrix } from './TransitionMatrix';
import { ValuePotentialGrid } from './ValuePotentialGrid';
import { PoliciesTab } from '../visits/PoliciesTab';

const TABS = ['grid', 'transitions', 'results', 'churn', 'policies'] as const;
type Tab = (typeof TABS)[number];

/** Tier matrices: value × potential, transitions between runs, run results, churn and service policies. */
export function TiersPage() {
  const { t } = useTranslation('tiers');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { runs, loaded, load } = useRatings();
  useEffect(() => {
    void load();
  }, [load]);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'grid';
  /** merges URL state; a tab change keeps only what the new tab reads */
  const go = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: !('tab' in change) });
  };
  const body = () => {
    if (!loaded) return <Skeleton active />;
    if (runs.length === 0 && tab !== 'policies') {
      return (
        <Empty description={<><b>{t('noRunTitle')}</b><br />{t('noRunHint')}</>}>
          <Button type="primary" onClick={() => navigate('/models')}>{t('toModels')}</Button>
        </Empty>
      );
    }
    switch (tab) {
      case 'grid':
        return <ValuePotentialGrid runs={runs} onCell={(runId, tier) => go({ tab: 'results', run: runId, tier })} onRan={load} />;
      case 'transitions':
        return <TransitionMatrix runs={runs} params={params} go={go} />;
      case 'results':
        return <RunResultsTable runs={runs} params={params} go={go} />;
      case 'churn':
        return <ChurnList runs={runs} params={params} go={go} />;
      case 'policies':
        return <PoliciesTab onChanged={() => {}} />;
    }
  };
  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key, tier: null, cf: null, ct: null, sort: null })}
        items={TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
      />
      {body()}
    </div>
  );
}
