import { Alert, Card, Empty, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../../shared/ipc/channels/ratings';
import { type BaseIndicatorKey, type CustomerResult, formatReason, INDICATOR_CATALOG, indicatorLabel } from '../../../../../shared/scoring';
import type { Formatters } from '../../../format';
import { useSettings } from '../../../stores/settings';
import { tierName, useLang } from '../../tiers/tier-display';

/** An indicator value in its unit (money indicators arrive in major units). */
export function indicatorValue(key: string, value: number | null, format: Formatters): string {
  if (value === null) return '—';
  const unit = INDICATOR_CATALOG[key as BaseIndicatorKey]?.unit;
  if (unit === 'money') return format.money(Math.round(value * 100));
  if (unit === 'percent') return `${format.number(value, 1)}%`;
  return format.number(value, Number.isInteger(value) ? 0 : 2);
}

/** Each indicator's value, points and weighted contribution as bars, then the rules that fixed the tier. */
export function ScoreExplanation({ run, result }: { run: RunInfo | null; result: CustomerResult | null }) {
  const { t } = useTranslation('profile');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  if (!run || !result) {
    return (
      <Card title={t('explanation.title')} size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('explanation.none')} />
      </Card>
    );
  }
  const maxWeight = Math.max(...result.indicators.map((i) => i.effectiveWeight), 1);
  const label = (id: string, l: 'zh' | 'en') => tierName(run.tiers, id, l);
  return (
    <Card title={t('explanation.title')} size="small" extra={t('explanation.total', { score: format.number(result.totalScore, 2) })} data-testid="score-explanation">
      <table className="explanation-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ color: '#8c8c8c', fontSize: 12, textAlign: 'left' }}>
            <th>{t('explanation.indicator')}</th>
            <th style={{ textAlign: 'right' }}>{t('explanation.value')}</th>
            <th style={{ textAlign: 'right' }}>{t('explanation.points')}</th>
            <th style={{ textAlign: 'right' }}>{t('explanation.weight')}</th>
            <th style={{ width: '34%', paddingLeft: 12 }}>{t('explanation.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {result.indicators.map((ind) => (
            <tr key={ind.key} data-testid={`indicator-${ind.key}`}>
              <td style={{ padding: '6px 0' }}>{indicatorLabel(ind.key, lang)}</td>
              <td className="num" style={{ textAlign: 'right' }}>{indicatorValue(ind.key, ind.value, format)}</td>
              <td className="num" style={{ textAlign: 'right' }}>{ind.points === null ? t('explanation.missing') : format.number(ind.points, 1)}</td>
              <td className="num" style={{ textAlign: 'right' }}>{format.number(ind.effectiveWeight, ind.effectiveWeight % 1 ? 1 : 0)}%</td>
              <td style={{ paddingLeft: 12 }}>
                <Tooltip title={t('explanation.barTip', { contribution: format.number(ind.contribution, 2), weight: format.number(ind.effectiveWeight, 1) })}>
                  <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <div className="score-bar-track" style={{ position: 'relative', height: 10 }}>
                      <div style={{ position: 'absolute', inset: 0, width: `${(ind.effectiveWeight / maxWeight) * 100}%`, background: '#e6effd', borderRadius: 5 }} />
                      <div className="score-bar" style={{ position: 'absolute', width: `${(ind.contribution / maxWeight) * 100}%` }} />
                    </div>
                    <span className="num" style={{ minWidth: 44, textAlign: 'right' }}>{format.number(ind.contribution, 1)}</span>
                  </div>
                </Tooltip>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ marginTop: 12 }} data-testid="tier-reasons">
        <b>{t('explanation.why')}</b>
        {result.reasons.map((reason, i) => (
          <Alert key={i} style={{ marginTop: 6 }} type={reason.code === 'incomplete' ? 'warning' : reason.code.startsWith('override') ? 'info' : 'success'} showIcon message={formatReason(reason, lang, label)} />
        ))}
      </div>
    </Card>
  );
}
