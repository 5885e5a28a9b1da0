import type { BookFacts, ScoredBook } from '../../../shared/scoring';
import type { Core } from '../core';
import { bookBlockInput, encodeResultBlock, RESULT_BLOCK_SIZE } from './result-block';
import { runColumns } from './run-results';

/** Writes every result of a scored book as packed blocks, in customer id order (the caller holds the transaction). */
export function insertResults(core: Core, runId: string, book: ScoredBook, facts: BookFacts) {
  const insert = core.store.sqlite.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)');
  const revenue = (i: number) => Math.round(facts.revenue[i]);
  for (let from = 0; from < book.n; from += RESULT_BLOCK_SIZE) {
    const to = Math.min(book.n, from + RESULT_BLOCK_SIZE);
    insert.run(runId, book.customerIds[from], to - from, encodeResultBlock(bookBlockInput(book, from, to, revenue)));
  }
}

/** rows per multi-row upsert of customer_current_tier */
const BATCH = 200;
const UPSERT_TAIL = 'ON CONFLICT (customer_id) DO UPDATE SET tier = excluded.tier, score = excluded.score';

/**
 * customer_current_tier follows the newest run (by as_of, then created_at) holding each customer: when this
 * run is the newest of all, its results replace the cache (multi-row upserts straight from the scored
 * columns); a back-dated run moves only the customers that no newer run holds.
 */
export function refreshCurrentTiers(core: Core, runId: string, asOf: string, createdAt: string, book: ScoredBook) {
  const db = core.store.sqlite;
  const newer = db
    .prepare(
      `SELECT id FROM rating_runs WHERE deleted = 0 AND id != ? AND (as_of > ? OR (as_of = ? AND created_at > ?))
       ORDER BY as_of DESC, created_at DESC`,
    )
    .pluck()
    .all(runId, asOf, asOf, createdAt) as string[];
  // newest first, until every customer of this run is held by a newer one (usually the first: a whole-book run)
  const heldByNewer = new Set<string>();
  for (const id of newer) {
    for (const customerId of runColumns(core, id).customerIds) heldByNewer.add(customerId);
    if (book.customerIds.every((c) => heldByNewer.has(c))) return;
  }
  const tierIds = book.tiers.map((t) => t.id);
  const head = 'INSERT INTO customer_current_tier (customer_id, tier, score) VALUES ';
  const full = db.prepare(`${head}${Array(BATCH).fill('(?, ?, ?)').join(', ')} ${UPSERT_TAIL}`);
  const one = db.prepare(`${head}(?, ?, ?) ${UPSERT_TAIL}`);
  const args = new Array<unknown>(BATCH * 3);
  let batched = 0;
  for (let i = 0; i < book.n; i++) {
    const id = book.customerIds[i];
    if (heldByNewer.size > 0 && heldByNewer.has(id)) continue;
    const a = batched * 3;
    args[a] = id;
    args[a + 1] = tierIds[book.finalTier[i]];
    args[a + 2] = book.totalScore[i];
    if (++batched === BATCH) {
      full.run(args);
      batched = 0;
    }
  }
  for (let k = 0; k < batched; k++) one.run(args[k * 3], args[k * 3 + 1], args[k * 3 + 2]);
}
