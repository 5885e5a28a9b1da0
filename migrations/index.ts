import { init } from './0001_init';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration in order. Add new ones at the end; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [init];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
