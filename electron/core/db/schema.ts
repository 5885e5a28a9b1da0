import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables of migration 0001 (snake_case, as stored). */
interface SyncColumns {
  updated_at: string;
  deleted: ColumnType<number, number | undefined, number>;
}

export interface SettingsTable {
  key: string;
  value_json: string;
}

export interface RepsTable extends SyncColumns {
  id: string;
  name: string;
  region: string | null;
  email: string | null;
  phone: string | null;
  visits_per_day: number;
  working_days: string;
  active: number;
  created_at: string;
}

export interface CustomersTable extends SyncColumns {
  id: string;
  code: string;
  name: string;
  industry: string | null;
  region: string | null;
  city: string | null;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  owner_rep_id: string | null;
  status: string;
  cooperation_start: string | null;
  tags: string;
  custom: string;
  created_at: string;
  /** this install's integer key for the customer's orders (migration 0009; assigned on insert, never synced) */
  local_key: Generated<number>;
}

/** Orders are not synced per cell: an integer id (the rowid) and a short per-import stamp in updated_at. */
export interface OrdersTable extends SyncColumns {
  id: Generated<number>;
  source: string;
  external_no: string;
  /** customers.local_key */
  customer_key: number;
  order_date: string;
  kind: 'sale' | 'return';
  amount: number;
  cost: number | null;
  quantity: number | null;
  category: string | null;
  line_count: number;
}

export interface AssessmentsTable extends SyncColumns {
  id: string;
  customer_id: string;
  assessed_on: string;
  satisfaction: number | null;
  recommend: number | null;
  referrals: number | null;
  influence: number | null;
  potential: number | null;
  relationship: string | null;
  assessor: string | null;
  note: string | null;
  created_at: string;
}

export interface ModelsTable extends SyncColumns {
  id: string;
  name: string;
  description: string | null;
  template: string | null;
  created_at: string;
  /** migration 0003: 1 = hidden from lists, cannot be run */
  archived: ColumnType<number, number | undefined, number>;
}

export interface ModelVersionsTable extends SyncColumns {
  id: string;
  model_id: string;
  version: number;
  status: 'draft' | 'published';
  definition: string;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
}

export interface RatingRunsTable extends SyncColumns {
  id: string;
  model_version_id: string;
  as_of: string;
  created_at: string;
  created_by: string | null;
  segment: string | null;
  customer_count: number;
  tier_counts: string;
  duration_ms: number | null;
}

/** A block of a run's results, packed (electron/core/scoring/result-block.ts). */
export interface RatingResultBlocksTable {
  id: Generated<number>;
  run_id: string;
  first_customer_id: string;
  customers: number;
  data: Buffer;
}

export interface CustomerCurrentTierTable {
  customer_id: string;
  tier: string;
  score: number;
}

export interface OverridesTable extends SyncColumns {
  id: string;
  customer_id: string;
  tier: string;
  reason: string;
  author: string | null;
  created_at: string;
  expires_on: string | null;
}

export interface TierPoliciesTable extends SyncColumns {
  id: string;
  tier: string;
  visit_interval_days: number;
  service_level: string | null;
  notes: string | null;
}

export interface VisitPlansTable extends SyncColumns {
  id: string;
  start_date: string;
  weeks: number;
  rep_id: string | null;
  params: string;
  created_at: string;
}

export interface VisitsTable extends SyncColumns {
  id: string;
  customer_id: string;
  rep_id: string | null;
  plan_id: string | null;
  planned_date: string | null;
  done_date: string | null;
  outcome: string | null;
  note: string | null;
  next_action: string | null;
  reason: string | null;
  created_at: string;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  table_name: string;
  row_id: string;
  column_name: string;
  value_json: string | null;
  hlc: string;
  device_id: string;
}

export interface SyncPeersTable {
  device_id: string;
  name: string;
  role: 'manager' | 'rep';
  sent_vector: string;
  received_vector: string;
  last_sent_at: string | null;
  last_received_at: string | null;
  created_at: string;
  /** createdHlc of the last pack imported from this peer (migration 0002, the replay guard) */
  last_imported_hlc: string | null;
  /** for a rep peer, the rep record it is (migration 0010) */
  rep_id: string | null;
  /** createdHlc of the newest pack of ours the peer acknowledged (migration 0010) */
  acked_pack_hlc: string | null;
}

/** Customers whose whole history went to a peer, first in the pack stamped sent_hlc (migration 0010). */
export interface SyncPeerCustomersTable {
  device_id: string;
  customer_id: string;
  sent_hlc: string;
}

export interface SyncConflictsTable {
  id: Generated<number>;
  pack_from: string;
  table_name: string;
  row_id: string;
  column_name: string;
  kept_value_json: string | null;
  kept_hlc: string;
  lost_value_json: string | null;
  lost_hlc: string;
  resolved_at: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  details: string;
}

export interface DB {
  settings: SettingsTable;
  reps: RepsTable;
  customers: CustomersTable;
  orders: OrdersTable;
  assessments: AssessmentsTable;
  models: ModelsTable;
  model_versions: ModelVersionsTable;
  rating_runs: RatingRunsTable;
  rating_result_blocks: RatingResultBlocksTable;
  customer_current_tier: CustomerCurrentTierTable;
  overrides: OverridesTable;
  tier_policies: TierPoliciesTable;
  visit_plans: VisitPlansTable;
  visits: VisitsTable;
  change_log: ChangeLogTable;
  sync_peers: SyncPeersTable;
  sync_peer_customers: SyncPeerCustomersTable;
  sync_conflicts: SyncConflictsTable;
  audit: AuditTable;
}

/** Tables whose rows are synced cell by cell through change_log (docs/ARCHITECTURE.md §2 and §6). */
export const SYNCED_TABLES = [
  'reps',
  'customers',
  'assessments',
  'models',
  'model_versions',
  'rating_runs',
  'overrides',
  'tier_policies',
  'visit_plans',
  'visits',
] as const satisfies readonly (keyof DB)[];
export type SyncedTable = (typeof SYNCED_TABLES)[number];
