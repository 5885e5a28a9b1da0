import { Alert, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { call } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { RunSelect } from './RunSelect';
import { DIFF_LIMIT, tierName, useLang } from './tier-display';
import { TransitionCustomers } from './TransitionCustomers';


interface Props {
  runs: RunInfo[];
  params: URLSearchParams;
  go: (change: Record<string, string | null>) => void;
}

/** From-tier × to-tier counts between any two runs; upgrades green, downgrades red; a cell lists its customers. */
export function TransitionMatrix({ runs, params, go }: Props) {
  const { t } = useTranslation('tiers');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const repeated = runs.find((r) => runs.some((x) => x.id !== r.id && x.modelId === r.modelId));
  const to = runs.find((r) => r.id === params.get('to')) ?? repeated ?? runs[0];
  const from = runs.find((r) => r.id === params.get('from')) ?? runs.find((r) => r.id !== to.id && r.modelId === to.modelId) ?? runs.find((r) => r.id !== to.id);
  const diff = useQuery(
    () => (from ? call('ratings.diff', { fromRunId: from.id, toRunId: to.id, limit: DIFF_LIMIT }) : Promise.resolve(null)),
    [from?.id, to.id],
  );
  const cellFrom = params.get('cf');
  const cellTo = params.get('ct');
  const d = diff.data;
  const tiers = d ? [...d.to.tiers, ...d.from.tiers] : [];
  const rows: (string | null)[] = d ? [...d.tierOrder, null] : [];
  const count = (a: string | null, b: string | null) => d?.transitions.find((x) => x.from === a && x.to === b)?.count ?? 0;
  const rank = (id: string | null) => (id === null ? Infinity : (d?.tierOrder.indexOf(id) ?? 0));
  const cellClass = (a: string | null, b: string | null) => {
    if (a === null || b === null) return '';
    if (a === b) return 'tm-same';
    return rank(b) < rank(a) ? 'tm-up' : 'tm-down';
  };
  const selected = (a: string | null, b: string | null) => cellFrom !== null && (cellFrom || null) === a && (cellTo || null) === b;
  const used = (id: string | null, side: 'from' | 'to') => d?.transitions.some((x) => x[side] === id && x.count > 0) ?? false;
  const fromRows = rows.filter((id) => used(id, 'from'));
  const toCols = rows.filter((id) => used(id, 'to'));

  return (
    <>
      <Space className="toolbar" wrap>
        <RunSelect runs={runs} value={from?.id} onChange={(id) => go({ from: id, cf: null, ct: null })} label={t('transitions.from')} testId="transition-from" />
        <span>→</span>
        <RunSelect runs={runs} value={to.id} onChange={(id) => go({ to: id, cf: null, ct: null })} label={t('transitions.to')} testId="transition-to" />
      </Space>
      {!from ? <Alert type="info" showIcon message={t('transitions.needTwo')} /> : null}
      {diff.error ? <Alert type="error" showIcon message={diff.error} /> : null}
      {d ? (
        <>
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title={t('transitions.upgrades')} value={format.number(d.counts.upgrades)} valueStyle={{ color: '#15803d' }} />
            <Statistic title={t('transitions.downgrades')} value={format.number(d.counts.downgrades)} valueStyle={{ color: '#b91c1c' }} />
            <Statistic title={t('transitions.unchanged')} value={format.number(d.counts.unchanged)} />
            <Statistic title={t('transitions.new')} value={format.number(d.counts.new)} />
            <Statistic title={t('transitions.lost')} value={format.number(d.counts.lost)} />
          </Space>
          <table className="transition-matrix" data-testid="transition-matrix" style={{ borderCollapse: 'collapse', minWidth: 480 }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left', padding: 8 }}>{t('transitions.fromTo')}</th>
                {toCols.map((b) => (
                  <th key={b ?? 'none'} style={{ padding: 8 }}>{b === null ? t('transitions.notRated') : tierName(tiers, b, lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fromRows.map((a) => (
                <tr key={a ?? 'none'}>
                  <th style={{ textAlign: 'left', padding: 8 }}>{a === null ? t('transitions.notRated') : tierName(tiers, a, lang)}</th>
                  {toCols.map((b) => {
                    const n = count(a, b);
                    return (
                      <td
                        key={b ?? 'none'}
                        className={`tm-cell ${cellClass(a, b)} ${selected(a, b) ? 'tm-selected' : ''}`}
                        style={{ padding: 8, border: '1px solid #f0f0f0', minWidth: 72 }}
                        data-testid={`tm-cell-${a ?? 'none'}-${b ?? 'none'}`}
                        tabIndex={n > 0 ? 0 : -1}
                        onClick={() => n > 0 && go({ cf: a ?? '', ct: b ?? '' })}
                        onKeyDown={(e) => e.key === 'Enter' && n > 0 && go({ cf: a ?? '', ct: b ?? '' })}
                      >
                        {n > 0 ? format.number(n) : <span style={{ color: '#d9d9d9' }}>0</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {cellFrom !== null ? <TransitionCustomers diff={d} from={cellFrom || null} to={cellTo || null} onClose={() => go({ cf: null, ct: null })} onShowTier={(tier) => go({ tab: 'results', run: d.to.id, tier })} /> : null}
        </>
      ) : (
        <div style={{ minHeight: 240 }} />
      )}
    </>
  );
}

