import type { CustomerFacts, ScoredBook } from '../../../shared/scoring';
import type { Core } from '../core';
import { encodeExplanation } from './result-explanation';

/** Writes every result of a scored book with one prepared INSERT (the caller holds the transaction). */
export function insertResults(core: Core, runId: string, book: ScoredBook, facts: readonly CustomerFacts[], onStep?: (done: number) => void) {
  const insert = core.store.sqlite.prepare(
    `INSERT INTO rating_results (run_id, customer_id, total_score, computed_tier, final_tier, incomplete, revenue, explanation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tierIds = book.tiers.map((t) => t.id);
  for (let i = 0; i < book.n; i++) {
    insert.run(
      runId,
      book.customerIds[i],
      book.totalScore[i],
      tierIds[book.computedTier[i]],
      tierIds[book.finalTier[i]],
      book.incomplete[i],
      Math.round(facts[i].revenue),
      encodeExplanation(book, i),
    );
    if (onStep && i % 10_000 === 9_999) onStep(i + 1);
  }
}

/**
 * customer_current_tier follows the newest run (by as_of, then created_at) holding each customer: when this
 * run is the newest of all, its rows replace the cache in one statement; otherwise only customers whose
 * current run is older than this one move.
 */
export function refreshCurrentTiers(core: Core, runId: string, asOf: string, createdAt: string) {
  const db = core.store.sqlite;
  const newer = db
    .prepare('SELECT 1 FROM rating_runs WHERE deleted = 0 AND id != ? AND (as_of > ? OR (as_of = ? AND created_at > ?)) LIMIT 1')
    .get(runId, asOf, asOf, createdAt);
  const select = `SELECT r.customer_id, r.run_id, r.final_tier, r.total_score FROM rating_results r WHERE r.run_id = ?`;
  // an upsert changes the row in place (INSERT OR REPLACE would delete and re-insert it and its index entry)
  const upsert = `ON CONFLICT (customer_id) DO UPDATE SET run_id = excluded.run_id, tier = excluded.tier, score = excluded.score`;
  if (!newer) {
    db.prepare(`INSERT INTO customer_current_tier (customer_id, run_id, tier, score) ${select} ${upsert}`).run(runId);
    return;
  }
  db.prepare(
    `INSERT INTO customer_current_tier (customer_id, run_id, tier, score) ${select}
     AND NOT EXISTS (SELECT 1 FROM customer_current_tier c JOIN rating_runs x ON x.id = c.run_id
       WHERE c.customer_id = r.customer_id AND (x.as_of > ? OR (x.as_of = ? AND x.created_at > ?)))
     ${upsert}`,
  ).run(runId, asOf, asOf, createdAt);
}
