import { Input, Select, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RunInfo, RunResultRow } from '../../../../shared/ipc/channels/ratings';
import { call } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { RunSelect } from './RunSelect';
import { CatalogTierTag, useLang } from './tier-display';

type SortKey = 'score' | 'code' | 'name' | 'revenue' | 'tier';
const SORTS: SortKey[] = ['score', 'code', 'name', 'revenue', 'tier'];

interface Props {
  runs: RunInfo[];
  params: URLSearchParams;
  go: (change: Record<string, string | null>) => void;
}

/** One run's results, paged on the core, filtered by tier and search; a name opens the customer's explanation. */
export function RunResultsTable({ runs, params, go }: Props) {
  const { t } = useTranslation('tiers');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const run = runs.find((r) => r.id === params.get('run')) ?? runs[0];
  const tier = params.get('tier');
  const sortBy = (SORTS as string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as SortKey) : 'score';
  const sortDir = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const [page, setPage] = useState({ offset: 0, limit: 50 });
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  useEffect(() => setPage((p) => ({ ...p, offset: 0 })), [run.id, tier, sortBy, sortDir, query]);
  const results = useQuery(
    () => call('ratings.results', { runId: run.id, tiers: tier ? [tier] : undefined, search: query || undefined, sortBy, sortDir, ...page }),
    [run.id, tier, sortBy, sortDir, query, page.offset, page.limit],
  );
  const order = (key: SortKey) => (sortBy === key ? (sortDir === 'asc' ? 'ascend' : 'descend') : null);
  return (
    <>
      <Space className="toolbar" wrap>
        <RunSelect runs={runs} value={run.id} onChange={(id) => go({ run: id, tier: null })} label={t('results.run')} />
        <Select
          aria-label={t('results.tier')}
          allowClear
          placeholder={t('results.allTiers')}
          style={{ minWidth: 200 }}
          value={tier ?? undefined}
          onChange={(v?: string) => go({ tier: v ?? null })}
          options={run.tiers.map((x) => ({ value: x.id, label: `${x.label[lang]} (${format.number(run.tierCounts[x.id] ?? 0)})` }))}
        />
        <Input.Search allowClear placeholder={t('results.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 240 }} />
        <span data-testid="results-count">{t('results.count', { n: format.number(results.data?.total ?? 0) })}</span>
      </Space>
      <Table<RunResultRow>
        size="small"
        rowKey="customerId"
        loading={results.loading}
        dataSource={results.data?.rows}
        scroll={{ y: 460 }}
        pagination={{ current: page.offset / page.limit + 1, pageSize: page.limit, total: results.data?.total ?? 0, showSizeChanger: true }}
        onChange={(p, _f, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<RunResultRow>;
          const key = s.order ? (s.columnKey as SortKey) : 'score';
          const dir = s.order === 'ascend' ? 'asc' : 'desc';
          if (key !== sortBy || dir !== sortDir) go({ sort: key, dir });
          else setPage({ offset: ((p.current ?? 1) - 1) * (p.pageSize ?? 50), limit: p.pageSize ?? 50 });
        }}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('columns.code'), width: 110, sorter: true, sortOrder: order('code') },
          { key: 'name', dataIndex: 'name', title: t('columns.name'), ellipsis: true, sorter: true, sortOrder: order('name'), render: (name: string, r) => <Link to={`/customers/${r.customerId}?run=${run.id}`}>{name}</Link> },
          { key: 'tier', dataIndex: 'finalTier', title: t('columns.tier'), width: 170, sorter: true, sortOrder: order('tier'), render: (v: string, r) => <><CatalogTierTag tiers={run.tiers} tier={v} />{r.overridden ? <Tag>{t('results.overridden')}</Tag> : null}</> },
          { key: 'score', dataIndex: 'totalScore', title: t('columns.score'), width: 90, align: 'right', sorter: true, sortOrder: order('score'), render: (v: number) => <span className="num">{format.number(v, 1)}</span> },
          { key: 'revenue', dataIndex: 'revenue', title: t('columns.revenue'), width: 140, align: 'right', sorter: true, sortOrder: order('revenue'), render: (v: number) => <span className="num">{format.money(v)}</span> },
          { key: 'region', dataIndex: 'region', title: t('columns.region'), width: 90, render: (v: string | null) => v ?? '—' },
          { key: 'owner', dataIndex: 'ownerRepName', title: t('columns.owner'), width: 100, render: (v: string | null) => v ?? '—' },
          { key: 'incomplete', dataIndex: 'incomplete', title: '', width: 90, render: (v: boolean) => (v ? <Tag color="orange">{t('results.incomplete')}</Tag> : null) },
        ]}
      />
    </>
  );
}
