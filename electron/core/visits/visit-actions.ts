import type { VisitOutcome, VisitRow } from '../../../shared/ipc/channels/visits';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { getVisit } from './visit-queries';

function openVisit(core: Core, id: string): VisitRow {
  const visit = getVisit(core, id);
  if (visit.doneDate) {
    throw new AppError('conflict', { zh: '该拜访已完成，不能再改期或取消', en: 'This visit is done; it cannot be moved or cancelled' }, { id });
  }
  return visit;
}

/** Moves a not-done visit to another day (drag and drop or the date picker). */
export function moveVisit(core: Core, id: string, date: string): VisitRow {
  return core.store.tx(() => {
    openVisit(core, id);
    core.rows.update('visits', id, { planned_date: date });
    return getVisit(core, id);
  });
}

export interface DoneInput {
  id: string;
  doneDate: string;
  outcome: VisitOutcome;
  note?: string | null;
  nextAction?: string | null;
  /** plans a follow-up visit of the same customer and rep on this day */
  followUpDate?: string | null;
}

/** Marks a visit done with its outcome, note and next action; optionally plans the follow-up visit. */
export function markVisitDone(core: Core, input: DoneInput): { visit: VisitRow; followUp: VisitRow | null } {
  if (input.followUpDate && input.followUpDate <= input.doneDate) {
    throw new AppError('validation', { zh: '跟进日期须晚于完成日期', en: 'The follow-up date must be after the done date' }, {
      fields: [{ path: 'followUpDate', message: { zh: '须晚于完成日期', en: 'Must be after the done date' } }],
    });
  }
  return core.store.tx(() => {
    const visit = getVisit(core, input.id);
    core.rows.update('visits', input.id, { done_date: input.doneDate, outcome: input.outcome, note: input.note ?? null, next_action: input.nextAction ?? null });
    let followUp: VisitRow | null = null;
    if (input.followUpDate) {
      const id = core.rows.insert('visits', {
        customer_id: visit.customerId,
        rep_id: visit.repId,
        planned_date: input.followUpDate,
        reason: 'follow_up',
        note: input.nextAction ?? null,
        created_at: core.now().toISOString(),
      });
      followUp = getVisit(core, id);
    }
    return { visit: getVisit(core, input.id), followUp };
  });
}

/** Removes a not-done visit from the calendar (a tombstone, so the removal syncs). */
export function cancelVisit(core: Core, id: string): null {
  core.store.tx(() => {
    openVisit(core, id);
    core.rows.remove('visits', id);
  });
  return null;
}
