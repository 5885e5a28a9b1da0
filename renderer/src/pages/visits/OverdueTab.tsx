import { Empty, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Rep } from '../../../../shared/domain/rep';
import type { OverdueRow } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';

/** Customers past their tier's visit interval: the best tiers and the longest overdue first. */
export function OverdueTab({ reps, version }: { reps: Rep[]; version: number }) {
  const { t } = useTranslation('visits');
  const format = useSettings((s) => s.format);
  const [repId, setRepId] = useState<string | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const list = useQuery(() => call('visits.overdue', { repId, limit: page.pageSize, offset: (page.current - 1) * page.pageSize }), [repId, page, version]);
  return (
    <>
      <div className="toolbar">
        <Select allowClear style={{ width: 180 }} aria-label={t('fields.rep')} placeholder={t('fields.allReps')} value={repId} onChange={(v) => (setRepId(v), setPage((p) => ({ ...p, current: 1 })))} options={reps.map((r) => ({ value: r.id, label: r.name }))} />
        <span style={{ color: '#595959' }}>{t('overdue.hint', { date: format.date(list.data?.asOf) })}</span>
        <span style={{ flex: 1 }} />
        <strong data-testid="overdue-count">{t('overdue.count', { n: format.number(list.data?.total ?? 0) })}</strong>
      </div>
      <Table<OverdueRow>
        rowKey="customerId"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: <Empty description={t('overdue.empty')} /> }}
        pagination={{ ...page, total: list.data?.total ?? 0, showSizeChanger: true }}
        onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('fields.code'), width: 110 },
          { key: 'name', dataIndex: 'name', title: t('fields.customer'), ellipsis: true, render: (name: string, r) => <Link to={`/customers/${r.customerId}`}>{name}</Link> },
          { key: 'city', dataIndex: 'city', title: t('fields.city'), width: 90, render: (v: string | null) => v ?? '—' },
          { key: 'tier', dataIndex: 'tier', title: t('fields.tier'), width: 70, render: (tier: string) => <TierTag tier={tier} /> },
          { key: 'rep', dataIndex: 'repName', title: t('fields.rep'), width: 100, render: (v: string | null) => v ?? '—' },
          { key: 'last', dataIndex: 'lastVisitDate', title: t('fields.lastVisit'), width: 120, render: (d: string | null) => (d ? format.date(d) : t('overdue.never')) },
          { key: 'due', dataIndex: 'dueDate', title: t('fields.dueDate'), width: 120, render: (d: string | null) => format.date(d) },
          { key: 'days', dataIndex: 'daysOverdue', title: t('fields.daysOverdue'), width: 100, align: 'right', render: (n: number | null) => <span className="num">{n === null ? '—' : format.number(n)}</span> },
          { key: 'next', dataIndex: 'nextPlannedDate', title: t('fields.nextPlanned'), width: 120, render: (d: string | null) => format.date(d) },
        ]}
      />
    </>
  );
}
