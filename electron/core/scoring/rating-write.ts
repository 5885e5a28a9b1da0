import type { CustomerFacts, ScoredBook } from '../../../shared/scoring';
import type { Core } from '../core';
import { bookBlockInput, encodeResultBlock, RESULT_BLOCK_SIZE } from './result-block';

/** Writes every result of a scored book as packed blocks, in customer id order (the caller holds the transaction). */
export function insertResults(core: Core, runId: string, book: ScoredBook, facts: readonly CustomerFacts[]) {
  const insert = core.store.sqlite.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)');
  const revenue = (i: number) => Math.round(facts[i].revenue);
  for (let from = 0; from < book.n; from += RESULT_BLOCK_SIZE) {
    const to = Math.min(book.n, from + RESULT_BLOCK_SIZE);
    insert.run(runId, book.customerIds[from], to - from, encodeResultBlock(bookBlockInput(book, from, to, revenue)));
  }
}

/** rows per multi-row upsert of customer_current_tier */
const BATCH = 200;
const UPSERT_TAIL = 'ON CONFLICT (customer_id) DO UPDATE SET run_id = excluded.run_id, tier = excluded.tier, score = excluded.score';

/**
 * customer_current_tier follows the newest run (by as_of, then created_at) holding each customer: when this
 * run is the newest of all, its results replace the cache (multi-row upserts straight from the scored
 * columns); otherwise only customers whose current run is older than this one move.
 */
export function refreshCurrentTiers(core: Core, runId: string, asOf: string, createdAt: string, book: ScoredBook) {
  const db = core.store.sqlite;
  const newer = db
    .prepare('SELECT 1 FROM rating_runs WHERE deleted = 0 AND id != ? AND (as_of > ? OR (as_of = ? AND created_at > ?)) LIMIT 1')
    .get(runId, asOf, asOf, createdAt);
  const tierIds = book.tiers.map((t) => t.id);
  if (!newer) {
    const head = 'INSERT INTO customer_current_tier (customer_id, run_id, tier, score) VALUES ';
    const full = db.prepare(`${head}${Array(BATCH).fill('(?, ?, ?, ?)').join(', ')} ${UPSERT_TAIL}`);
    const args = new Array<unknown>(BATCH * 4);
    let i = 0;
    for (; i + BATCH <= book.n; i += BATCH) {
      for (let k = 0; k < BATCH; k++) {
        const a = k * 4;
        args[a] = book.customerIds[i + k];
        args[a + 1] = runId;
        args[a + 2] = tierIds[book.finalTier[i + k]];
        args[a + 3] = book.totalScore[i + k];
      }
      full.run(args);
    }
    const one = db.prepare(`${head}(?, ?, ?, ?) ${UPSERT_TAIL}`);
    for (; i < book.n; i++) one.run(book.customerIds[i], runId, tierIds[book.finalTier[i]], book.totalScore[i]);
    return;
  }
  const some = db.prepare(
    `INSERT INTO customer_current_tier (customer_id, run_id, tier, score) SELECT @id, @run, @tier, @score
     WHERE NOT EXISTS (SELECT 1 FROM customer_current_tier c JOIN rating_runs x ON x.id = c.run_id
       WHERE c.customer_id = @id AND (x.as_of > @asOf OR (x.as_of = @asOf AND x.created_at > @createdAt)))
     ${UPSERT_TAIL}`,
  );
  for (let i = 0; i < book.n; i++) {
    some.run({ id: book.customerIds[i], run: runId, tier: tierIds[book.finalTier[i]], score: book.totalScore[i], asOf, createdAt });
  }
}
