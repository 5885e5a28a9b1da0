import type { Guard, GuardCondition } from './guard-schema';
import type { GuardReason } from './reasons';

/** Whether a guard's condition holds for a value (null = missing). */
export function conditionHolds(c: GuardCondition, value: number | null): boolean {
  if (value === null) return c.op === 'missing' || c.orMissing === true;
  if (c.op === 'missing' || c.value === undefined) return false;
  switch (c.op) {
    case '>':
      return value > c.value;
    case '>=':
      return value >= c.value;
    case '<':
      return value < c.value;
    case '<=':
      return value <= c.value;
    case '==':
      return value === c.value;
  }
}

/** The reason of guard g that moved a tier from `from` to `to`, the indicator's value being `value`. */
export function guardReason(guard: Guard, g: number, value: number | null, from: string, to: string): GuardReason {
  const reason: GuardReason = {
    code: guard.kind === 'cap' ? 'guard_cap' : 'guard_floor',
    guard: g,
    indicator: guard.when.indicator,
    op: guard.when.op,
    threshold: guard.when.op === 'missing' ? null : (guard.when.value ?? null),
    value,
    from,
    to,
  };
  if (guard.label) reason.label = guard.label;
  return reason;
}

/**
 * Applies guards in order to a tier index (0 = best). A cap lowers a better tier to the cap tier,
 * a floor raises a worse tier to the floor tier. Returns the new index and a reason per change.
 */
export function applyGuards(
  guards: readonly Guard[],
  guardTierIndex: readonly number[],
  tierIds: readonly string[],
  start: number,
  valueOf: (g: number) => number | null,
  reasons: GuardReason[],
): number {
  let tier = start;
  for (let g = 0; g < guards.length; g++) {
    const guard = guards[g];
    const value = valueOf(g);
    if (!conditionHolds(guard.when, value)) continue;
    const target = guardTierIndex[g];
    const changes = guard.kind === 'cap' ? tier < target : tier > target;
    if (!changes) continue;
    reasons.push(guardReason(guard, g, value, tierIds[tier], tierIds[target]));
    tier = target;
  }
  return tier;
}
