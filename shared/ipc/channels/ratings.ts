import { z } from 'zod';
import type { CustomerResult, ParetoFigures, TierInfo } from '../../scoring';
import { channel } from '../define';

const id = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const RatingSegmentSchema = z
  .object({
    regions: z.array(z.string()).max(200).optional(),
    /** rep ids; 'none' = customers without an owner rep */
    ownerRepIds: z.array(z.string()).max(500).optional(),
    statuses: z.array(z.enum(['prospect', 'active', 'dormant', 'churned'])).max(4).optional(),
    /** customers with any of these tags */
    tags: z.array(z.string()).max(100).optional(),
  })
  .strict();
export type RatingSegment = z.infer<typeof RatingSegmentSchema>;

export interface RunInfo {
  id: string;
  modelId: string;
  modelName: string;
  modelVersionId: string;
  version: number;
  asOf: string;
  createdAt: string;
  createdBy: string | null;
  segment: RatingSegment | null;
  customers: number;
  /** final tiers per tier id, in tier order */
  tierCounts: Record<string, number>;
  tiers: TierInfo[];
  ms: number | null;
}

export interface RunResultRow {
  customerId: string;
  code: string;
  name: string;
  region: string | null;
  ownerRepName: string | null;
  totalScore: number;
  computedTier: string;
  finalTier: string;
  /** final tier differs from the computed one, or an override was recorded */
  overridden: boolean;
  incomplete: boolean;
  /** window revenue, minor units */
  revenue: number;
}

export interface OverrideInfo {
  id: string;
  customerId: string;
  tier: string;
  reason: string;
  author: string | null;
  createdAt: string;
  expiresAt: string | null;
  /** in force today (no expiry or expiry after today) */
  active: boolean;
}

export interface TierHistoryEntry {
  runId: string;
  asOf: string;
  createdAt: string;
  modelId: string;
  modelName: string;
  version: number;
  totalScore: number;
  computedTier: string;
  finalTier: string;
}

export interface CustomerRating {
  /** the run shown (the given one, else the newest run holding the customer) */
  run: RunInfo | null;
  result: CustomerResult | null;
  /** newest first, every run holding the customer */
  history: TierHistoryEntry[];
  overrides: OverrideInfo[];
}

export interface RunDiff {
  from: RunInfo;
  to: RunInfo;
  /** tier ids in order, best first (the target run's model, then any others) */
  tierOrder: string[];
  counts: { upgrades: number; downgrades: number; unchanged: number; new: number; lost: number };
  /** from → to pairs with their counts (null = not in that run) */
  transitions: { from: string | null; to: string | null; count: number }[];
  /** changed customers (upgrades, downgrades, new, lost), at most `limit` */
  changes: { customerId: string; code: string; name: string; from: string | null; to: string | null; change: 'upgrade' | 'downgrade' | 'new' | 'lost' }[];
  changesTotal: number;
}

export interface ChurnRow {
  customerId: string;
  code: string;
  name: string;
  tier: string | null;
  lastOrderDate: string | null;
  daysSinceSale: number | null;
  revenue: number;
  prevRevenue: number;
  /** percent change against the previous window, null without previous revenue */
  changePercent: number | null;
  flags: ('no_sale' | 'revenue_drop')[];
}

export interface ChurnReport {
  asOf: string;
  noSaleDays: number;
  dropPercent: number;
  windowDays: number;
  counts: { noSale: number; revenueDrop: number; flagged: number };
  rows: ChurnRow[];
  total: number;
}

export const ratingChannels = {
  /** runs a published version (or the model's newest published one) as of a date; progress via ctx.progress */
  'ratings.run': channel<RunInfo>('write')(
    z.object({ modelId: id.optional(), versionId: id.optional(), asOf: date.optional(), segment: RatingSegmentSchema.nullable().optional() })
      .refine((v) => v.modelId || v.versionId, { message: 'modelId or versionId is required', path: ['modelId'] }),
  ),
  'ratings.list': channel<RunInfo[]>('read')(
    z.object({ modelId: id.optional(), limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }),
  ),
  'ratings.get': channel<RunInfo>('read')(z.object({ runId: id })),
  /** customers and window revenue (minor units) per final tier of a run */
  'ratings.tierTotals': channel<Record<string, { customers: number; revenue: number }>>('read')(z.object({ runId: id })),
  'ratings.results': channel<{ total: number; rows: RunResultRow[] }>('read')(
    z.object({
      runId: id,
      tiers: z.array(z.string()).max(50).optional(),
      search: z.string().max(100).optional(),
      onlyOverridden: z.boolean().optional(),
      sortBy: z.enum(['score', 'code', 'name', 'revenue', 'tier']).default('score'),
      sortDir: z.enum(['asc', 'desc']).default('desc'),
      limit: z.number().int().min(1).max(1000).default(50),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'ratings.customer': channel<CustomerRating>('read')(z.object({ customerId: id, runId: id.optional() })),
  'ratings.diff': channel<RunDiff>('read')(z.object({ fromRunId: id, toRunId: id, limit: z.number().int().min(0).max(5000).default(200) })),
  /** churn flags over a run's customers (its as-of date) or over the book as of a date */
  'ratings.churn': channel<ChurnReport>('read')(
    z.object({
      runId: id.optional(),
      asOf: date.optional(),
      noSaleDays: z.number().int().min(1).max(3650).default(180),
      dropPercent: z.number().min(0).max(100).default(30),
      windowDays: z.number().int().min(1).max(3650).default(365),
      limit: z.number().int().min(0).max(5000).default(200), // 0 = counts only
      offset: z.number().int().min(0).default(0),
    }),
  ),
  /** Pareto / ABC figures of a run's revenue, or of the book's revenue over a window */
  'ratings.pareto': channel<ParetoFigures & { customers: number; revenue: number }>('read')(
    z.object({ runId: id.optional(), asOf: date.optional(), window: z.union([z.literal('all'), z.number().int().min(1).max(36_600)]).default(365) }),
  ),
  'overrides.set': channel<OverrideInfo>('write')(
    z.object({ customerId: id, tier: z.string().trim().min(1).max(50), reason: z.string().trim().min(1).max(1000), expiresAt: date.nullable().optional() }),
  ),
  'overrides.list': channel<OverrideInfo[]>('read')(z.object({ customerId: id.optional(), activeOnly: z.boolean().default(false) })),
  'overrides.revoke': channel<null>('write')(z.object({ id, reason: z.string().max(1000).optional() })),
};
