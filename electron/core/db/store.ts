import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { assertSupportedVersion, migrate, type MigrateReport } from './migrate';
import type { DB } from './schema';

/**
 * The local SQLite store. Kysely builds typed queries; better-sqlite3 runs them synchronously,
 * so a transaction is one plain function (all or nothing) and bulk work stays fast.
 */
export interface Store {
  readonly file: string;
  readonly sqlite: Database.Database;
  /** the better-sqlite3 build the store was opened with (a worker thread's own connection loads the same) */
  readonly nativeBinding: string | undefined;
  /** typed query builder; run what it builds with `all`, `get` or `run` */
  readonly qb: Kysely<DB>;
  readonly migration: MigrateReport;
  all<R>(query: { compile(): CompiledQuery<R> }): R[];
  get<R>(query: { compile(): CompiledQuery<R> }): R | undefined;
  run(query: { compile(): CompiledQuery<unknown> }): Database.RunResult;
  /** runs fn in one transaction (nested calls become savepoints) */
  tx<T>(fn: () => T): T;
  close(): void;
}

export interface OpenOptions {
  /** copy the file before migrating an existing database (default true) */
  backup?: boolean;
  readonly?: boolean;
  /** path of a better-sqlite3 build for another ABI (Electron's), see scripts/electron-native.mjs */
  nativeBinding?: string;
  /** the clock that dates a pre-migration backup (default: the wall clock) */
  now?: () => Date;
}

/**
 * The size SQLite cuts the write-ahead log back to when it starts over after a checkpoint. Without it the
 * file stays at its largest size (~400 MB after importing 2,000,000 orders) until the book is closed.
 */
export const JOURNAL_SIZE_LIMIT = 16 * 1024 * 1024;

const queryBuilder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export function openStore(file: string, options: OpenOptions = {}): Store {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    assertSupportedVersion(sqlite, file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
    const migration = migrate(sqlite, file, { backup: options.backup ?? true, now: options.now, nativeBinding: options.nativeBinding });
    return storeOver(file, sqlite, migration, options.nativeBinding);
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** The Store methods over an open connection (the core's, or the read-only one of db/read-store.ts). */
export function storeOver(file: string, sqlite: Database.Database, migration: MigrateReport, nativeBinding: string | undefined): Store {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const params = (compiled: CompiledQuery<unknown>) => compiled.parameters.map(toSqliteValue);
  return {
    file,
    sqlite,
    nativeBinding,
    qb: queryBuilder,
    migration,
    all<R>(query: { compile(): CompiledQuery<R> }) {
      const compiled = query.compile();
      return prepare(compiled.sql).all(...params(compiled)) as R[];
    },
    get<R>(query: { compile(): CompiledQuery<R> }) {
      const compiled = query.compile();
      return prepare(compiled.sql).get(...params(compiled)) as R | undefined;
    },
    run(query: { compile(): CompiledQuery<unknown> }) {
      const compiled = query.compile();
      return prepare(compiled.sql).run(...params(compiled));
    },
    tx<T>(fn: () => T): T {
      return sqlite.transaction(fn)();
    },
    close() {
      statements.clear();
      if (sqlite.open) sqlite.close();
    },
  };
}

function toSqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
