import { Alert, Card, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictEntry } from '../../../../shared/ipc/channels/sync';
import { call } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { tableLabel } from './ImportPackCard';

const PAGE_SIZE = 20;

/** Every conflict sync resolved, newest first: which value was kept and which was overwritten. */
export function ConflictLog({ version }: { version: number }) {
  const { t } = useTranslation('sync');
  const format = useSettings((s) => s.format);
  const [page, setPage] = useState(1);
  const conflicts = useQuery(() => call('sync.conflicts', { page, pageSize: PAGE_SIZE }), [page, version]);
  const show = (value: unknown) => (value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  return (
    <Card title={t('conflicts.title')} style={{ marginTop: 16 }}>
      {conflicts.error ? <Alert type="error" showIcon title={conflicts.error} style={{ marginBottom: 12 }} /> : null}
      <Table<SyncConflictEntry>
        rowKey="id"
        size="small"
        loading={conflicts.loading}
        dataSource={conflicts.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('conflicts.empty')} /> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: conflicts.data?.total ?? 0, hideOnSinglePage: true, onChange: setPage }}
        columns={[
          { key: 'when', dataIndex: 'resolvedAt', title: t('conflicts.when'), render: (iso: string) => format.dateTime(iso), width: 170 },
          {
            key: 'record',
            title: t('conflicts.record'),
            render: (_: unknown, c) => (
              <span>
                {tableLabel(t, c.table)} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.rowId.slice(0, 8)}</Typography.Text>
              </span>
            ),
          },
          { key: 'field', dataIndex: 'column', title: t('conflicts.field'), render: (column: string) => <Typography.Text code>{column}</Typography.Text> },
          { key: 'kept', dataIndex: 'keptValue', title: t('conflicts.kept'), render: (v: unknown) => <Typography.Text strong>{show(v)}</Typography.Text> },
          { key: 'lost', dataIndex: 'lostValue', title: t('conflicts.lost'), render: (v: unknown) => <Typography.Text delete>{show(v)}</Typography.Text> },
          { key: 'from', dataIndex: 'packFrom', title: t('conflicts.from'), render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
