/** What the tier report shows besides the per-customer rows: the run, its model, the previous run and the aggregates. */
import type { RunDiff, RunInfo } from '../../../shared/ipc/channels/ratings';
import { AppError } from '../../../shared/ipc/errors';
import type { ModelDefinition, ParetoFigures, TierInfo } from '../../../shared/scoring';
import type { Core } from '../core';
import { paretoOf } from '../scoring/pareto-query';
import { runTierTotals } from '../scoring/tier-totals';
import { diffRuns } from '../scoring/run-diff';
import { getRun, getRunRow, listRuns } from '../scoring/run-info';

export interface TierFigures {
  tier: TierInfo;
  customers: number;
  /** minor units */
  revenue: number;
  avgScore: number;
}

export interface ReportData {
  run: RunInfo;
  definition: ModelDefinition;
  previous: RunInfo | null;
  /** tier order of the comparison, best first (the run's tiers, then tiers only the previous run knows) */
  tierOrder: string[];
  tiers: TierFigures[];
  revenue: number;
  pareto: ParetoFigures & { customers: number; revenue: number };
  changes: RunDiff['counts'] | null;
}

/** The newest run, for a report asked for without a run id. */
export function newestRunId(core: Core): string {
  const [run] = listRuns(core.store, { limit: 1, offset: 0 });
  if (!run) {
    throw new AppError('not_found', {
      zh: '还没有评级批次：请先对客户进行评级，再导出分层报告。',
      en: 'There is no rating run yet: rate the book first, then export the tier report.',
    });
  }
  return run.id;
}

/** The run of the same model rated just before this one (earlier as-of date, or same date and created earlier). */
export function previousRunId(core: Core, run: RunInfo): string | null {
  const id = core.store.sqlite
    .prepare(
      `SELECT r.id FROM rating_runs r JOIN model_versions v ON v.id = r.model_version_id
       WHERE r.deleted = 0 AND v.model_id = ? AND r.id != ? AND (r.as_of < ? OR (r.as_of = ? AND r.created_at < ?))
       ORDER BY r.as_of DESC, r.created_at DESC, r.id DESC LIMIT 1`,
    )
    .pluck()
    .get(run.modelId, run.id, run.asOf, run.asOf, run.createdAt) as string | undefined;
  return id ?? null;
}

/** previousRun: a run id to compare with, null for none, undefined for the model's previous run. */
export function loadReportData(core: Core, runId: string, previousRun?: string | null): ReportData {
  const run = getRun(core.store, runId);
  const definition = JSON.parse(getRunRow(core.store, runId).definition) as ModelDefinition;
  const prevId = previousRun === undefined ? previousRunId(core, run) : previousRun;
  const previous = prevId ? getRun(core.store, prevId) : null;
  const tierOrder = run.tiers.map((t) => t.id);
  for (const t of previous?.tiers ?? []) if (!tierOrder.includes(t.id)) tierOrder.push(t.id);

  const totals = runTierTotals(core, runId);
  const catalog = [...run.tiers];
  for (const tier of Object.keys(totals)) {
    if (!catalog.some((t) => t.id === tier)) catalog.push({ id: tier, label: { zh: tier, en: tier }, color: '#64748b', order: catalog.length });
  }
  const tiers = catalog.map((tier) => {
    const r = totals[tier.id];
    return { tier, customers: r?.customers ?? 0, revenue: r?.revenue ?? 0, avgScore: r?.avgScore ?? 0 };
  });
  return {
    run,
    definition,
    previous,
    tierOrder,
    tiers,
    revenue: tiers.reduce((sum, t) => sum + t.revenue, 0),
    pareto: paretoOf(core, { runId, window: 365 }),
    changes: previous ? diffRuns(core, previous.id, run.id, 0).counts : null,
  };
}
