import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { EChart } from '../../charts/EChart';
import { useQuery } from '../../components/useQuery';
import { runTierTotals } from '../../stores/ratings';
import { useSettings } from '../../stores/settings';
import { useLang } from '../tiers/tier-display';

/** Revenue per tier in each run of one model (oldest first), stacked; a segment leads to those customers. */
export function RevenueByTierChart({ runs, onSegment }: { runs: RunInfo[]; onSegment: (runId: string, tier: string) => void }) {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const key = runs.map((r) => r.id).join(',');
  const totals = useQuery(() => Promise.all(runs.map((run) => runTierTotals(run))), [key]);
  const option = useMemo(() => {
    const tiers = runs[runs.length - 1]?.tiers ?? [];
    const data = totals.data ?? [];
    return {
      grid: { left: 72, right: 16, top: 36, bottom: 32 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => format.money(v) },
      xAxis: { type: 'category', data: runs.map((r) => format.date(r.asOf)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format.money(v).replace(/\.00$/, '') } },
      series: tiers.map((tier) => ({
        type: 'bar',
        stack: 'revenue',
        name: tier.label[lang],
        itemStyle: { color: tier.color },
        data: runs.map((run, i) => ({ value: data[i]?.[tier.id]?.revenue ?? 0, runId: run.id, tierId: tier.id })),
      })),
    };
  }, [runs, totals.data, format, lang]);
  return (
    <EChart
      option={option}
      height={260}
      testId="chart-revenue-by-tier"
      ariaLabel={t('charts.revenueByTier')}
      onClick={(e) => {
        const d = e.data as { runId?: string; tierId?: string } | undefined;
        if (d?.runId && d.tierId) onSegment(d.runId, d.tierId);
      }}
    />
  );
}
