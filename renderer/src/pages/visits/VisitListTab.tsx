import { Button, DatePicker, Empty, Input, Popconfirm, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/rep';
import type { VisitRow } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { VisitDoneModal } from './VisitDoneModal';
import { ReasonTag, StatusTag } from './visit-ui';

type Status = 'all' | 'planned' | 'done' | 'overdue';

/** Every visit of a period as a table: filters by rep, status and text; mark done or cancel from a row. */
export function VisitListTab({ reps, version, onChanged }: { reps: Rep[]; version: number; onChanged(): void }) {
  const { t } = useTranslation(['visits', 'common']);
  const format = useSettings((s) => s.format);
  const [repId, setRepId] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>('all');
  const [range, setRange] = useState<[string, string] | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [doneVisit, setDoneVisit] = useState<VisitRow | null>(null);
  const list = useQuery(
    () =>
      call('visits.list', {
        repId, status, from: range?.[0], to: range?.[1], search: search || undefined,
        limit: page.pageSize, offset: (page.current - 1) * page.pageSize,
      }),
    [repId, status, range, search, page, version],
  );
  const refresh = () => {
    void list.reload();
    onChanged();
  };
  return (
    <>
      <div className="toolbar">
        <Input.Search allowClear style={{ width: 260 }} placeholder={t('fields.search')} onSearch={(v) => (setSearch(v), setPage((p) => ({ ...p, current: 1 })))} />
        <Select allowClear style={{ width: 160 }} aria-label={t('fields.rep')} placeholder={t('fields.allReps')} value={repId} onChange={(v) => (setRepId(v), setPage((p) => ({ ...p, current: 1 })))} options={reps.map((r) => ({ value: r.id, label: r.name }))} />
        <Select<Status> style={{ width: 130 }} aria-label={t('fields.status')} value={status} onChange={(v) => (setStatus(v), setPage((p) => ({ ...p, current: 1 })))} options={(['all', 'planned', 'overdue', 'done'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <DatePicker.RangePicker
          aria-label={t('fields.period')}
          value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
          onChange={(v) => (setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null), setPage((p) => ({ ...p, current: 1 })))}
        />
      </div>
      <Table<VisitRow>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: <Empty description={t('empty.noPlan')} /> }}
        pagination={{ ...page, total: list.data?.total ?? 0, showSizeChanger: true }}
        onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        columns={[
          { key: 'date', title: t('fields.plannedDate'), width: 120, render: (_: unknown, v) => format.date(v.plannedDate) },
          { key: 'rep', dataIndex: 'repName', title: t('fields.rep'), width: 100, render: (v: string | null) => v ?? '—' },
          { key: 'code', dataIndex: 'code', title: t('fields.code'), width: 100 },
          { key: 'name', dataIndex: 'name', title: t('fields.customer'), ellipsis: true },
          { key: 'city', dataIndex: 'city', title: t('fields.city'), width: 90, render: (v: string | null) => v ?? '—' },
          { key: 'tier', dataIndex: 'tier', title: t('fields.tier'), width: 70, render: (tier: string | null) => <TierTag tier={tier} /> },
          { key: 'reason', dataIndex: 'reason', title: t('fields.reason'), width: 100, render: (r: VisitRow['reason']) => <ReasonTag reason={r} /> },
          { key: 'status', dataIndex: 'status', title: t('fields.status'), width: 90, render: (s: VisitRow['status']) => <StatusTag status={s} /> },
          { key: 'done', title: t('fields.doneDate'), width: 120, render: (_: unknown, v) => (v.doneDate ? format.date(v.doneDate) : '—') },
          { key: 'outcome', title: t('fields.outcome'), width: 90, render: (_: unknown, v) => (v.outcome ? t(`outcome.${v.outcome}`) : '—') },
          { key: 'note', dataIndex: 'note', title: t('fields.note'), ellipsis: true, render: (v: string | null) => v ?? '' },
          {
            key: 'actions',
            width: 150,
            render: (_: unknown, v) =>
              v.doneDate ? null : (
                <span style={{ display: 'flex', gap: 4 }}>
                  <Button size="small" onClick={() => setDoneVisit(v)}>{t('actions.markDone')}</Button>
                  <Popconfirm title={t('confirmCancel')} onConfirm={() => void call('visits.cancel', { id: v.id }).then(refresh)}>
                    <Button size="small" danger type="text">{t('actions.cancelVisit')}</Button>
                  </Popconfirm>
                </span>
              ),
          },
        ]}
      />
      <VisitDoneModal visit={doneVisit} onClose={() => setDoneVisit(null)} onSaved={() => (setDoneVisit(null), refresh())} />
    </>
  );
}
