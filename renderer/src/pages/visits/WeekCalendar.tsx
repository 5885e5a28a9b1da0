import { CheckOutlined, LeftOutlined, PrinterOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Empty, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/rep';
import type { VisitRow } from '../../../../shared/ipc/channels/visits';
import { addDays, isoWeekday, toDayNumber } from '../../../../shared/visits';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { VisitDoneModal } from './VisitDoneModal';
import { ReasonTag, weekDays, weekdayKey } from './visit-ui';

interface Props {
  reps: Rep[];
  repId: string | undefined;
  onRepChange(id: string): void;
  monday: string;
  /** today by the core's clock */
  today: string;
  onWeekChange(monday: string): void;
  /** bumps when a plan was generated elsewhere on the page */
  version: number;
  onChanged(): void;
}

/** One rep's week: 7 day columns of visit cards; drag a card to another day, or mark it done. Printable. */
export function WeekCalendar({ reps, repId, onRepChange, monday, today, onWeekChange, version, onChanged }: Props) {
  const { t } = useTranslation(['visits', 'common']);
  const format = useSettings((s) => s.format);
  const { message } = App.useApp();
  const [doneVisit, setDoneVisit] = useState<VisitRow | null>(null);
  const [dragOver, setDragOver] = useState<string | null>(null);
  const days = weekDays(monday);
  const rep = reps.find((r) => r.id === repId);
  const visits = useQuery(
    () => (repId ? call('visits.list', { repId, from: days[0], to: days[6], status: 'all', limit: 1000 }) : Promise.resolve({ total: 0, rows: [] })),
    [repId, monday, version],
  );
  const move = async (id: string, date: string) => {
    try {
      await call('visits.move', { id, date });
      message.success(t('week.moved', { date: format.date(date) }));
      await visits.reload();
      onChanged();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const onDrop = (event: DragEvent, day: string) => {
    event.preventDefault();
    setDragOver(null);
    const id = event.dataTransfer.getData('text/plain');
    const visit = visits.data?.rows.find((v) => v.id === id);
    if (visit && visit.plannedDate !== day) void move(id, day);
  };
  const rows = visits.data?.rows ?? [];
  return (
    <div className="visit-week">
      <div className="toolbar no-print">
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          aria-label={t('fields.rep')}
          placeholder={t('week.pickRep')}
          value={repId}
          onChange={onRepChange}
          options={reps.map((r) => ({ value: r.id, label: r.name }))}
        />
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('actions.prevWeek')} onClick={() => onWeekChange(addDays(monday, -7))} />
          <Button onClick={() => onWeekChange(weekDays(today)[0])}>{t('actions.thisWeek')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('actions.nextWeek')} onClick={() => onWeekChange(addDays(monday, 7))} />
        </Space.Compact>
        <strong data-testid="week-range">{t('week.title', { from: format.date(days[0]), to: format.date(days[6]) })}</strong>
        <span style={{ flex: 1 }} />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!rep}>
          {t('actions.print')}
        </Button>
      </div>
      <h2 className="print-only">{t('week.printTitle', { rep: rep?.name ?? '', from: format.date(days[0]), to: format.date(days[6]) })}</h2>
      {rows.length === 0 && !visits.loading ? <Alert className="no-print" type="info" showIcon title={t('week.empty')} style={{ marginBottom: 12 }} /> : null}
      {rows.length > 0 ? <div className="visit-week-hint no-print">{t('week.dropHint')}</div> : null}
      <div className="visit-week-grid" data-testid="week-calendar">
        {days.map((day) => {
          const dayVisits = rows.filter((v) => (v.plannedDate ?? v.doneDate) === day);
          const working = rep?.workingDays.includes(isoWeekday(toDayNumber(day))) ?? true;
          const over = rep ? dayVisits.filter((v) => !v.doneDate).length > rep.visitsPerDay : false;
          return (
            <div
              key={day}
              className={`visit-day${working ? '' : ' visit-day-off'}${dragOver === day ? ' visit-day-over' : ''}`}
              data-testid={`day-${day}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragOver(day);
              }}
              onDragLeave={() => setDragOver((d) => (d === day ? null : d))}
              onDrop={(e) => onDrop(e, day)}
            >
              <div className="visit-day-head">
                <span>
                  {t(weekdayKey(day))} <span className="visit-day-date">{format.date(day)}</span>
                </span>
                {working ? (
                  <Tag color={over ? 'red' : 'default'} title={over ? t('week.overCapacity') : undefined}>
                    {t('week.capacity', { count: dayVisits.length, capacity: rep?.visitsPerDay ?? 0 })}
                  </Tag>
                ) : (
                  <Tag>{t('week.offDay')}</Tag>
                )}
              </div>
              {dayVisits.map((v) => (
                <VisitCard key={v.id} visit={v} onDone={() => setDoneVisit(v)} onMove={(date) => void move(v.id, date)} />
              ))}
            </div>
          );
        })}
      </div>
      {!rep && !visits.loading ? <Empty description={t('week.pickRep')} /> : null}
      <VisitDoneModal
        visit={doneVisit}
        onClose={() => setDoneVisit(null)}
        onSaved={() => {
          setDoneVisit(null);
          void visits.reload();
          onChanged();
        }}
      />
    </div>
  );
}

function VisitCard({ visit, onDone, onMove }: { visit: VisitRow; onDone(): void; onMove(date: string): void }) {
  const { t } = useTranslation('visits');
  const done = Boolean(visit.doneDate);
  return (
    <div
      className={`visit-card visit-card-${visit.status}`}
      draggable={!done}
      data-testid="visit-card"
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', visit.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="visit-card-name" title={visit.name}>
        {visit.name}
      </div>
      <div className="visit-card-meta">
        {visit.code}
        {visit.city ? ` · ${visit.city}` : ''}
      </div>
      <div className="visit-card-tags">
        <TierTag tier={visit.tier} />
        <ReasonTag reason={visit.reason} />
        {done ? <Tag color="success">{visit.outcome ? t(`outcome.${visit.outcome}`) : t('status.done')}</Tag> : null}
      </div>
      {done ? (
        visit.note ? <div className="visit-card-note">{visit.note}</div> : null
      ) : (
        <div className="visit-card-actions no-print">
          <Button size="small" type="primary" ghost icon={<CheckOutlined />} onClick={onDone}>
            {t('actions.markDone')}
          </Button>
          <DatePicker
            size="small"
            allowClear={false}
            aria-label={t('fields.plannedDate')}
            value={visit.plannedDate ? dayjs(visit.plannedDate) : null}
            onChange={(d) => d && onMove(d.format('YYYY-MM-DD'))}
            style={{ width: 118 }}
          />
        </div>
      )}
    </div>
  );
}
