import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredVisitReason, VisitStatus } from '../../../../shared/ipc/channels/visits';
import { addDays, isoWeekday, mondayOf, toDayNumber } from '../../../../shared/visits';

export const REASON_COLOURS: Record<StoredVisitReason, string> = { due: 'blue', overdue: 'orange', retention: 'magenta', churn_risk: 'red', follow_up: 'cyan' };
export const STATUS_COLOURS: Record<VisitStatus, string> = { planned: 'processing', done: 'success', overdue: 'warning' };

export function ReasonTag({ reason }: { reason: StoredVisitReason | null }) {
  const { t } = useTranslation('visits');
  if (!reason) return null;
  return <Tag color={REASON_COLOURS[reason]}>{t(`reason.${reason}`)}</Tag>;
}

export function StatusTag({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('visits');
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

/** The 7 days of the week starting on the Monday of `day`. */
export function weekDays(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function weekdayKey(day: string): `weekdays.d${1 | 2 | 3 | 4 | 5 | 6 | 7}` {
  return `weekdays.d${isoWeekday(toDayNumber(day)) as 1}`;
}

/** Today in local time as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
