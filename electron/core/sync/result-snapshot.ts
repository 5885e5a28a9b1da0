/**
 * Rating results travel in a manager's pack as packed result blocks (scoring/result-block.ts): for every run in
 * the book, the results of the pack's customers (the whole run in a book pack), with their explanations exactly
 * as the manager's install stored them. The receiver replaces each listed run's results and rebuilds the current
 * tier of the pack's customers, so the rep's lists, profiles, dashboard and report show the manager's ratings.
 */
import type { ResultsSnapshot } from '../../../shared/sync';
import type { Core } from '../core';
import { rebuildCurrentTiers } from '../scoring/current-tiers';
import { decodeResultBlock, encodeBlockColumns, pickFromBlocks, RESULT_BLOCK_SIZE, type ResultBlock } from '../scoring/result-block';
import { entryAt, forgetRunResults, runColumns, type BlockEntry } from '../scoring/run-results';
import { badPack } from './pack-errors';

function bookRuns(core: Core): string[] {
  return core.store.sqlite.prepare('SELECT id FROM rating_runs WHERE deleted = 0 ORDER BY as_of, created_at, id').pluck().all() as string[];
}

/** Every run's results for these customers (in the book's id order), or whole runs for 'all'. */
export function readResultsSnapshot(core: Core, customerIds: readonly string[] | 'all'): ResultsSnapshot {
  const db = core.store.sqlite;
  const blobs = db.prepare('SELECT data FROM rating_result_blocks WHERE run_id = ? ORDER BY first_customer_id').pluck();
  return {
    runs: bookRuns(core).map((runId) => {
      if (customerIds === 'all') return { runId, blocks: (blobs.all(runId) as Buffer[]).map((b) => b.toString('base64')) };
      const cols = runColumns(core, runId);
      const picked: BlockEntry[] = [];
      for (const id of customerIds) {
        const i = cols.indexOf(id);
        if (i >= 0) picked.push(entryAt(cols, i));
      }
      const blocks: string[] = [];
      for (let from = 0; from < picked.length; from += RESULT_BLOCK_SIZE) {
        blocks.push(encodeBlockColumns(pickFromBlocks(picked.slice(from, from + RESULT_BLOCK_SIZE))).toString('base64'));
      }
      return { runId, blocks };
    }),
  };
}

/**
 * Replaces the listed runs' results (inside the caller's transaction). `scope`: the customers the pack may rate
 * (a territory pack), null for a book pack. Refuses a block that cannot be read, that rates a customer outside
 * the scope or not in the book, or a run this book does not hold.
 */
export function applyResultsSnapshot(core: Core, snapshot: ResultsSnapshot, scope: ReadonlySet<string> | null, file?: string): { runs: number; customers: string[] } {
  const db = core.store.sqlite;
  const runHere = db.prepare('SELECT 1 FROM rating_runs WHERE id = ?').pluck();
  const customerHere = db.prepare('SELECT 1 FROM customers WHERE id = ?').pluck();
  const refuse = (zh: string, en: string, details: Record<string, unknown>) =>
    badPack('pack_malformed', `同步包已损坏：${zh}。未做任何更改。`, `The sync pack is damaged: ${en}. Nothing was changed.`, { ...details, ...(file ? { file } : {}) });
  const drop = db.prepare('DELETE FROM rating_result_blocks WHERE run_id = ?');
  const insert = db.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)');
  const rated = new Set<string>();
  for (const { runId, blocks } of snapshot.runs) {
    if (runHere.get(runId) !== 1) throw refuse(`评级结果属于本机没有的评级 ${runId}`, `it holds results of rating run ${runId}, which is not in this book`, { runId });
    const decoded = blocks.map((text, index) => {
      const bytes = Buffer.from(text, 'base64');
      let block: ResultBlock;
      try {
        block = decodeResultBlock(bytes);
      } catch {
        throw refuse(`评级 ${runId} 的第 ${index + 1} 块结果无法读取`, `result block #${index + 1} of run ${runId} cannot be read`, { runId, index });
      }
      for (const id of block.customerIds) {
        if (scope && !scope.has(id)) throw refuse(`评级 ${runId} 含有不属于此同步范围的客户 ${id}`, `run ${runId} rates customer ${id}, who is outside the pack's scope`, { runId, customerId: id });
        if (customerHere.get(id) !== 1) throw refuse(`评级 ${runId} 含有本机没有的客户 ${id}`, `run ${runId} rates customer ${id}, who is not in this book`, { runId, customerId: id });
        rated.add(id);
      }
      return { bytes, block };
    });
    drop.run(runId);
    for (const { bytes, block } of decoded) if (block.n > 0) insert.run(runId, block.customerIds[0], block.n, bytes);
    forgetRunResults(core, runId);
  }
  const customers = scope ? [...scope] : (db.prepare('SELECT id FROM customers').pluck().all() as string[]);
  rebuildCurrentTiers(core, customers);
  return { runs: snapshot.runs.length, customers: [...rated] };
}
