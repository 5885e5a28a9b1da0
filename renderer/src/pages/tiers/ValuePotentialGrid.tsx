import { Alert, Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { useQuery } from '../../components/useQuery';
import { runTierTotals } from '../../stores/ratings';
import { useSettings } from '../../stores/settings';
import { RunSelect } from './RunSelect';
import { useLang } from './tier-display';

const LEVELS = ['high', 'mid', 'low'] as const;
const CELL_ID = /^(low|mid|high)-value\/(low|mid|high)-potential$/;

/** A run of a value × potential model: every tier id names a (value, potential) cell. */
export function isValuePotentialRun(run: RunInfo): boolean {
  return run.tiers.length > 0 && run.tiers.every((tier) => CELL_ID.test(tier.id));
}

/** The 3 × 3 grid (potential across, value down) with customers and revenue per cell; a cell opens its customers. */
export function ValuePotentialGrid({ runs, onCell, onRan }: { runs: RunInfo[]; onCell: (runId: string, tier: string) => void; onRan: () => Promise<void> }) {
  const { t } = useTranslation('tiers');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const money = (minor: number) => format.money(minor);
  const gridRuns = runs.filter(isValuePotentialRun);
  const [runId, setRunId] = useState<string | undefined>(undefined);
  const run = gridRuns.find((r) => r.id === runId) ?? gridRuns[0];
  const totals = useQuery(() => (run ? runTierTotals(run) : Promise.resolve(null)), [run?.id]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const runModel = async () => {
    setRunning(true);
    setError(null);
    try {
      const model = (await call('models.list', {})).find((m) => m.template === 'value-potential' && m.publishedVersionId);
      if (!model) throw new Error(t('grid.noModel'));
      await call('ratings.run', { modelId: model.id });
      await onRan();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRunning(false);
    }
  };

  if (!run) {
    return (
      <Empty description={<><b>{t('grid.emptyTitle')}</b><br />{t('grid.emptyHint')}</>}>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" loading={running} onClick={() => void runModel()}>{t('grid.runNow')}</Button>
      </Empty>
    );
  }
  const cell = (value: string, potential: string) => {
    const id = `${value}-value/${potential}-potential`;
    const tier = run.tiers.find((x) => x.id === id);
    const n = run.tierCounts[id] ?? 0;
    return (
      <button
        key={id}
        type="button"
        className="vp-cell"
        data-testid={`vp-cell-${value}-${potential}`}
        style={{ borderColor: tier?.color, background: `${tier?.color ?? '#8c8c8c'}1a` }}
        onClick={() => onCell(run.id, id)}
        aria-label={`${tier?.label[lang] ?? id}: ${format.number(n)}`}
      >
        <div className="vp-cell-label">{tier?.label[lang] ?? id}</div>
        <div className="vp-cell-count num">{format.number(n)}</div>
        <div className="vp-cell-sub num">
          {format.percent(run.customers ? n / run.customers : 0)} · {totals.data ? money(totals.data[id]?.revenue ?? 0) : '…'}
        </div>
      </button>
    );
  };
  return (
    <>
      <Space className="toolbar">
        <RunSelect runs={gridRuns} value={run.id} onChange={setRunId} label={t('grid.run')} />
        <Button loading={running} onClick={() => void runModel()}>{t('grid.rerun')}</Button>
      </Space>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <div className="vp-grid" data-testid="vp-grid">
        <div />
        {[...LEVELS].reverse().map((p) => (
          <div key={p} className="vp-axis">{t(`grid.potential.${p}`)}</div>
        ))}
        {LEVELS.map((v) => [
          <div key={v} className="vp-axis vp-axis-row">{t(`grid.value.${v}`)}</div>,
          ...[...LEVELS].reverse().map((p) => cell(v, p)),
        ])}
      </div>
      <p style={{ color: '#8c8c8c', marginTop: 8 }}>{t('grid.hint')}</p>
    </>
  );
}
