/**
 * Facts for one customer, aggregated by the database as of `asOf` over the model's window
 * (see `windowBounds`). Money is in integer MINOR units (fen / cents).
 */
export const RELATIONSHIP_LEVELS = ['basic', 'passive', 'responsible', 'proactive', 'partner'] as const;
export type RelationshipType = (typeof RELATIONSHIP_LEVELS)[number];

/** Latest assessment on or before asOf. */
export interface AssessmentFacts {
  satisfaction?: number | null; // 1–5
  recommend?: number | null; // 0–10
  referrals?: number | null; // count
  influence?: number | null; // 1–5
  potential?: number | null; // 1–5
  relationship?: RelationshipType | null;
}

export interface CustomerFacts {
  customerId: string;
  code: string;
  name: string;
  region?: string | null;
  ownerRepId?: string | null;
  /** YYYY-MM-DD */
  cooperationStart?: string | null;
  /** First sale ever on/before asOf (YYYY-MM-DD). */
  firstOrderDate?: string | null;
  /** Latest sale on/before asOf, at any time, not only in the window (YYYY-MM-DD). */
  lastOrderDate?: string | null;
  /** Minor units, net of returns, in the window. */
  revenue: number;
  /** Sale orders (not returns) in the window. */
  orderCount: number;
  /** Distinct calendar months with a sale in the window. */
  activeMonths: number;
  /** Minor units, net of returns, in the window before the window (same length). */
  prevRevenue: number;
  /** Minor units in the window; null when the orders carry no cost data. */
  cost?: number | null;
  assessment?: AssessmentFacts | null;
  custom?: Record<string, number | null>;
}
