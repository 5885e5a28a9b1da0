import type { AnalysisWindow, ParetoFigures } from '../../../shared/scoring';
import { paretoFigures } from '../../../shared/scoring';
import type { Core } from '../core';
import { loadBookFacts } from './customer-facts-query';
import { getRunRow } from './run-info';
import { runColumns } from './run-results';

/** Pareto / ABC figures of a run's stored window revenues, or of the book's revenue over a window as of a date. */
export function paretoOf(
  core: Core,
  q: { runId?: string; asOf?: string; window: 'all' | number },
): ParetoFigures & { customers: number; revenue: number } {
  let revenues: number[];
  if (q.runId) {
    getRunRow(core.store, q.runId);
    revenues = Array.from(runColumns(core, q.runId).revenue);
  } else {
    const window: AnalysisWindow = q.window === 'all' ? { kind: 'all' } : { kind: 'days', days: q.window };
    const facts = loadBookFacts(core, { asOf: q.asOf ?? core.today(), window, needs: { assessment: false, customFields: [] } });
    revenues = Array.from(facts.revenue);
  }
  let revenue = 0;
  for (const r of revenues) revenue += r;
  return { ...paretoFigures(revenues), customers: revenues.length, revenue };
}
