import { CalendarOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { VisitsOverview } from '../../../../shared/ipc/channels/visits';
import { addDays, openingWeek } from '../../../../shared/visits';
import { call, openExportedFile } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useReps } from '../../stores/reps';
import { useSettings } from '../../stores/settings';
import { ComplianceTab } from './ComplianceTab';
import { GeneratePlanModal } from './GeneratePlanModal';
import { OverdueTab } from './OverdueTab';
import { PoliciesTab } from './PoliciesTab';
import { VisitListTab } from './VisitListTab';
import { WeekCalendar } from './WeekCalendar';
import { localToday, weekDays } from './visit-ui';
import './visits.css';

/** Visit plans by tier: a rep's week, all visits, overdue customers, compliance and the tier policies. */
export function VisitsPage() {
  const { t } = useTranslation(['visits', 'common']);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const language = useSettings((s) => s.language);
  const { reps, load: loadReps } = useReps();
  const [repId, setRepId] = useState<string | undefined>();
  // the week the user turned to; until then the opening week: this week, or the latest plan's first week
  // when today lies outside its visits (a plan made on a weekend starts next Monday), by the core's clock
  const [chosenMonday, setMonday] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [generating, setGenerating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const overview = useQuery(() => call('visits.overview', {}), [version]);
  const today = overview.data?.today ?? (overview.error ? localToday() : null);
  const monday = chosenMonday ?? (today ? openingWeek(today, overview.data?.latestPlan ?? null) : null);
  const changed = () => setVersion((v) => v + 1);
  useEffect(() => {
    void loadReps();
  }, [loadReps]);
  useEffect(() => {
    if (!repId && reps.length) setRepId((reps.find((r) => r.active && r.customerCount > 0) ?? reps[0]).id);
  }, [reps, repId]);
  const exportPlan = async () => {
    if (!monday) return;
    setExporting(true);
    try {
      const result = await call('visits.export', { from: monday, to: addDays(monday, 27), language });
      message.success(t('exported', { rows: result.rows }));
      await openExportedFile(result.file, result.exportsDir);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <div className="page">
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportPlan()}>
              {t('actions.export')}
            </Button>
            <Button type="primary" icon={<CalendarOutlined />} onClick={() => setGenerating(true)}>
              {t('actions.generate')}
            </Button>
          </>
        }
      />
      <EmptyStateHints overview={overview.data} onSettings={() => navigate('/settings')} onModels={() => navigate('/models')} />
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'week',
            label: t('tabs.week'),
            children:
              monday && today ? (
                <WeekCalendar reps={reps} repId={repId} onRepChange={setRepId} monday={monday} today={today} onWeekChange={setMonday} version={version} onChanged={changed} />
              ) : null,
          },
          { key: 'list', label: t('tabs.list'), children: <VisitListTab reps={reps} version={version} onChanged={changed} /> },
          { key: 'overdue', label: t('tabs.overdue'), children: <OverdueTab reps={reps} version={version} /> },
          { key: 'compliance', label: t('tabs.compliance'), children: <ComplianceTab reps={reps} version={version} /> },
          { key: 'policies', label: t('tabs.policies'), children: <PoliciesTab onChanged={changed} /> },
        ]}
      />
      <GeneratePlanModal
        open={generating}
        reps={reps}
        onClose={() => setGenerating(false)}
        onSaved={(plan) => {
          // show the week of the first planned visit, of the rep on screen if the plan has one for them
          const first = plan.visits.find((v) => v.repId === repId) ?? plan.visits[0];
          if (first) {
            setMonday(weekDays(first.date)[0]);
            setRepId(first.repId);
          }
          changed();
        }}
      />
    </div>
  );
}

/** Tells the user what is missing before a plan can be made. */
function EmptyStateHints({ overview, onSettings, onModels }: { overview: VisitsOverview | undefined; onSettings(): void; onModels(): void }) {
  const { t } = useTranslation('visits');
  if (!overview) return null;
  const hints: { key: string; text: string; action?: { label: string; go(): void } }[] = [];
  if (overview.reps === 0) hints.push({ key: 'reps', text: t('empty.noReps'), action: { label: t('actions.toSettings'), go: onSettings } });
  else if (overview.repsWithCapacity === 0) hints.push({ key: 'cap', text: t('empty.noCapacity'), action: { label: t('actions.toSettings'), go: onSettings } });
  if (overview.customers === 0) hints.push({ key: 'customers', text: t('empty.noCustomers') });
  else if (overview.rated === 0) hints.push({ key: 'rated', text: t('empty.noRatings'), action: { label: t('actions.toModels'), go: onModels } });
  return (
    <>
      {hints.map((h) => (
        <Alert
          key={h.key}
          type="warning"
          showIcon
          title={h.text}
          style={{ marginBottom: 12 }}
          action={h.action ? <Button size="small" onClick={h.action.go}>{h.action.label}</Button> : undefined}
        />
      ))}
    </>
  );
}
