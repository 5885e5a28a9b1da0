import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParetoFigures } from '../../../../shared/scoring';
import { EChart } from '../../charts/EChart';
import { useSettings } from '../../stores/settings';

/** Cumulative revenue share against customer share, best customers first; the 80 % point marked. */
export function ParetoChart({ pareto, onOpen }: { pareto: ParetoFigures; onOpen: () => void }) {
  const { t } = useTranslation('dashboard');
  const format = useSettings((s) => s.format);
  const option = useMemo(() => {
    const pct = (v: number) => format.percent(v, 0);
    return {
      grid: { left: 48, right: 24, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: { data: [number, number] }[]) =>
          t('charts.paretoTip', { customers: format.percent(items[0].data[0]), revenue: format.percent(items[0].data[1]) }),
      },
      xAxis: { type: 'value', min: 0, max: 1, name: t('charts.customerShare'), nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: pct } },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: pct } },
      series: [
        {
          type: 'line',
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          data: pareto.curve.map((p) => [p.customerShare, p.revenueShare]),
          markPoint: {
            symbolSize: 44,
            data: [{ coord: [pareto.customersFor80Share, 0.8], value: format.percent(pareto.customersFor80Share, 0) }],
          },
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#8c8c8c' },
            label: { formatter: '80%' },
            data: [{ yAxis: 0.8 }],
          },
        },
      ],
    };
  }, [pareto, format, t]);
  return <EChart option={option} height={260} testId="chart-pareto" ariaLabel={t('charts.pareto')} onClick={onOpen} />;
}
