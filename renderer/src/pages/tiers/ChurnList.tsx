import { Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChurnRow, RunInfo } from '../../../../shared/ipc/channels/ratings';
import { call } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { RunSelect } from './RunSelect';
import { CatalogTierTag } from './tier-display';

/** Customers of a run with no sale for 180 days or revenue down 30 % or more against the window before. */
export function ChurnList({ runs, params, go }: { runs: RunInfo[]; params: URLSearchParams; go: (change: Record<string, string | null>) => void }) {
  const { t } = useTranslation('tiers');
  const format = useSettings((s) => s.format);
  const run = runs.find((r) => r.id === params.get('run')) ?? runs[0];
  const [page, setPage] = useState({ offset: 0, limit: 50 });
  const churn = useQuery(() => call('ratings.churn', { runId: run.id, ...page }), [run.id, page.offset, page.limit]);
  const c = churn.data;
  return (
    <>
      <Space className="toolbar" wrap>
        <RunSelect runs={runs} value={run.id} onChange={(id) => { setPage((p) => ({ ...p, offset: 0 })); go({ run: id }); }} label={t('results.run')} />
        {c ? (
          <span data-testid="churn-counts">
            {t('churn.counts', { flagged: format.number(c.counts.flagged), noSale: format.number(c.counts.noSale), drop: format.number(c.counts.revenueDrop), days: c.noSaleDays, percent: c.dropPercent })}
          </span>
        ) : null}
      </Space>
      <Table<ChurnRow>
        size="small"
        rowKey="customerId"
        loading={churn.loading}
        dataSource={c?.rows}
        scroll={{ y: 480 }}
        pagination={{ current: page.offset / page.limit + 1, pageSize: page.limit, total: c?.total ?? 0, onChange: (p, size) => setPage({ offset: (p - 1) * size, limit: size }) }}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('columns.code'), width: 110 },
          { key: 'name', dataIndex: 'name', title: t('columns.name'), ellipsis: true, render: (name: string, r) => <Link to={`/customers/${r.customerId}?run=${run.id}`}>{name}</Link> },
          { key: 'tier', dataIndex: 'tier', title: t('columns.tier'), width: 150, render: (v: string | null) => <CatalogTierTag tiers={run.tiers} tier={v} /> },
          { key: 'last', dataIndex: 'lastOrderDate', title: t('churn.lastOrder'), width: 130, render: (v: string | null) => format.date(v) },
          { key: 'days', dataIndex: 'daysSinceSale', title: t('churn.days'), width: 90, align: 'right', render: (v: number | null) => (v === null ? '—' : format.number(v)) },
          { key: 'revenue', dataIndex: 'revenue', title: t('columns.revenue'), width: 130, align: 'right', render: (v: number) => <span className="num">{format.money(v)}</span> },
          { key: 'change', dataIndex: 'changePercent', title: t('churn.change'), width: 90, align: 'right', render: (v: number | null) => (v === null ? '—' : <span className="num" style={{ color: v < 0 ? '#b91c1c' : undefined }}>{format.number(v, 0)}%</span>) },
          { key: 'flags', dataIndex: 'flags', title: t('churn.flags'), width: 170, render: (flags: ChurnRow['flags']) => flags.map((f) => <Tag key={f} color={f === 'no_sale' ? 'red' : 'orange'}>{t(`churn.flag.${f}`)}</Tag>) },
        ]}
      />
    </>
  );
}
