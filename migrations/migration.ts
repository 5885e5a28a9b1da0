import type { Database } from 'better-sqlite3';

/** One numbered, forward-only schema step. Each runs inside the migrator's transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
