/**
 * Merge rules: last writer wins per cell, ordered by HLC.
 *
 * A change applies iff its HLC is greater than the HLC stored for its cell. HLCs embed the device id,
 * so two different edits never share one; an identical HLC with an identical value is the same change
 * seen again (idempotent no-op). Defensive tie-break for an identical HLC with a *different* value
 * (only possible with a cloned device id): the greater canonical JSON wins, so replicas still converge.
 * The state is the per-cell maximum, hence applying changes is commutative, associative and idempotent.
 *
 * Conflict (recorded, never blocking): the incoming change and the stored one hold different values
 * and come from different devices — either the incoming one overwrites the stored value, or it is
 * discarded because the stored one is newer. Edits by one device of its own value are not conflicts.
 * The rule is deliberately simple: a later edit on another device that had already seen the value it
 * replaced is reported too ("overwritten by another device").
 */
import { cellKeyOf, type Cell, type Change, type SyncState } from './cells';
import { compareHlc, hlcDevice } from './hlc';
import { canonicalJson } from './json';

export interface Conflict {
  table: string;
  rowId: string;
  column: string;
  kept: Cell;
  overridden: Cell;
}

export type DecisionReason = 'new' | 'newer' | 'older' | 'duplicate' | 'same_hlc';

export interface Decision {
  apply: boolean;
  reason: DecisionReason;
  conflict: { kept: Cell; overridden: Cell } | null;
}

/** The HLC-only rule, usable directly in SQL terms: `stored IS NULL OR incoming > stored`. */
export function shouldApply(storedHlc: string | null | undefined, incomingHlc: string): boolean {
  return storedHlc == null || compareHlc(incomingHlc, storedHlc) > 0;
}

/** Decides one incoming cell change against the stored cell (null/undefined = no value yet). */
export function decide(stored: Cell | null | undefined, incoming: Cell): Decision {
  if (stored == null) return { apply: true, reason: 'new', conflict: null };
  const order = compareHlc(incoming.hlc, stored.hlc);
  const storedJson = canonicalJson(stored.value);
  const incomingJson = canonicalJson(incoming.value);
  if (order === 0) {
    if (incomingJson === storedJson) return { apply: false, reason: 'duplicate', conflict: null };
    const apply = incomingJson > storedJson;
    return {
      apply,
      reason: 'same_hlc',
      conflict: apply
        ? { kept: cell(incoming), overridden: cell(stored) }
        : { kept: cell(stored), overridden: cell(incoming) },
    };
  }
  const apply = order > 0;
  const isConflict = incomingJson !== storedJson && hlcDevice(incoming.hlc) !== hlcDevice(stored.hlc);
  const conflict = !isConflict
    ? null
    : apply
      ? { kept: cell(incoming), overridden: cell(stored) }
      : { kept: cell(stored), overridden: cell(incoming) };
  return { apply, reason: apply ? 'newer' : 'older', conflict };
}

export interface ApplyResult {
  state: SyncState;
  /** Changes that took their cell, in input order. */
  applied: Change[];
  conflicts: Conflict[];
  /** Changes left out: older than the stored cell, or already present. */
  ignored: Change[];
}

/** Applies changes in order to a copy of `state` (the input state is not modified). */
export function applyChanges(state: SyncState, changes: Iterable<Change>): ApplyResult {
  const next = new Map(state);
  const applied: Change[] = [];
  const conflicts: Conflict[] = [];
  const ignored: Change[] = [];
  for (const change of changes) {
    const key = cellKeyOf(change);
    const d = decide(next.get(key), change);
    if (d.conflict) {
      const { table, rowId, column } = change;
      conflicts.push({ table, rowId, column, ...d.conflict });
    }
    if (d.apply) {
      next.set(key, change);
      applied.push(change);
    } else {
      ignored.push(change);
    }
  }
  return { state: next, applied, conflicts, ignored };
}

/** Builds a state from scratch (e.g. a whole change log). */
export function stateFromChanges(changes: Iterable<Change>): SyncState {
  return applyChanges(new Map(), changes).state;
}

/** Joins two replicas' states (the per-cell maximum). */
export function mergeStates(a: SyncState, b: SyncState): SyncState {
  return applyChanges(a, b.values()).state;
}

function cell(c: Cell): Cell {
  return { value: c.value, hlc: c.hlc };
}
