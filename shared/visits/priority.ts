import type { PlanPolicy } from './types';

/** Priority points: a tier step is worth 10, being overdue up to 20 (two intervals), churn risk 15, a downgrade 20. */
export const PRIORITY_WEIGHTS = { tierStep: 10, overdueMax: 20, churnRisk: 15, downgraded: 20 } as const;

/**
 * Tier rank from the policies: the shorter the visit interval, the better the tier (A 7 > B 14 > C 30 > D 90);
 * equal intervals fall back to the tier name. Rank 0 is the best tier.
 */
export function tierRanks(policies: PlanPolicy[]): Map<string, number> {
  const ordered = [...policies].sort((a, b) => a.visitIntervalDays - b.visitIntervalDays || compareText(a.tier, b.tier));
  return new Map(ordered.map((p, i) => [p.tier, i]));
}

export interface PriorityFacts {
  rank: number;
  tierCount: number;
  overdueDays: number;
  intervalDays: number;
  churnRisk: boolean;
  downgraded: boolean;
}

/** Grows with the tier and with days overdue (relative to the interval); churn risk and a downgrade raise it. */
export function visitPriority(f: PriorityFacts): number {
  const w = PRIORITY_WEIGHTS;
  const tier = (f.tierCount - f.rank) * w.tierStep;
  const overdue = Math.min((Math.max(0, f.overdueDays) / f.intervalDays) * (w.overdueMax / 2), w.overdueMax);
  const flags = (f.churnRisk ? w.churnRisk : 0) + (f.downgraded ? w.downgraded : 0);
  return Math.round((tier + overdue + flags) * 100) / 100;
}

/** Code-point order, the same on every machine (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
