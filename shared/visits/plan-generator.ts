import { fromDayNumber, toDayNumber } from './days';
import { compareText, tierRanks } from './priority';
import { scheduleRep, type CustomerState } from './rep-schedule';
import type { PlanInput, PlanOutput, PlannedVisit, PlanRep, UnplannedCustomer, UnplannedReason } from './types';

/**
 * The visit plan for the next N weeks — pure and deterministic (the order of the input does not matter).
 * A customer is due at its last visit plus its tier's interval (never visited: due on the first day);
 * each rep's working days are filled up to its visits per day, never above, the most important first;
 * what cannot be placed is listed with the reason.
 */
export function generateVisitPlan(input: PlanInput): PlanOutput {
  if (!Number.isInteger(input.weeks) || input.weeks < 1) throw new RangeError(`weeks must be a whole number ≥ 1, got ${input.weeks}`);
  const startDay = toDayNumber(input.start);
  const endDay = startDay + input.weeks * 7 - 1;
  const intervals = new Map(input.policies.map((p) => [p.tier, p.visitIntervalDays]));
  const ranks = tierRanks(input.policies);
  const reps = new Map<string, PlanRep>(input.reps.map((r) => [r.id, r]));
  const only = input.repIds?.length ? new Set(input.repIds) : null;

  const existing = [...input.existing].sort((a, b) => compareText(a.date, b.date) || compareText(a.customerId, b.customerId) || compareText(a.repId, b.repId));
  const customers = [...input.customers].sort((a, b) => compareText(a.code, b.code) || compareText(a.id, b.id));
  const cityOf = new Map(customers.map((c) => [c.id, c.city]));
  const existingDaysOf = new Map<string, number[]>();
  const existingByRepDay = new Map<string, Map<number, (string | null)[]>>();
  for (const visit of existing) {
    const day = toDayNumber(visit.date);
    if (day < startDay || day > endDay) continue;
    existingDaysOf.set(visit.customerId, [...(existingDaysOf.get(visit.customerId) ?? []), day]);
    const byDay = existingByRepDay.get(visit.repId) ?? new Map<number, (string | null)[]>();
    byDay.set(day, [...(byDay.get(day) ?? []), cityOf.get(visit.customerId) ?? null]);
    existingByRepDay.set(visit.repId, byDay);
  }

  const unplanned: UnplannedCustomer[] = [];
  const statesByRep = new Map<string, CustomerState[]>();
  const skip = (customerId: string, reason: UnplannedReason, repId: string | null, tier: string | null) =>
    unplanned.push({ customerId, reason, repId, tier, dueDate: null });
  for (const customer of customers) {
    if (only && !(customer.ownerRepId && only.has(customer.ownerRepId))) continue;
    const tier = customer.tier;
    const interval = tier === null ? undefined : intervals.get(tier);
    const rep = customer.ownerRepId ? reps.get(customer.ownerRepId) : undefined;
    if (!customer.ownerRepId) skip(customer.id, 'no_owner_rep', null, tier);
    else if (!rep || rep.active === false) skip(customer.id, 'rep_inactive', customer.ownerRepId, tier);
    else if (tier === null) skip(customer.id, 'no_tier', rep.id, null);
    else if (interval === undefined) skip(customer.id, 'no_policy', rep.id, tier);
    else if (rep.visitsPerDay <= 0 || rep.workingDays.length === 0) {
      const due = dueDay(customer.lastVisitDate, interval, startDay);
      if (due <= endDay) unplanned.push({ customerId: customer.id, reason: 'rep_no_working_days', repId: rep.id, tier, dueDate: fromDayNumber(due) });
    } else {
      const list = statesByRep.get(rep.id) ?? [];
      list.push({
        customer,
        tier,
        interval,
        rank: ranks.get(tier) ?? ranks.size,
        nextDue: dueDay(customer.lastVisitDate, interval, startDay),
        first: true,
        existingDays: existingDaysOf.get(customer.id) ?? [],
        lastMiss: null,
        weeklyMiss: null,
      });
      statesByRep.set(rep.id, list);
    }
  }

  const visits: PlannedVisit[] = [];
  for (const repId of [...statesByRep.keys()].sort(compareText)) {
    const result = scheduleRep({
      rep: reps.get(repId) as PlanRep,
      states: statesByRep.get(repId) as CustomerState[],
      tierCount: ranks.size,
      startDay,
      weeks: input.weeks,
      existingByDay: existingByRepDay.get(repId) ?? new Map(),
    });
    visits.push(...result.visits);
    unplanned.push(...result.unplanned);
  }
  const codeOf = new Map(customers.map((c) => [c.id, c.code]));
  const code = (id: string) => codeOf.get(id) ?? id;
  visits.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.repId, b.repId) ||
      compareText(cityOf.get(a.customerId) ?? '', cityOf.get(b.customerId) ?? '') ||
      compareText(code(a.customerId), code(b.customerId)),
  );
  unplanned.sort((a, b) => compareText(a.reason, b.reason) || compareText(a.repId ?? '', b.repId ?? '') || compareText(code(a.customerId), code(b.customerId)));
  return { start: input.start, end: fromDayNumber(endDay), visits, unplanned };
}

/** Last visit + interval; never visited → the first day of the plan. Overdue customers keep their past due day. */
function dueDay(lastVisitDate: string | null, interval: number, startDay: number): number {
  return lastVisitDate ? toDayNumber(lastVisitDate) + interval : startDay;
}
