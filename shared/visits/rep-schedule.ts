import { fromDayNumber, isoWeekday } from './days';
import { compareText, visitPriority } from './priority';
import type { PlanCustomer, PlannedVisit, PlanRep, UnplannedCustomer, VisitReason } from './types';

/** One customer of a rep while the weeks are filled. */
export interface CustomerState {
  customer: PlanCustomer;
  tier: string;
  interval: number;
  rank: number;
  /** day number the next visit is due */
  nextDue: number;
  /** no visit placed for it in this plan yet (retention and churn-risk reasons apply to the first one) */
  first: boolean;
  /** not-done visits already on the calendar (day numbers, ascending) */
  existingDays: number[];
  lastMiss: number | null;
  weeklyMiss: number | null;
}

export interface RepScheduleInput {
  rep: PlanRep;
  states: CustomerState[];
  tierCount: number;
  startDay: number;
  weeks: number;
  /** not-done visits on this rep's calendar: day number → cities (one entry per visit) */
  existingByDay: Map<number, (string | null)[]>;
}

interface Slot {
  day: number;
  free: number;
  cities: Set<string | null>;
}

/**
 * Fills one rep's weeks: each week the customers due by its last day compete for its slots — customers with a
 * weekly interval (A) first, then by priority — and the chosen ones are laid out city by city, so customers of
 * one city share a day where the day's capacity allows.
 */
export function scheduleRep(input: RepScheduleInput): { visits: PlannedVisit[]; unplanned: UnplannedCustomer[] } {
  const { rep, states, tierCount, startDay, weeks, existingByDay } = input;
  const visits: PlannedVisit[] = [];
  const working = new Set(rep.workingDays);
  for (let week = 0; week < weeks; week++) {
    const weekStart = startDay + week * 7;
    const weekEnd = weekStart + 6;
    const slots: Slot[] = [];
    for (let day = weekStart; day <= weekEnd; day++) {
      if (!working.has(isoWeekday(day))) continue;
      const taken = existingByDay.get(day) ?? [];
      slots.push({ day, free: Math.max(0, rep.visitsPerDay - taken.length), cities: new Set(taken) });
    }
    const candidates: { state: CustomerState; priority: number; weekly: boolean }[] = [];
    for (const state of states) {
      const kept = state.existingDays.filter((d) => d >= weekStart && d <= weekEnd);
      if (kept.length) {
        state.nextDue = Math.max(state.nextDue, kept[kept.length - 1] + state.interval);
        state.first = false;
        continue;
      }
      if (state.nextDue > weekEnd) continue;
      const priority = visitPriority({
        rank: state.rank,
        tierCount,
        overdueDays: weekStart - state.nextDue,
        intervalDays: state.interval,
        churnRisk: state.first && state.customer.churnRisk,
        downgraded: state.first && state.customer.downgraded,
      });
      candidates.push({ state, priority, weekly: state.interval <= 7 });
    }
    candidates.sort(
      (a, b) =>
        Number(b.weekly) - Number(a.weekly) ||
        b.priority - a.priority ||
        compareText(a.state.customer.code, b.state.customer.code) ||
        compareText(a.state.customer.id, b.state.customer.id),
    );
    const capacity = slots.reduce((sum, s) => sum + s.free, 0);
    const chosen = candidates.slice(0, capacity);
    for (const missed of candidates.slice(capacity)) {
      missed.state.lastMiss ??= missed.state.nextDue;
      if (missed.weekly) missed.state.weeklyMiss ??= Math.max(missed.state.nextDue, weekStart);
    }
    for (const pick of groupByCity(chosen)) {
      const { state } = pick;
      const city = state.customer.city;
      const slot = slots.find((s) => s.free > 0 && s.cities.has(city)) ?? slots.find((s) => s.free > 0);
      if (!slot) break; // cannot happen: chosen ≤ capacity
      slot.free--;
      slot.cities.add(city);
      visits.push({
        customerId: state.customer.id,
        repId: rep.id,
        date: fromDayNumber(slot.day),
        tier: state.tier,
        reason: reasonOf(state, weekStart),
        dueDate: fromDayNumber(state.nextDue),
        priority: pick.priority,
      });
      state.nextDue = slot.day + state.interval;
      state.first = false;
      state.lastMiss = null;
    }
  }
  const unplanned: UnplannedCustomer[] = [];
  for (const state of states) {
    const missed = state.lastMiss ?? state.weeklyMiss;
    if (missed === null) continue;
    unplanned.push({ customerId: state.customer.id, reason: 'rep_capacity_full', repId: rep.id, tier: state.tier, dueDate: fromDayNumber(missed) });
  }
  return { visits, unplanned };
}

function reasonOf(state: CustomerState, weekStart: number): VisitReason {
  if (state.first && state.customer.downgraded) return 'retention';
  if (state.first && state.customer.churnRisk) return 'churn_risk';
  return state.nextDue < weekStart ? 'overdue' : 'due';
}

/** The chosen customers city by city: cities in the order of their most urgent customer, each city's own order kept. */
function groupByCity<T extends { state: CustomerState }>(chosen: T[]): T[] {
  const groups = new Map<string | null, T[]>();
  for (const pick of chosen) {
    const city = pick.state.customer.city;
    const group = groups.get(city);
    if (group) group.push(pick);
    else groups.set(city, [pick]);
  }
  return [...groups.values()].flat();
}
