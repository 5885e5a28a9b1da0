import type { RunDiff } from '../../../shared/ipc/channels/ratings';
import type { Core } from '../core';
import { getRun } from './run-info';

/**
 * Compares two runs customer by customer: upgrades and downgrades by tier order (the target run's tier
 * catalog, best first; tiers only the older run knows follow in its order), unchanged, new (only in `to`),
 * lost (only in `from`), and the count of every from → to transition.
 *
 * The transitions are counted in SQLite (both runs' primary-key ranges, grouped by customer, then by tier
 * pair: a few dozen rows come back, not 2 × N); the counts follow from them. Only `limit` changed customers
 * are fetched (by code), and none when `limit` is 0.
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
  const pairs = core.store.sqlite
    .prepare(
      `SELECT a, b, count(*) FROM (
         SELECT max(a) AS a, max(b) AS b FROM (
           SELECT customer_id AS id, final_tier AS a, NULL AS b FROM rating_results WHERE run_id = ?
           UNION ALL SELECT customer_id, NULL, final_tier FROM rating_results WHERE run_id = ?
         ) GROUP BY id
       ) GROUP BY a, b`,
    )
    .raw()
    .all(fromRunId, toRunId) as [string | null, string | null, number][];
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
    const rows = core.store.sqlite
      .prepare(
        `SELECT c.id, c.code, c.name, x.a, x.b FROM (
           SELECT a.customer_id AS id, a.final_tier AS a, b.final_tier AS b FROM rating_results a
             LEFT JOIN rating_results b ON b.run_id = @to AND b.customer_id = a.customer_id
             WHERE a.run_id = @from AND b.final_tier IS NOT a.final_tier
           UNION ALL
           SELECT b.customer_id, NULL, b.final_tier FROM rating_results b
             WHERE b.run_id = @to AND NOT EXISTS (SELECT 1 FROM rating_results a WHERE a.run_id = @from AND a.customer_id = b.customer_id)
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
