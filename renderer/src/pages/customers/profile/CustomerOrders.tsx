import { Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOrderRow } from '../../../../../shared/ipc/channels/customer-history';
import { call } from '../../../api/client';
import { useQuery } from '../../../components/useQuery';
import { useSettings } from '../../../stores/settings';

const PAGE_SIZE = 20;

/** The customer's orders, newest first, a page at a time; returns shown negative and tagged. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const { t } = useTranslation('profile');
  const format = useSettings((s) => s.format);
  const [page, setPage] = useState(1);
  const orders = useQuery(() => call('customers.orders', { customerId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), [customerId, page]);
  const signed = (o: CustomerOrderRow, value: number) => (o.kind === 'return' ? -Math.abs(value) : value);
  return (
    <Table<CustomerOrderRow>
      data-testid="customer-orders"
      rowKey="id"
      size="small"
      loading={orders.loading}
      dataSource={orders.data?.rows ?? []}
      locale={{ emptyText: orders.loading ? ' ' : t('orders.none') }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: orders.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (count) => t('orders.total', { count }),
        onChange: setPage,
      }}
      columns={[
        { key: 'date', title: t('orders.date'), width: 120, render: (_: unknown, o) => format.date(o.date) },
        { key: 'no', title: t('orders.no'), dataIndex: 'externalNo' },
        {
          key: 'kind',
          title: t('orders.kind'),
          width: 80,
          render: (_: unknown, o) => (o.kind === 'return' ? <Tag color="red">{t('orders.return')}</Tag> : <Tag>{t('orders.sale')}</Tag>),
        },
        {
          key: 'amount',
          title: t('orders.amount'),
          align: 'right',
          render: (_: unknown, o) => <span style={o.kind === 'return' ? { color: '#cf1322' } : undefined}>{format.money(signed(o, o.amount))}</span>,
        },
        { key: 'cost', title: t('orders.cost'), align: 'right', render: (_: unknown, o) => (o.cost == null ? '—' : format.money(signed(o, o.cost))) },
        { key: 'quantity', title: t('orders.quantity'), align: 'right', render: (_: unknown, o) => (o.quantity == null ? '—' : format.number(o.quantity, Number.isInteger(o.quantity) ? 0 : 2)) },
        { key: 'category', title: t('orders.category'), render: (_: unknown, o) => o.category ?? '—' },
        { key: 'lines', title: t('orders.lines'), align: 'right', width: 70, render: (_: unknown, o) => format.number(o.lineCount) },
        { key: 'source', title: t('orders.source'), width: 90, dataIndex: 'source' },
      ]}
    />
  );
}
