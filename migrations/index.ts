import { init } from './0001_init';
import { syncPeerState } from './0002_sync_peer_state';
import { orderDayTotals } from './0003_order_day_totals';
import { orderDaysStaleUpsert } from './0004_order_days_stale_upsert';
import { packedRatingResults } from './0005_packed_rating_results';
import { orderDayBlocks } from './0006_order_day_blocks';
import { bookVersions } from './0007_book_versions';
import { currentTierWithoutRun } from './0008_current_tier_without_run';
import { ordersCustomerKey } from './0009_orders_customer_key';
import { territorySync } from './0010_territory_sync';
import { changeLogByDevice } from './0011_change_log_by_device';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration in order. Add new ones at the end; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [init, syncPeerState, orderDayTotals, orderDaysStaleUpsert, packedRatingResults, orderDayBlocks, bookVersions, currentTierWithoutRun, ordersCustomerKey, territorySync, changeLogByDevice];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
