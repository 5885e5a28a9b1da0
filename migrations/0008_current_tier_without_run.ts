import type { Migration } from './migration';

/**
 * customer_current_tier loses its run_id: every rating rewrote that 36-character id for every customer, a third
 * of the cache's bytes. The newest run holding a customer is found from the runs instead when a back-dated run
 * is saved (electron/core/scoring/rating-write.ts), the one case that needed it.
 */
export const currentTierWithoutRun: Migration = {
  version: 8,
  name: 'current_tier_without_run',
  up(db) {
    db.exec('ALTER TABLE customer_current_tier DROP COLUMN run_id');
  },
};
