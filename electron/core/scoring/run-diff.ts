import type { RunDiff } from '../../../shared/ipc/channels/ratings';
import type { Core } from '../core';
import { getRun } from './run-info';
import { ensureRunRows, runColumns, type RunColumns } from './run-results';

/**
 * [from tier | null, to tier | null, customers] for every tier pair that occurs, by a merge of both runs'
 * columns in customer id order (ids are ASCII UUIDs: JS and SQLite order them alike), counted by tier index.
 */
function transitionCounts(a: RunColumns, b: RunColumns): [string | null, string | null, number][] {
  const none = b.tierIds.length;
  const width = none + 1;
  const grid = new Float64Array((a.tierIds.length + 1) * width);
  const lost = a.tierIds.length;
  let i = 0;
  let j = 0;
  while (i < a.n || j < b.n) {
    const ida = i < a.n ? a.customerIds[i] : null;
    const idb = j < b.n ? b.customerIds[j] : null;
    if (idb === null || (ida !== null && ida < idb)) grid[a.final[i++] * width + none]++;
    else if (ida === null || idb < ida) grid[lost * width + b.final[j++]]++;
    else grid[a.final[i++] * width + b.final[j++]]++;
  }
  const out: [string | null, string | null, number][] = [];
  for (let x = 0; x <= lost; x++) {
    for (let y = 0; y <= none; y++) {
      const count = grid[x * width + y];
      if (count > 0) out.push([x < lost ? a.tierIds[x] : null, y < none ? b.tierIds[y] : null, count]);
    }
  }
  return out;
}

/**
 * Compares two runs customer by customer: upgrades and downgrades by tier order (the target run's tier
 * catalog, best first; tiers only the older run knows follow in its order), unchanged, new (only in `to`),
 * lost (only in `from`), and the count of every from → to transition.
 *
 * The transitions are counted over both runs' decoded columns (run-results.ts), merged in customer id order;
 * the counts follow from them. Only `limit` changed customers are fetched (by code, with SQL over the runs'
 * rows), and none when `limit` is 0.
 */
export function diffRuns(core: Core, fromRunId: string, toRunId: string, limit: number): RunDiff {
  const from = getRun(core.store, fromRunId);
  const to = getRun(core.store, toRunId);
  const tierOrder = [...to.tiers.map((t) => t.id)];
  for (const t of from.tiers) if (!tierOrder.includes(t.id)) tierOrder.push(t.id);
  const rank = new Map(tierOrder.map((id, i) => [id, i]));
  const classify = (a: string | null, b: string | null): RunDiff['changes'][number]['change'] | null => {
    if (a === null) return 'new';
    if (b === null) return 'lost';
    if (a === b) return null;
    return (rank.get(b) ?? Infinity) < (rank.get(a) ?? Infinity) ? 'upgrade' : 'downgrade';
  };
  const pairs = transitionCounts(runColumns(core, fromRunId), runColumns(core, toRunId));
  const counts = { upgrades: 0, downgrades: 0, unchanged: 0, new: 0, lost: 0 };
  const transitions: RunDiff['transitions'] = [];
  let changesTotal = 0;
  for (const [a, b, count] of pairs) {
    transitions.push({ from: a, to: b, count });
    const change = classify(a, b);
    if (change === null) counts.unchanged += count;
    else {
      counts[change === 'upgrade' ? 'upgrades' : change === 'downgrade' ? 'downgrades' : change] += count;
      changesTotal += count;
    }
  }
  const changes: RunDiff['changes'] = [];
  if (limit > 0 && changesTotal > 0) {
    ensureRunRows(core, [fromRunId, toRunId]);
    const rows = core.store.sqlite
      .prepare(
        `SELECT c.id, c.code, c.name, x.a, x.b FROM (
           SELECT a.customer_id AS id, a.final_tier AS a, b.final_tier AS b FROM temp.run_results a
             LEFT JOIN temp.run_results b ON b.run_id = @to AND b.customer_id = a.customer_id
             WHERE a.run_id = @from AND b.final_tier IS NOT a.final_tier
           UNION ALL
           SELECT b.customer_id, NULL, b.final_tier FROM temp.run_results b
             WHERE b.run_id = @to AND NOT EXISTS (SELECT 1 FROM temp.run_results a WHERE a.run_id = @from AND a.customer_id = b.customer_id)
         ) x JOIN customers c ON c.id = x.id ORDER BY c.code, c.id LIMIT @limit`,
      )
      .raw()
      .all({ from: fromRunId, to: toRunId, limit }) as [string, string, string, string | null, string | null][];
    for (const [customerId, code, name, a, b] of rows) changes.push({ customerId, code, name, from: a, to: b, change: classify(a, b) ?? 'upgrade' });
  }
  const order = (t: string | null) => (t === null ? tierOrder.length : (rank.get(t) ?? tierOrder.length));
  transitions.sort((x, y) => order(x.from) - order(y.from) || order(x.to) - order(y.to));
  return { from, to, tierOrder, counts, transitions, changes, changesTotal };
}
