import type { RunDiff } from '../../../shared/ipc/channels/ratings';
import type { Core } from '../core';
import { getRun } from './run-info';

/**
 * Compares two runs customer by customer: upgrades and downgrades by tier order (the target run's tier
 * catalog, best first; tiers only the older run knows follow in its order), unchanged, new (only in `to`),
 * lost (only in `from`), and the count of every from → to transition.
 */
export function diffRuns(core: Core, fromRunId: string, toRunId: string, limit: number): RunDiff {
  const from = getRun(core.store, fromRunId);
  const to = getRun(core.store, toRunId);
  const tierOrder = [...to.tiers.map((t) => t.id)];
  for (const t of from.tiers) if (!tierOrder.includes(t.id)) tierOrder.push(t.id);
  const rank = new Map(tierOrder.map((id, i) => [id, i]));
  const rows = core.store.sqlite
    .prepare(
      `SELECT id, code, name, max(a) AS a, max(b) AS b FROM (
         SELECT r.customer_id AS id, r.final_tier AS a, NULL AS b FROM rating_results r WHERE r.run_id = ?
         UNION ALL SELECT r.customer_id, NULL, r.final_tier FROM rating_results r WHERE r.run_id = ?
       ) u JOIN customers c USING (id) GROUP BY id ORDER BY code, id`,
    )
    .raw()
    .all(fromRunId, toRunId) as [string, string, string, string | null, string | null][];
  const counts = { upgrades: 0, downgrades: 0, unchanged: 0, new: 0, lost: 0 };
  const transitions = new Map<string, { from: string | null; to: string | null; count: number }>();
  const changes: RunDiff['changes'] = [];
  let changesTotal = 0;
  for (const [customerId, code, name, a, b] of rows) {
    const key = `${a ?? ''}\u0000${b ?? ''}`;
    const t = transitions.get(key) ?? { from: a, to: b, count: 0 };
    t.count++;
    transitions.set(key, t);
    let change: RunDiff['changes'][number]['change'] | null = null;
    if (a === null) change = 'new';
    else if (b === null) change = 'lost';
    else if (a === b) counts.unchanged++;
    else change = (rank.get(b) ?? Infinity) < (rank.get(a) ?? Infinity) ? 'upgrade' : 'downgrade';
    if (change === null) continue;
    counts[change === 'upgrade' ? 'upgrades' : change === 'downgrade' ? 'downgrades' : change]++;
    changesTotal++;
    if (changes.length < limit) changes.push({ customerId, code, name, from: a, to: b, change });
  }
  const order = (t: string | null) => (t === null ? tierOrder.length : (rank.get(t) ?? tierOrder.length));
  const list = [...transitions.values()].sort((x, y) => order(x.from) - order(y.from) || order(x.to) - order(y.to));
  return { from, to, tierOrder, counts, transitions: list, changes, changesTotal };
}
