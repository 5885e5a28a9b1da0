/** What the visit planner reads and writes (pure data; the core loads it from the book). */

export type VisitReason = 'due' | 'overdue' | 'retention' | 'churn_risk';

export type UnplannedReason =
  | 'no_owner_rep' // the customer has no owner rep
  | 'rep_inactive' // the owner rep is inactive or deleted
  | 'rep_no_working_days' // the rep works no days, or 0 visits a day
  | 'rep_capacity_full' // due in the period, but every slot of the rep was taken by higher priorities
  | 'no_tier' // the customer is not rated yet
  | 'no_policy'; // the customer's tier has no visit policy

export interface PlanCustomer {
  id: string;
  code: string;
  city: string | null;
  ownerRepId: string | null;
  /** current final tier; null = not rated */
  tier: string | null;
  /** last done visit, YYYY-MM-DD; null = never visited (due at once) */
  lastVisitDate: string | null;
  /** the newest rating run put the customer in a worse tier than the run before */
  downgraded: boolean;
  churnRisk: boolean;
}

export interface PlanPolicy {
  tier: string;
  visitIntervalDays: number;
}

export interface PlanRep {
  id: string;
  visitsPerDay: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  workingDays: number[];
  /** default true; inactive reps get no visits */
  active?: boolean;
}

/** A not-done visit already on the calendar in the period, kept by the new plan: it takes a slot. */
export interface ExistingVisit {
  customerId: string;
  repId: string;
  date: string;
}

export interface PlanInput {
  customers: PlanCustomer[];
  policies: PlanPolicy[];
  reps: PlanRep[];
  existing: ExistingVisit[];
  /** first day of the plan, YYYY-MM-DD */
  start: string;
  weeks: number;
  /** plan only these reps' customers */
  repIds?: string[];
}

export interface PlannedVisit {
  customerId: string;
  repId: string;
  date: string;
  tier: string;
  reason: VisitReason;
  /** the due date this visit answers (YYYY-MM-DD) */
  dueDate: string;
  priority: number;
}

export interface UnplannedCustomer {
  customerId: string;
  reason: UnplannedReason;
  repId: string | null;
  tier: string | null;
  /** the first due date that found no slot (capacity reasons) */
  dueDate: string | null;
}

export interface PlanOutput {
  start: string;
  /** last day of the plan (inclusive) */
  end: string;
  visits: PlannedVisit[];
  unplanned: UnplannedCustomer[];
}
