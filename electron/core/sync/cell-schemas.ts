/**
 * What a cell from a pack may hold, per table and column: the stored form of the same domain schemas that
 * guard IPC input (shared/domain, shared/scoring), so a pack cannot store what the app would refuse from a
 * form (a non-JSON tags list, a bad weekday list, a model definition that is not a model). Columns not listed
 * are checked against their SQL declaration (PRAGMA table_info: type and NOT NULL).
 */
import { z } from 'zod';
import { CUSTOMER_STATUSES, CustomerInputSchema } from '../../../shared/domain/customer';
import { AssessmentInputSchema } from '../../../shared/domain/assessment';
import { RepInputSchema } from '../../../shared/domain/rep';
import { PHONE_PATTERN } from '../../../shared/domain/fields';
import { VISIT_OUTCOMES } from '../../../shared/ipc/channels/visits';
import type { SyncedTable } from '../db/schema';
import type { Store } from '../db/store';

type CellSchema = z.ZodType<unknown>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const flag = z.union([z.literal(0), z.literal(1)]);
const nullableText = (max: number) => z.string().max(max).nullable();
/** a TEXT column holding JSON that must match `schema` */
const jsonText = (schema: z.ZodType<unknown>) =>
  z.string().max(4 * 1024 * 1024).superRefine((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON text' });
      return;
    }
    const checked = schema.safeParse(value);
    if (!checked.success) ctx.addIssue({ code: 'custom', message: checked.error.issues[0]?.message ?? 'invalid' });
  });
const jsonObject = z.record(z.string(), z.unknown());
const assessment = AssessmentInputSchema.shape;

const SCHEMAS: Partial<Record<SyncedTable, Record<string, CellSchema>>> = {
  customers: {
    code: CustomerInputSchema.shape.code,
    name: CustomerInputSchema.shape.name,
    status: z.enum(CUSTOMER_STATUSES),
    contact_phone: z.string().max(40).regex(PHONE_PATTERN, 'expected a phone number').nullable(),
    contact_email: z.email().max(200).nullable(),
    cooperation_start: isoDate.nullable(),
    tags: jsonText(CustomerInputSchema.shape.tags.unwrap()),
    custom: jsonText(CustomerInputSchema.shape.custom.unwrap()),
  },
  reps: {
    name: RepInputSchema.shape.name,
    visits_per_day: RepInputSchema.shape.visitsPerDay.unwrap(),
    working_days: jsonText(RepInputSchema.shape.workingDays.unwrap()),
    active: flag,
  },
  assessments: {
    assessed_on: isoDate,
    satisfaction: assessment.satisfaction,
    recommend: assessment.recommend,
    referrals: assessment.referrals,
    influence: assessment.influence,
    potential: assessment.potential,
    relationship: assessment.relationship,
  },
  model_versions: {
    status: z.enum(['draft', 'published']),
    version: z.number().int().min(1),
    definition: jsonText(jsonObject),
  },
  models: { archived: flag },
  rating_runs: { as_of: isoDate, tier_counts: jsonText(z.record(z.string(), z.number().int().min(0))), segment: jsonText(jsonObject).nullable() },
  overrides: { tier: z.string().trim().min(1).max(64), reason: z.string().trim().min(1).max(2000), expires_on: isoDate.nullable() },
  tier_policies: { tier: z.string().trim().min(1).max(64), visit_interval_days: z.number().int().min(1).max(3660) },
  visit_plans: { start_date: isoDate, weeks: z.number().int().min(1).max(52), params: jsonText(jsonObject) },
  visits: { planned_date: isoDate.nullable(), done_date: isoDate.nullable(), outcome: z.enum(VISIT_OUTCOMES).nullable(), note: nullableText(2000) },
};

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
}

const declared = new WeakMap<Store, Map<string, CellSchema>>();

/** The schema of a column from its SQL declaration. */
function declaredSchema(column: ColumnInfo): CellSchema {
  const type = column.type.toUpperCase();
  const base: CellSchema =
    type === 'INTEGER' ? z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
    : type === 'REAL' ? z.number().finite()
    : z.string().max(100_000);
  return column.notnull ? base : base.nullable();
}

/** The schema a cell of table.column must satisfy (listed, else declared). */
export function cellSchema(store: Store, table: SyncedTable, column: string): CellSchema | undefined {
  let byStore = declared.get(store);
  if (!byStore) declared.set(store, (byStore = new Map()));
  const key = `${table}.${column}`;
  let schema = byStore.get(key);
  if (!schema) {
    const info = (store.sqlite.pragma(`table_info(${table})`) as ColumnInfo[]).find((c) => c.name === column);
    if (!info) return undefined;
    const listed = SCHEMAS[table]?.[column];
    const sql = declaredSchema(info);
    // the deleted tombstone is a flag; a listed schema narrows, the declaration still holds (NOT NULL)
    schema = column === 'deleted' ? flag : listed ? (info.notnull ? z.custom((v) => v !== null, 'required').pipe(listed) : listed) : sql;
    byStore.set(key, schema);
  }
  return schema;
}
