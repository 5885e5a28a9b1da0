import { Card, DatePicker, Empty, Progress, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/rep';
import type { ComplianceRow } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';

/** Planned against done and the on-time share, by tier (with bars) and by rep, for a period. */
export function ComplianceTab({ reps, version }: { reps: Rep[]; version: number }) {
  const { t } = useTranslation('visits');
  const format = useSettings((s) => s.format);
  const [repId, setRepId] = useState<string | undefined>();
  const [range, setRange] = useState<[string, string] | null>(null);
  const report = useQuery(() => call('visits.compliance', { repId, from: range?.[0], to: range?.[1] }), [repId, range, version]);
  const data = report.data;
  const share = (v: number | null) => (v === null ? '—' : format.percent(v, 0));
  const bar = (v: number | null, colour: string) => <Progress percent={v === null ? 0 : Math.round(v * 100)} size="small" strokeColor={colour} format={() => share(v)} />;
  const columns = (first: 'tier' | 'rep') => [
    first === 'tier'
      ? { key: 'key', title: t('fields.tier'), width: 90, render: (_: unknown, r: ComplianceRow) => (r.key ? <TierTag tier={r.key} /> : t('compliance.noTier')) }
      : { key: 'label', dataIndex: 'label', title: t('fields.rep'), width: 140 },
    { key: 'planned', dataIndex: 'planned', title: t('fields.planned'), width: 90, align: 'right' as const, render: (n: number) => format.number(n) },
    { key: 'due', dataIndex: 'due', title: t('fields.due'), width: 90, align: 'right' as const, render: (n: number) => format.number(n) },
    { key: 'done', dataIndex: 'done', title: t('fields.done'), width: 90, align: 'right' as const, render: (n: number) => format.number(n) },
    { key: 'onTime', dataIndex: 'onTime', title: t('fields.onTime'), width: 90, align: 'right' as const, render: (n: number) => format.number(n) },
    { key: 'doneShare', title: t('fields.doneShare'), render: (_: unknown, r: ComplianceRow) => bar(r.doneShare, '#1f6feb') },
    { key: 'onTimeShare', title: t('fields.onTimeShare'), render: (_: unknown, r: ComplianceRow) => bar(r.onTimeShare, '#52c41a') },
  ];
  return (
    <>
      <div className="toolbar">
        <Select allowClear style={{ width: 180 }} aria-label={t('fields.rep')} placeholder={t('fields.allReps')} value={repId} onChange={setRepId} options={reps.map((r) => ({ value: r.id, label: r.name }))} />
        <DatePicker.RangePicker
          aria-label={t('fields.period')}
          value={data ? [dayjs(data.from), dayjs(data.to)] : null}
          onChange={(v) => setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
        />
        <span style={{ color: '#595959' }}>{t('compliance.hint')}</span>
      </div>
      {data && data.total.planned === 0 ? (
        <Empty description={t('compliance.empty')} />
      ) : (
        <>
          <Card size="small" title={t('compliance.byTier')} style={{ marginBottom: 16 }} data-testid="compliance-by-tier">
            <Table<ComplianceRow>
              rowKey="key"
              size="small"
              loading={report.loading}
              pagination={false}
              dataSource={data ? [...data.byTier, { ...data.total, label: t('fields.total') }] : []}
              columns={columns('tier').map((c, i) => (i === 0 ? { ...c, render: (_: unknown, r: ComplianceRow) => (r.key === 'total' ? <strong>{t('fields.total')}</strong> : r.key ? <TierTag tier={r.key} /> : t('compliance.noTier')) } : c))}
            />
          </Card>
          <Card size="small" title={t('compliance.byRep')}>
            <Table<ComplianceRow> rowKey="key" size="small" loading={report.loading} pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={data?.byRep ?? []} columns={columns('rep')} />
          </Card>
        </>
      )}
    </>
  );
}
