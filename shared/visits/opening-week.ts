import { mondayOf } from './days';

/** The span of a plan's planned visits (null dates: a plan without visits). */
export interface PlanSpan {
  firstVisit: string | null;
  lastVisit: string | null;
}

/**
 * The Monday of the week the visit calendar opens on: this week while it overlaps the latest plan's visits
 * (or without a plan), else the plan's first week with visits (on a weekend a plan starts next Monday).
 */
export function openingWeek(today: string, plan: PlanSpan | null): string {
  const thisWeek = mondayOf(today);
  if (!plan?.firstVisit || !plan.lastVisit) return thisWeek;
  const first = mondayOf(plan.firstVisit);
  return thisWeek >= first && thisWeek <= plan.lastVisit ? thisWeek : first;
}
