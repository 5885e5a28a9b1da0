import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { EChart } from '../../charts/EChart';
import { useSettings } from '../../stores/settings';
import { useLang } from '../tiers/tier-display';

/** Customers per final tier of a run; a bar leads to those customers. */
export function TierDistributionChart({ run, onTier }: { run: RunInfo; onTier: (tier: string) => void }) {
  const { t } = useTranslation('dashboard');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 16, top: 20, bottom: run.tiers.length > 5 ? 64 : 40 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => format.number(v) },
      xAxis: { type: 'category', data: run.tiers.map((tier) => tier.label[lang]), axisLabel: { interval: 0, overflow: 'truncate', width: run.tiers.length > 5 ? 90 : 80, rotate: run.tiers.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format.number(v) } },
      series: [
        {
          type: 'bar',
          name: t('customers'),
          data: run.tiers.map((tier) => ({ value: run.tierCounts[tier.id] ?? 0, itemStyle: { color: tier.color }, tierId: tier.id })),
          label: { show: true, position: 'top', formatter: (p: { value: number }) => format.number(p.value) },
        },
      ],
    }),
    [run, lang, format, t],
  );
  return (
    <EChart
      option={option}
      height={260}
      testId="chart-distribution"
      ariaLabel={t('charts.distribution')}
      onClick={(e) => {
        const tierId = (e.data as { tierId?: string } | undefined)?.tierId;
        if (tierId) onTier(tierId);
      }}
    />
  );
}
