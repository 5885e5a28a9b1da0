import type { RatingSegment, RunInfo } from '../../../shared/ipc/channels/ratings';
import { AppError } from '../../../shared/ipc/errors';
import { scoreBookColumns } from '../../../shared/scoring';
import { writeAudit } from '../audit/audit';
import type { Core } from '../core';
import type { Progress } from '../handlers/types';
import { checkedDefinition } from '../models/model-errors';
import { getVersionRow } from '../models/model-rows';
import { loadBookFacts } from './customer-facts-query';
import { factNeeds } from './fact-needs';
import { overridesForRun } from './override-service';
import { insertResults, refreshCurrentTiers } from './rating-write';
import { getRun } from './run-info';
import { isWholeBook } from './segment-filter';

export interface RunRatingInput {
  versionId: string;
  asOf: string;
  segment?: RatingSegment | null;
  progress?: (p: Progress) => void;
  cancelled?: () => boolean;
}

/** page cache while writing a large run's results (KiB, negative per SQLite's convention): 128 MiB */
const WRITE_CACHE_KIB = -131_072;

function cancelled(): AppError {
  return new AppError('cancelled', { zh: '评级已取消', en: 'The rating run was cancelled' });
}

/**
 * Rates the book (or a segment) with a published model version as of a date: facts → engine → one
 * transaction writing the run, every result and the current-tier cache. Deterministic: the same book,
 * version and date give byte-identical results.
 */
export function runRating(core: Core, input: RunRatingInput): RunInfo {
  const started = performance.now();
  const report = input.progress ?? (() => {});
  const isCancelled = input.cancelled ?? (() => false);
  const version = getVersionRow(core.store, input.versionId);
  if (!version) throw new AppError('not_found', { zh: '找不到模型版本', en: 'Model version not found' }, { id: input.versionId });
  if (version.status !== 'published') {
    throw new AppError('conflict', { zh: '只能用已发布的模型版本评级', en: 'Only a published model version can be run' });
  }
  const archived = core.store.sqlite.prepare('SELECT archived FROM models WHERE id = ?').pluck().get(version.model_id);
  if (archived === 1) throw new AppError('conflict', { zh: '模型已归档', en: 'The model is archived' });
  const def = checkedDefinition(JSON.parse(version.definition));
  report({ done: 0, total: 3, stage: 'facts' });
  const facts = loadBookFacts(core, { asOf: input.asOf, window: def.window, segment: input.segment, needs: factNeeds(def) });
  if (isCancelled()) throw cancelled();
  report({ done: 1, total: 3, stage: 'score' });
  const book = scoreBookColumns(facts, def, input.asOf, overridesForRun(core));
  if (isCancelled()) throw cancelled();
  report({ done: 2, total: 3, stage: 'write' });
  const segment = isWholeBook(input.segment) ? null : (input.segment ?? null);
  // the results of a large book (~30 MB for 100k customers) stay in the page cache until the commit instead
  // of spilling to the WAL halfway and being written twice
  const db = core.store.sqlite;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (book.n > 10_000) db.pragma(`cache_size = ${WRITE_CACHE_KIB}`);
  let runId: string;
  try {
    runId = core.store.tx(() => {
      const createdAt = core.now().toISOString();
      const id = core.rows.insert('rating_runs', {
        model_version_id: version.id,
        as_of: input.asOf,
        created_at: createdAt,
        created_by: core.actor,
        segment: segment ? JSON.stringify(segment) : null,
        customer_count: book.n,
        tier_counts: JSON.stringify(book.tierCounts),
      });
      insertResults(core, id, book, facts);
      if (isCancelled()) throw cancelled();
      refreshCurrentTiers(core, id, input.asOf, createdAt, book);
      const ms = Math.round(performance.now() - started);
      core.rows.update('rating_runs', id, { duration_ms: ms });
      writeAudit(core.store, createdAt, {
        actor: core.actor, entity: 'rating_run', entityId: id, action: 'run',
        details: { versionId: version.id, asOf: input.asOf, customers: book.n, segment },
      });
      return id;
    });
  } finally {
    if (book.n > 10_000) db.pragma(`cache_size = ${cacheSize}`);
  }
  report({ done: 3, total: 3, stage: 'write' });
  return getRun(core.store, runId);
}
