import type { Selectable } from 'kysely';
import type { ModelVersionsTable, RatingRunsTable } from '../db/schema';
import type { RatingSegment, RunInfo } from '../../../shared/ipc/channels/ratings';
import { AppError } from '../../../shared/ipc/errors';
import type { ModelDefinition } from '../../../shared/scoring';
import { tierCatalog } from '../../../shared/scoring';
import { decodeResultBlock } from './result-block';
import type { Store } from '../db/store';

/** A rating_runs row with its model version and model, as RUN_SELECT reads it. */
export type RunRow = Omit<Selectable<RatingRunsTable>, 'updated_at' | 'deleted'> &
  Pick<Selectable<ModelVersionsTable>, 'model_id' | 'version' | 'definition'> & { model_name: string; held: number };

/** `held`: the results this install holds of the run (a rep's install holds its territory's, from a sync pack) */
const RUN_SELECT = `SELECT r.id, r.model_version_id, r.as_of, r.created_at, r.created_by, r.segment, r.customer_count,
  r.tier_counts, r.duration_ms, v.model_id, m.name AS model_name, v.version, v.definition,
  (SELECT coalesce(sum(b.customers), 0) FROM rating_result_blocks b WHERE b.run_id = r.id) AS held
  FROM rating_runs r JOIN model_versions v ON v.id = r.model_version_id JOIN models m ON m.id = v.model_id
  WHERE r.deleted = 0`;

/**
 * A run as this install sees it: its customer and tier counts are those of the results held here (on a rep's
 * install, the rep's territory), read from the stored blocks when they differ from the whole run's counts.
 */
export function toRunInfo(row: RunRow, store?: Store): RunInfo {
  const partial = store !== undefined && row.held !== row.customer_count;
  return {
    id: row.id,
    modelId: row.model_id,
    modelName: row.model_name,
    modelVersionId: row.model_version_id,
    version: row.version,
    asOf: row.as_of,
    createdAt: row.created_at,
    createdBy: row.created_by,
    segment: row.segment ? (JSON.parse(row.segment) as RatingSegment) : null,
    customers: partial ? row.held : row.customer_count,
    tierCounts: partial ? heldTierCounts(store, row.id) : (JSON.parse(row.tier_counts) as Record<string, number>),
    tiers: tierCatalog((JSON.parse(row.definition) as ModelDefinition).tiers),
    ms: row.duration_ms,
  };
}

export function getRunRow(store: Store, runId: string): RunRow {
  const row = store.sqlite.prepare(`${RUN_SELECT} AND r.id = ?`).get(runId) as RunRow | undefined;
  if (!row) throw new AppError('not_found', { zh: `找不到评级批次 ${runId}`, en: `Rating run ${runId} not found` }, { id: runId });
  return row;
}

export const getRun = (store: Store, runId: string): RunInfo => toRunInfo(getRunRow(store, runId), store);

/** Final tiers counted over the result blocks this install holds of a run. */
function heldTierCounts(store: Store, runId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const blocks = store.sqlite.prepare('SELECT data FROM rating_result_blocks WHERE run_id = ?').pluck().all(runId) as Buffer[];
  for (const data of blocks) {
    const block = decodeResultBlock(data);
    for (let k = 0; k < block.n; k++) {
      const tier = block.tierIds[block.final[k]];
      counts[tier] = (counts[tier] ?? 0) + 1;
    }
  }
  return counts;
}

/** Newest first (as-of date, then creation time). */
export function listRuns(store: Store, q: { modelId?: string; limit: number; offset: number }): RunInfo[] {
  const params: unknown[] = [];
  let sql = RUN_SELECT;
  if (q.modelId) {
    sql += ' AND v.model_id = ?';
    params.push(q.modelId);
  }
  sql += ' ORDER BY r.as_of DESC, r.created_at DESC, r.id DESC LIMIT ? OFFSET ?';
  return (store.sqlite.prepare(sql).all(...params, q.limit, q.offset) as RunRow[]).map((row) => toRunInfo(row, store));
}
