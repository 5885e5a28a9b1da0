import { z } from 'zod';
import type { UnplannedReason, VisitReason } from '../../visits/types';
import { channel } from '../define';

const id = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const text = (max: number) => z.string().trim().max(max).transform((s) => (s === '' ? null : s)).nullish();

export const VISIT_OUTCOMES = ['order', 'positive', 'neutral', 'negative', 'not_met'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export type VisitStatus = 'planned' | 'done' | 'overdue';
/** a plan's reasons, plus follow-ups created when a visit is marked done */
export type StoredVisitReason = VisitReason | 'follow_up';

export interface TierPolicy {
  id: string;
  tier: string;
  visitIntervalDays: number;
  serviceLevel: string | null;
  notes: string | null;
  updatedAt: string;
}

export interface PlanVisitRow {
  customerId: string;
  code: string;
  name: string;
  city: string | null;
  repId: string;
  repName: string;
  date: string;
  tier: string;
  reason: VisitReason;
  dueDate: string;
  priority: number;
}

export interface PlanUnplannedRow {
  customerId: string;
  code: string;
  name: string;
  repId: string | null;
  repName: string | null;
  tier: string | null;
  reason: UnplannedReason;
  dueDate: string | null;
}

export interface PlanResult {
  /** null when only previewed */
  planId: string | null;
  start: string;
  end: string;
  weeks: number;
  repId: string | null;
  visits: PlanVisitRow[];
  unplanned: PlanUnplannedRow[];
  /** not-done plan visits of the period that the new plan replaced */
  replaced: number;
  /** not-done visits of the period kept (follow-ups, other plans' reps) that took slots */
  kept: number;
  unplannedByReason: Partial<Record<UnplannedReason, number>>;
  ms: number;
}

export interface VisitRow {
  id: string;
  customerId: string;
  code: string;
  name: string;
  city: string | null;
  repId: string | null;
  repName: string | null;
  tier: string | null;
  plannedDate: string | null;
  doneDate: string | null;
  outcome: VisitOutcome | null;
  note: string | null;
  nextAction: string | null;
  reason: StoredVisitReason | null;
  planId: string | null;
  status: VisitStatus;
}

export interface OverdueRow {
  customerId: string;
  code: string;
  name: string;
  city: string | null;
  tier: string;
  repId: string | null;
  repName: string | null;
  lastVisitDate: string | null;
  /** null = never visited */
  dueDate: string | null;
  daysOverdue: number | null;
  /** the next not-done visit on the calendar (may lie in the past: a missed visit) */
  nextPlannedDate: string | null;
}

export interface ComplianceRow {
  /** tier id, rep id, or 'total' */
  key: string;
  label: string;
  planned: number;
  /** planned on or before the as-of date, or already done: the visits that count */
  due: number;
  done: number;
  onTime: number;
  /** done / due, 0…1 (null without due visits) */
  doneShare: number | null;
  /** done on or before the planned date / due, 0…1 */
  onTimeShare: number | null;
}

export interface ComplianceReport {
  from: string;
  to: string;
  asOf: string;
  byTier: ComplianceRow[];
  byRep: ComplianceRow[];
  total: ComplianceRow;
}

export interface VisitsOverview {
  reps: number;
  /** active reps with visits per day > 0 and working days */
  repsWithCapacity: number;
  customers: number;
  rated: number;
  customersWithoutRep: number;
  upcoming: number;
  missed: number;
  /** today by the core's clock (the calendar's "this week") */
  today: string;
  /** the plan generated last (here or on a synced install), with the span of its planned visits */
  latestPlan: { id: string; start: string; end: string; firstVisit: string | null; lastVisit: string | null } | null;
}

const range = { from: date.optional(), to: date.optional(), repId: id.optional() };

export const visitChannels = {
  'policies.list': channel<TierPolicy[]>('read')(z.object({})),
  'policies.update': channel<TierPolicy>('write')(
    z.object({ tier: z.string().trim().min(1).max(50), visitIntervalDays: z.number().int().min(1).max(3650), serviceLevel: text(200), notes: text(1000) }),
  ),
  'visits.overview': channel<VisitsOverview>('read')(z.object({})),
  /** generates the plan of the next weeks and (unless save is false) replaces the period's not-done plan visits */
  'visits.plan': channel<PlanResult>('write')(
    z.object({ start: date.optional(), weeks: z.number().int().min(1).max(12).default(2), repId: id.optional(), save: z.boolean().default(true) }),
  ),
  'visits.list': channel<{ total: number; rows: VisitRow[] }>('read')(
    z.object({
      ...range,
      status: z.enum(['planned', 'done', 'overdue', 'all']).default('all'),
      tiers: z.array(z.string()).max(50).optional(),
      search: z.string().max(100).optional(),
      customerId: id.optional(),
      limit: z.number().int().min(1).max(5000).default(100),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'visits.overdue': channel<{ asOf: string; total: number; rows: OverdueRow[] }>('read')(
    z.object({ repId: id.optional(), limit: z.number().int().min(1).max(5000).default(100), offset: z.number().int().min(0).default(0) }),
  ),
  'visits.move': channel<VisitRow>('write')(z.object({ id, date })),
  'visits.done': channel<{ visit: VisitRow; followUp: VisitRow | null }>('write')(
    z.object({ id, doneDate: date, outcome: z.enum(VISIT_OUTCOMES), note: text(2000), nextAction: text(500), followUpDate: date.nullish() }),
  ),
  'visits.cancel': channel<null>('write')(z.object({ id })),
  'visits.compliance': channel<ComplianceReport>('read')(z.object(range)),
  /** writes the visits of a period to an xlsx file in the exports folder */
  'visits.export': channel<{ file: string; exportsDir: string; rows: number }>('read')(
    z.object({ ...range, language: z.enum(['zh-CN', 'en']).default('zh-CN') }),
  ),
};
