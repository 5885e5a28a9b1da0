import type { Migration } from './migration';

/**
 * The initial data model (docs/ARCHITECTURE.md §2 describes it as it stands after every migration).
 * Synced tables carry a UUID `id`, an HLC `updated_at` and a `deleted` tombstone; their writes go through
 * the core's row writer, which appends one change_log entry per changed cell.
 * Money is INTEGER minor units (fen / cents); dates are TEXT `YYYY-MM-DD`; JSON columns are TEXT.
 */
const SYNC_COLUMNS = `updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

export const init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      );

      CREATE TABLE reps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        region TEXT,
        email TEXT,
        phone TEXT,
        visits_per_day INTEGER NOT NULL DEFAULT 4 CHECK (visits_per_day >= 0),
        working_days TEXT NOT NULL DEFAULT '[1,2,3,4,5]',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        industry TEXT,
        region TEXT,
        city TEXT,
        address TEXT,
        contact_name TEXT,
        contact_phone TEXT,
        contact_email TEXT,
        owner_rep_id TEXT REFERENCES reps(id),
        status TEXT NOT NULL DEFAULT 'active'
          CHECK (status IN ('prospect', 'active', 'dormant', 'churned', 'archived')),
        cooperation_start TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        custom TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );
      CREATE INDEX customers_name ON customers(name);
      CREATE INDEX customers_city ON customers(city);
      CREATE INDEX customers_region ON customers(region);
      CREATE INDEX customers_owner ON customers(owner_rep_id);
      CREATE INDEX customers_status ON customers(status);
      -- covering index of the rating facts query (customers in id order with their code and start date)
      CREATE INDEX customers_facts ON customers(id, code, cooperation_start, status, deleted);

      -- Orders are the book's transactions, imported from ERP files (re-import replaces, never doubles).
      -- They are never synced cell by cell (each install imports its own files; ratings are recomputed), so
      -- they need no UUID: the id is the rowid (also the import watermark of migration 0003), and updated_at
      -- holds a short per-import stamp (electron/core/import/order-stamp.ts), not a full HLC.
      CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL DEFAULT 'manual',
        external_no TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        order_date TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'sale' CHECK (kind IN ('sale', 'return')),
        amount INTEGER NOT NULL,
        cost INTEGER,
        quantity REAL,
        category TEXT,
        line_count INTEGER NOT NULL DEFAULT 1,
        ${SYNC_COLUMNS},
        UNIQUE (source, external_no)
      );
      -- covering index for the per-customer aggregates that scoring, the summary and the visit flags run on
      -- (with deleted, so date-window sums need no table lookup; no index on order_date alone: those windows
      -- read a large share of the book, where a covering scan beats an index range with a lookup per order)
      CREATE INDEX orders_customer_date ON orders(customer_id, order_date, kind, amount, cost, deleted);

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        assessed_on TEXT NOT NULL,
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        recommend INTEGER CHECK (recommend BETWEEN 0 AND 10),
        referrals INTEGER CHECK (referrals >= 0),
        influence INTEGER CHECK (influence BETWEEN 1 AND 5),
        potential INTEGER CHECK (potential BETWEEN 1 AND 5),
        relationship TEXT CHECK (relationship IN ('basic', 'passive', 'responsible', 'proactive', 'partner')),
        assessor TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );
      CREATE INDEX assessments_customer_date ON assessments(customer_id, assessed_on);

      CREATE TABLE models (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT,
        template TEXT,
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );

      -- A published version is immutable: the core refuses to change it, a trigger makes sure.
      CREATE TABLE model_versions (
        id TEXT PRIMARY KEY,
        model_id TEXT NOT NULL REFERENCES models(id),
        version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
        definition TEXT NOT NULL,
        published_at TEXT,
        published_by TEXT,
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS},
        UNIQUE (model_id, version)
      );
      CREATE TRIGGER model_versions_published_immutable
        BEFORE UPDATE OF definition, version, model_id ON model_versions
        WHEN OLD.status = 'published'
        BEGIN SELECT RAISE(ABORT, 'a published model version cannot be changed'); END;

      CREATE TABLE rating_runs (
        id TEXT PRIMARY KEY,
        model_version_id TEXT NOT NULL REFERENCES model_versions(id),
        as_of TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        segment TEXT,
        customer_count INTEGER NOT NULL DEFAULT 0,
        tier_counts TEXT NOT NULL DEFAULT '{}',
        duration_ms INTEGER,
        ${SYNC_COLUMNS}
      );
      CREATE INDEX rating_runs_as_of ON rating_runs(as_of, created_at);

      -- Results are recomputed from the book, never merged cell by cell, so they carry no sync columns.
      CREATE TABLE rating_results (
        run_id TEXT NOT NULL REFERENCES rating_runs(id) ON DELETE CASCADE,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        total_score REAL NOT NULL,
        computed_tier TEXT NOT NULL,
        final_tier TEXT NOT NULL,
        incomplete INTEGER NOT NULL DEFAULT 0,
        revenue INTEGER NOT NULL DEFAULT 0,
        explanation TEXT NOT NULL,
        PRIMARY KEY (run_id, customer_id)
      ) WITHOUT ROWID;
      -- No secondary index: a run writes every result, so each index would cost a write per customer per run.
      -- Per-run lists, counts and diffs read the primary key's run range; a customer's history walks the runs
      -- (few) and seeks (run_id, customer_id) in the primary key. Customers are tombstoned, never deleted, so
      -- the customer_id foreign key needs no index either.

      -- The latest final tier per customer, kept by the core when a run is saved (a local cache for lists).
      CREATE TABLE customer_current_tier (
        customer_id TEXT PRIMARY KEY REFERENCES customers(id),
        run_id TEXT NOT NULL,
        tier TEXT NOT NULL,
        score REAL NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX customer_current_tier_tier ON customer_current_tier(tier);

      CREATE TABLE overrides (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        tier TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        author TEXT,
        created_at TEXT NOT NULL,
        expires_on TEXT,
        ${SYNC_COLUMNS}
      );
      CREATE INDEX overrides_customer ON overrides(customer_id);

      CREATE TABLE tier_policies (
        id TEXT PRIMARY KEY,
        tier TEXT NOT NULL UNIQUE,
        visit_interval_days INTEGER NOT NULL CHECK (visit_interval_days > 0),
        service_level TEXT,
        notes TEXT,
        ${SYNC_COLUMNS}
      );

      CREATE TABLE visit_plans (
        id TEXT PRIMARY KEY,
        start_date TEXT NOT NULL,
        weeks INTEGER NOT NULL,
        rep_id TEXT REFERENCES reps(id),
        params TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );

      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        rep_id TEXT REFERENCES reps(id),
        plan_id TEXT REFERENCES visit_plans(id),
        planned_date TEXT,
        done_date TEXT,
        outcome TEXT,
        note TEXT,
        next_action TEXT,
        reason TEXT,
        created_at TEXT NOT NULL,
        ${SYNC_COLUMNS}
      );
      CREATE INDEX visits_customer ON visits(customer_id, done_date);
      CREATE INDEX visits_rep_planned ON visits(rep_id, planned_date);

      -- One entry per changed cell of a synced row; what sync packs are made of.
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        column_name TEXT NOT NULL,
        value_json TEXT,
        hlc TEXT NOT NULL,
        device_id TEXT NOT NULL
      );
      CREATE INDEX change_log_cell ON change_log(table_name, row_id, column_name, hlc);
      CREATE INDEX change_log_hlc ON change_log(hlc);

      CREATE TABLE sync_peers (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('manager', 'rep')),
        sent_vector TEXT NOT NULL DEFAULT '{}',
        received_vector TEXT NOT NULL DEFAULT '{}',
        last_sent_at TEXT,
        last_received_at TEXT,
        created_at TEXT NOT NULL
      );

      CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pack_from TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        column_name TEXT NOT NULL,
        kept_value_json TEXT,
        kept_hlc TEXT NOT NULL,
        lost_value_json TEXT,
        lost_hlc TEXT NOT NULL,
        resolved_at TEXT NOT NULL
      );

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_entity ON audit(entity, entity_id);
    `);
  },
};
