import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../../../shared/ipc/channels/visits';
import { call } from '../../../api/client';
import { useQuery } from '../../../components/useQuery';
import { useSettings } from '../../../stores/settings';
import { ReasonTag, StatusTag } from '../../visits/visit-ui';

/** The customer's visits, planned and done, the latest first. */
export function CustomerVisits({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['profile', 'visits']);
  const format = useSettings((s) => s.format);
  const visits = useQuery(() => call('visits.list', { customerId, limit: 500 }), [customerId]);
  const rows = useMemo(() => {
    const key = (v: VisitRow) => v.doneDate ?? v.plannedDate ?? '';
    return [...(visits.data?.rows ?? [])].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  }, [visits.data]);
  return (
    <Table<VisitRow>
      data-testid="customer-visits"
      rowKey="id"
      size="small"
      loading={visits.loading}
      dataSource={rows}
      locale={{ emptyText: visits.loading ? ' ' : t('visits.none') }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { key: 'planned', title: t('visits.planned'), width: 120, render: (_: unknown, v) => format.date(v.plannedDate) },
        { key: 'done', title: t('visits.done'), width: 120, render: (_: unknown, v) => format.date(v.doneDate) },
        { key: 'status', title: t('visits.status'), width: 150, render: (_: unknown, v) => <><StatusTag status={v.status} /><ReasonTag reason={v.reason} /></> },
        { key: 'rep', title: t('visits.rep'), render: (_: unknown, v) => v.repName ?? '—' },
        { key: 'outcome', title: t('visits.outcome'), render: (_: unknown, v) => (v.outcome ? t(`visits:outcome.${v.outcome}`) : '—') },
        { key: 'note', title: t('visits.note'), ellipsis: true, render: (_: unknown, v) => v.note ?? '—' },
        { key: 'next', title: t('visits.nextAction'), ellipsis: true, render: (_: unknown, v) => v.nextAction ?? '—' },
      ]}
    />
  );
}
