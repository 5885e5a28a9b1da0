import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Dropdown, Empty, Input, Select, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CUSTOMER_STATUSES, type Customer, type CustomerListQuery } from '../../../../shared/domain/customer';
import { call, openExportedFile } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';
import { useCustomerList } from '../../stores/customer-list';
import { useReps } from '../../stores/reps';
import { useSettings } from '../../stores/settings';
import { CustomerFormModal } from './CustomerFormModal';

type SortKey = NonNullable<CustomerListQuery['sortBy']>;

/** The customer list: server-side paging, search, filters and sorting, smooth on a 100,000-customer book. */
export function CustomersPage() {
  const { t } = useTranslation(['customers', 'common']);
  const navigate = useNavigate();
  const format = useSettings((s) => s.format);
  const { query, update, reset } = useCustomerList();
  const { reps, load: loadReps } = useReps();
  const [search, setSearch] = useState(query.search ?? '');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadReps();
  }, [loadReps]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((query.search ?? '') !== search) update({ search: search || undefined });
    }, 250);
    return () => clearTimeout(timer);
  }, [search, query.search, update]);

  const page = useQuery(() => call('customers.list', query), [query]);
  const [exporting, setExporting] = useState(false);
  const language = useSettings((s) => s.language);
  const { message } = App.useApp();
  /** exports every customer matching the current filters and sort (not only this page) */
  const exportList = async (format: 'xlsx' | 'csv') => {
    setExporting(true);
    try {
      const { offset: _offset, limit: _limit, ...filter } = query;
      const result = await call('export.customers', { filter, format, language });
      message.success(t('exported', { n: result.rows }));
      await openExportedFile(result.file, result.exportsDir);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };
  const facets = useQuery(() => call('customers.facets', {}), []);

  const sortOrder = (key: SortKey) => (query.sortBy === key ? (query.sortDir === 'asc' ? 'ascend' : 'descend') : null);
  const columns: ColumnsType<Customer> = useMemo(
    () => [
      { key: 'code', dataIndex: 'code', title: t('columns.code'), width: 120, sorter: true, sortOrder: sortOrder('code') },
      {
        key: 'name',
        dataIndex: 'name',
        title: t('columns.name'),
        sorter: true,
        sortOrder: sortOrder('name'),
        ellipsis: true,
        render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link>,
      },
      { key: 'tier', dataIndex: 'tier', title: t('columns.tier'), width: 90, sorter: true, sortOrder: sortOrder('tier'), render: (tier: string | null) => <TierTag tier={tier} /> },
      {
        key: 'score',
        dataIndex: 'score',
        title: t('columns.score'),
        width: 90,
        align: 'right',
        sorter: true,
        sortOrder: sortOrder('score'),
        render: (score: number | null) => <span className="num">{score == null ? '—' : format.number(score, 1)}</span>,
      },
      { key: 'region', dataIndex: 'region', title: t('columns.region'), width: 100, sorter: true, sortOrder: sortOrder('region'), render: (v: string | null) => v ?? '—' },
      { key: 'city', dataIndex: 'city', title: t('columns.city'), width: 100, sorter: true, sortOrder: sortOrder('city'), render: (v: string | null) => v ?? '—' },
      { key: 'ownerRepName', dataIndex: 'ownerRepName', title: t('columns.owner'), width: 110, sorter: true, sortOrder: sortOrder('ownerRepName'), render: (v: string | null) => v ?? '—' },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('columns.status'),
        width: 96,
        sorter: true,
        sortOrder: sortOrder('status'),
        render: (status: Customer['status']) => <Tag color={status === 'active' ? 'green' : status === 'archived' ? 'default' : status === 'churned' ? 'red' : 'orange'}>{t(`common:status.${status}`)}</Tag>,
      },
      {
        key: 'contact',
        title: t('columns.contact'),
        width: 170,
        ellipsis: true,
        render: (_: unknown, c) => (c.contactName || c.contactPhone ? <Tooltip title={c.contactPhone}>{[c.contactName, c.contactPhone].filter(Boolean).join(' · ')}</Tooltip> : '—'),
      },
      {
        key: 'cooperationStart',
        dataIndex: 'cooperationStart',
        title: t('columns.cooperationStart'),
        width: 130,
        sorter: true,
        sortOrder: sortOrder('cooperationStart'),
        render: (d: string | null) => format.date(d),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, format, query.sortBy, query.sortDir, navigate],
  );

  const hasFilters = Boolean(query.search || query.tiers?.length || query.statuses?.length || query.ownerRepIds?.length || query.regions?.length || query.tag || query.includeArchived);
  const onTableChange = (pagination: { current?: number; pageSize?: number }, _f: unknown, sorter: SorterResult<Customer> | SorterResult<Customer>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sortBy = (s?.order ? (s.columnKey as SortKey) : 'code') ?? 'code';
    const sortDir = s?.order === 'descend' ? 'desc' : 'asc';
    const limit = pagination.pageSize ?? query.limit;
    const offset = ((pagination.current ?? 1) - 1) * limit;
    if (sortBy !== query.sortBy || sortDir !== query.sortDir) update({ sortBy, sortDir });
    else update({ offset, limit });
  };

  return (
    <div className="page">
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Dropdown
              menu={{
                items: [
                  { key: 'xlsx', label: t('exportXlsx') },
                  { key: 'csv', label: t('exportCsv') },
                ],
                onClick: ({ key }) => void exportList(key as 'xlsx' | 'csv'),
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exporting}>
                {t('export')}
              </Button>
            </Dropdown>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('common:actions.create')}
            </Button>
          </>
        }
      />
      <div className="toolbar" role="search">
        <Input.Search allowClear style={{ width: 320 }} placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t('common:actions.search')} />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 130 }}
          placeholder={t('filters.tier')}
          aria-label={t('filters.tier')}
          value={query.tiers ?? []}
          onChange={(tiers) => update({ tiers })}
          options={[...(facets.data?.tiers ?? []).map((tier) => ({ value: tier, label: tier })), { value: 'none', label: t('common:messages.noTier') }]}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 130 }}
          placeholder={t('filters.status')}
          aria-label={t('filters.status')}
          value={query.statuses ?? []}
          onChange={(statuses) => update({ statuses })}
          options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 140 }}
          placeholder={t('filters.owner')}
          aria-label={t('filters.owner')}
          value={query.ownerRepIds ?? []}
          onChange={(ownerRepIds) => update({ ownerRepIds })}
          options={[...reps.map((r) => ({ value: r.id, label: r.name })), { value: 'none', label: t('filters.noOwner') }]}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 130 }}
          placeholder={t('filters.region')}
          aria-label={t('filters.region')}
          value={query.regions ?? []}
          onChange={(regions) => update({ regions })}
          options={(facets.data?.regions ?? []).map((r) => ({ value: r, label: r }))}
          maxTagCount="responsive"
        />
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('filters.tag')}
          aria-label={t('filters.tag')}
          value={query.tag}
          onChange={(tag) => update({ tag })}
          options={(facets.data?.tags ?? []).map((tag) => ({ value: tag, label: tag }))}
        />
        <Checkbox checked={query.includeArchived} onChange={(e) => update({ includeArchived: e.target.checked })}>
          {t('filters.includeArchived')}
        </Checkbox>
        {hasFilters ? (
          <Button
            type="link"
            onClick={() => {
              setSearch('');
              reset();
            }}
          >
            {t('common:actions.reset')}
          </Button>
        ) : null}
        <span style={{ marginLeft: 'auto', color: '#595959' }} data-testid="customer-count">
          {t('count', { n: format.number(page.data?.total ?? 0) })}
        </span>
      </div>
      {page.error ? <Alert type="error" showIcon message={t('common:messages.loadFailed')} description={page.error} style={{ marginBottom: 12 }} /> : null}
      <Table<Customer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page.data?.rows ?? []}
        loading={page.loading}
        onChange={onTableChange}
        scroll={{ x: 1200, y: 'calc(100vh - 290px)' }}
        onRow={(c) => ({ onDoubleClick: () => navigate(`/customers/${c.id}`) })}
        pagination={{
          current: Math.floor(query.offset / query.limit) + 1,
          pageSize: query.limit,
          total: page.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showQuickJumper: true,
        }}
        locale={{
          emptyText: page.loading ? ' ' : hasFilters ? <Empty description={t('empty.noMatch')} /> : <Empty description={<><b>{t('empty.title')}</b><br />{t('empty.hint')}</>} />,
        }}
      />
      <CustomerFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(customer) => {
          setCreating(false);
          void page.reload();
          void facets.reload();
          navigate(`/customers/${customer.id}`);
        }}
      />
    </div>
  );
}
