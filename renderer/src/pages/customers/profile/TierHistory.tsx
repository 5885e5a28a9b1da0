import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierHistoryEntry } from '../../../../../shared/ipc/channels/ratings';
import { EChart } from '../../../charts/EChart';
import { modelDisplayName } from '../../../../../shared/scoring';
import { useSettings } from '../../../stores/settings';
import { useLang } from '../../tiers/tier-display';

/** Score over the runs (oldest first) as a small line per model, and every run with its tier in a table. */
export function TierHistory({ history, onRun }: { history: TierHistoryEntry[]; onRun: (runId: string) => void }) {
  const { t } = useTranslation('profile');
  const format = useSettings((s) => s.format);
  const lang = useLang();
  const option = useMemo(() => {
    const models = [...new Set(history.map((h) => h.modelName))];
    const dates = [...new Set(history.map((h) => h.asOf))].sort();
    return {
      grid: { left: 36, right: 12, top: 28, bottom: 24 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: dates.map((d) => format.date(d)) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: models.map((name) => ({
        type: 'line',
        name: modelDisplayName(name, lang),
        connectNulls: true,
        data: dates.map((d) => {
          const h = history.find((x) => x.modelName === name && x.asOf === d);
          return h ? { value: h.totalScore, label: { show: true, formatter: h.finalTier, position: 'top' } } : null;
        }),
      })),
    };
  }, [history, format, lang]);
  return (
    <Card title={t('history.title')} size="small" data-testid="tier-history">
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.none')} />
      ) : (
        <>
          <EChart option={option} height={160} ariaLabel={t('history.title')} />
          <Table<TierHistoryEntry>
            size="small"
            rowKey="runId"
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            dataSource={history}
            onRow={(h) => ({ onClick: () => onRun(h.runId), style: { cursor: 'pointer' } })}
            columns={[
              { key: 'asOf', dataIndex: 'asOf', title: t('history.asOf'), render: (d: string) => format.date(d) },
              { key: 'model', title: t('history.model'), render: (_: unknown, h) => `${modelDisplayName(h.modelName, lang)} v${h.version}` },
              { key: 'tier', dataIndex: 'finalTier', title: t('history.tier'), render: (v: string, h) => (v === h.computedTier ? v : `${v} (${h.computedTier})`) },
              { key: 'score', dataIndex: 'totalScore', title: t('history.score'), align: 'right', render: (v: number) => format.number(v, 1) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
