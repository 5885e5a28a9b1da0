import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import type { TierInfo } from '../../../../shared/scoring';
import { useQuery } from '../../components/useQuery';
import { runTierTotals } from '../../stores/ratings';
import { useSettings } from '../../stores/settings';
import { CatalogTierTag } from '../tiers/tier-display';

/** Customers and revenue per tier of the shown run, with the change in customers since the previous run. */
export function TierSummaryCard({ run, previous, onTier }: { run: RunInfo; previous: RunInfo | null; onTier: (tier: string) => void }) {
  const { t } = useTranslation('dashboard');
  const format = useSettings((s) => s.format);
  const money = (minor: number) => format.money(minor);
  const totals = useQuery(() => runTierTotals(run), [run.id]);
  const columns = [
    { key: 'tier', title: t('tier'), render: (tier: TierInfo) => <CatalogTierTag tiers={run.tiers} tier={tier.id} /> },
    {
      key: 'customers',
      title: t('customers'),
      align: 'right' as const,
      render: (tier: TierInfo) => {
        const n = run.tierCounts[tier.id] ?? 0;
        return <span className="num">{format.number(n)} <small style={{ color: '#8c8c8c' }}>{format.percent(run.customers ? n / run.customers : 0)}</small></span>;
      },
    },
    {
      key: 'revenue',
      title: t('revenue'),
      align: 'right' as const,
      render: (tier: TierInfo) => <span className="num">{totals.data ? money(totals.data[tier.id]?.revenue ?? 0) : '…'}</span>,
    },
    {
      key: 'change',
      title: t('sincePrevious'),
      align: 'right' as const,
      render: (tier: TierInfo) => {
        if (!previous) return '—';
        const delta = (run.tierCounts[tier.id] ?? 0) - (previous.tierCounts[tier.id] ?? 0);
        return <Tag color={delta > 0 ? 'green' : delta < 0 ? 'red' : undefined} className="num">{delta > 0 ? '+' : ''}{format.number(delta)}</Tag>;
      },
    },
  ];
  return (
    <Card title={t('perTier')} size="small" styles={{ body: { padding: 0 } }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={run.tiers}
        columns={columns}
        scroll={{ y: 236 }}
        data-testid="tier-summary"
        onRow={(tier) => ({ onClick: () => onTier(tier.id), style: { cursor: 'pointer' } })}
      />
    </Card>
  );
}
