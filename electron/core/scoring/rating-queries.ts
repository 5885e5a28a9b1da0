import type { CustomerRating, RunResultRow, TierHistoryEntry } from '../../../shared/ipc/channels/ratings';
import type { ModelDefinition } from '../../../shared/scoring';
import type { Core } from '../core';
import { listOverrides } from './override-service';
import { blockResult } from './result-explanation';
import { getRun, getRunRow } from './run-info';
import { customerResultIn, ensureRunRows } from './run-results';

export interface ResultsQuery {
  runId: string;
  tiers?: string[];
  search?: string;
  onlyOverridden?: boolean;
  sortBy: 'score' | 'code' | 'name' | 'revenue' | 'tier';
  sortDir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SORT = { score: 'r.total_score', code: 'c.code', name: 'c.name', revenue: 'r.revenue', tier: 'r.final_tier' } as const;

/** One page of a run's results with the customer's name, region and owner rep. */
export function runResults(core: Core, q: ResultsQuery): { total: number; rows: RunResultRow[] } {
  getRunRow(core.store, q.runId);
  ensureRunRows(core, [q.runId]);
  const where = ['r.run_id = ?'];
  const params: unknown[] = [q.runId];
  if (q.tiers?.length) {
    where.push(`r.final_tier IN (${q.tiers.map(() => '?').join(', ')})`);
    params.push(...q.tiers);
  }
  if (q.search) {
    where.push(`(c.code LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')`);
    const like = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    params.push(like, like);
  }
  if (q.onlyOverridden) where.push('r.overridden = 1');
  const from = `FROM temp.run_results r JOIN customers c ON c.id = r.customer_id LEFT JOIN reps p ON p.id = c.owner_rep_id WHERE ${where.join(' AND ')}`;
  const db = core.store.sqlite;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number;
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(
      `SELECT r.customer_id, c.code, c.name, c.region, p.name AS rep, r.total_score, r.computed_tier, r.final_tier, r.incomplete, r.revenue, r.overridden
       ${from} ORDER BY ${SORT[q.sortBy]} ${dir}, c.code ASC LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as {
    customer_id: string; code: string; name: string; region: string | null; rep: string | null; total_score: number;
    computed_tier: string; final_tier: string; incomplete: number; revenue: number; overridden: number;
  }[];
  return {
    total,
    rows: rows.map((r) => ({
      customerId: r.customer_id, code: r.code, name: r.name, region: r.region, ownerRepName: r.rep, totalScore: r.total_score,
      computedTier: r.computed_tier, finalTier: r.final_tier, overridden: r.overridden === 1, incomplete: r.incomplete === 1, revenue: r.revenue,
    })),
  };
}

/** One customer's explained result (of a run, else of the newest run holding it), tier history and overrides. */
export function customerRating(core: Core, customerId: string, runId?: string): CustomerRating {
  const db = core.store.sqlite;
  const runs = db
    .prepare(
      `SELECT x.id AS runId, x.as_of AS asOf, x.created_at AS createdAt, v.model_id AS modelId, m.name AS modelName, v.version
       FROM rating_runs x JOIN model_versions v ON v.id = x.model_version_id JOIN models m ON m.id = v.model_id
       WHERE x.deleted = 0 ORDER BY x.as_of DESC, x.created_at DESC, x.id DESC`,
    )
    .all() as Omit<TierHistoryEntry, 'totalScore' | 'computedTier' | 'finalTier'>[];
  // one block seek per run (runs are few; each block holds the customer's result for that run)
  const history: TierHistoryEntry[] = [];
  const found = new Map<string, NonNullable<ReturnType<typeof customerResultIn>>>();
  for (const run of runs) {
    const hit = customerResultIn(core, run.runId, customerId);
    if (!hit) continue;
    found.set(run.runId, hit);
    const { block, k } = hit;
    history.push({ ...run, totalScore: block.totalScore[k], computedTier: block.tierIds[block.computed[k]], finalTier: block.tierIds[block.final[k]] });
  }
  const shownRun = runId ?? history[0]?.runId;
  const overrides = listOverrides(core, { customerId });
  if (!shownRun) return { run: null, result: null, history, overrides };
  const runRow = getRunRow(core.store, shownRun);
  const hit = found.get(shownRun) ?? customerResultIn(core, shownRun, customerId);
  const code = db.prepare('SELECT code FROM customers WHERE id = ?').pluck().get(customerId) as string | undefined;
  const def = JSON.parse(runRow.definition) as ModelDefinition;
  return { run: getRun(core.store, shownRun), result: hit && code !== undefined ? blockResult(hit.block, hit.k, code, def) : null, history, overrides };
}
