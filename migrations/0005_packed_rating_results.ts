import type { Migration } from './migration';
import type { Reason } from '../shared/scoring';
import { encodeResultBlock, FLAG_INCOMPLETE, FLAG_OVERRIDDEN, RESULT_BLOCK_SIZE } from '../electron/core/scoring/result-block';

/**
 * Rating results stored packed (for the rescoring target: 100,000 customers in < 2 s and ≤ 1.5 × a bare SQLite aggregate): one row per block of up to 1,000 customers of a
 * run, in customer id order (electron/core/scoring/result-block.ts), instead of one row per customer.
 * A rowid table (the BLOBs are large) with the block's first customer id as its key within the run, so one
 * customer's result is one index seek (the last block starting at or before its id).
 *
 * Results already stored are moved into blocks run by run, then the old table is dropped. The explanation
 * JSON of the old rows held values, points and contributions already rounded and the reasons: they move as
 * they are. customer_current_tier stays as it was; its tier index goes (lists filter the few rated tiers
 * through the customers join; every run rewrote that index entry for each customer).
 */
interface OldRow {
  customer_id: string;
  total_score: number;
  computed_tier: string;
  final_tier: string;
  incomplete: number;
  revenue: number;
  explanation: string;
}

interface OldExplanation {
  v: (number | null)[];
  p: (number | null)[];
  c: number[];
  r: { code: string }[];
}

export const packedRatingResults: Migration = {
  version: 5,
  name: 'packed_rating_results',
  up(db) {
    db.exec(`
      CREATE TABLE rating_result_blocks (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES rating_runs(id) ON DELETE CASCADE,
        first_customer_id TEXT NOT NULL,
        customers INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (run_id, first_customer_id)
      );
      DROP INDEX customer_current_tier_tier;
    `);
    const runs = db
      .prepare(`SELECT r.id, v.definition FROM rating_runs r JOIN model_versions v ON v.id = r.model_version_id ORDER BY r.id`)
      .all() as { id: string; definition: string }[];
    const rowsOf = db.prepare('SELECT * FROM rating_results WHERE run_id = ? ORDER BY customer_id');
    const insert = db.prepare('INSERT INTO rating_result_blocks (run_id, first_customer_id, customers, data) VALUES (?, ?, ?, ?)');
    for (const run of runs) {
      const def = JSON.parse(run.definition) as { indicators: unknown[]; tiers: { levels: { tier: string }[] } };
      const rows = rowsOf.all(run.id) as OldRow[];
      const tierIds = def.tiers.levels.map((l) => l.tier);
      for (const r of rows) for (const t of [r.computed_tier, r.final_tier]) if (!tierIds.includes(t)) tierIds.push(t);
      const m = def.indicators.length;
      const nan = (x: number | null | undefined) => (x === null || x === undefined ? NaN : x);
      for (let from = 0; from < rows.length; from += RESULT_BLOCK_SIZE) {
        const part = rows.slice(from, from + RESULT_BLOCK_SIZE);
        const e = part.map((r) => JSON.parse(r.explanation) as OldExplanation);
        const data = encodeResultBlock({
          n: part.length,
          m,
          tierIds,
          withContributions: true,
          customerId: (k) => part[k].customer_id,
          totalScore: (k) => part[k].total_score,
          revenue: (k) => part[k].revenue,
          indicators(k, values, points, contributions, o) {
            for (let j = 0; j < m; j++) {
              values[o + j] = nan(e[k].v[j]);
              points[o + j] = nan(e[k].p[j]);
              (contributions as Float64Array)[o + j] = e[k].c[j] ?? 0;
            }
          },
          computed: (k) => tierIds.indexOf(part[k].computed_tier),
          final: (k) => tierIds.indexOf(part[k].final_tier),
          flags: (k) =>
            (part[k].incomplete ? FLAG_INCOMPLETE : 0) |
            (part[k].final_tier !== part[k].computed_tier || e[k].r.some((x) => x.code === 'override') ? FLAG_OVERRIDDEN : 0),
          reasons: (k) => e[k].r as Reason[],
        });
        insert.run(run.id, part[0].customer_id, part.length, data);
      }
    }
    db.exec('DROP TABLE rating_results');
  },
};
