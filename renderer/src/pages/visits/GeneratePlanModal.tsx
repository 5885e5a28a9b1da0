import { Alert, App, Button, DatePicker, Form, InputNumber, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/rep';
import type { PlanResult, PlanUnplannedRow } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { TierTag } from '../../components/TierTag';
import { useSettings } from '../../stores/settings';

interface PlanForm {
  weeks: number;
  start: Dayjs;
  repId?: string;
}

/** Weeks, start and rep → a saved plan, then what did not fit and why. */
export function GeneratePlanModal({ open, reps, onClose, onSaved }: { open: boolean; reps: Rep[]; onClose(): void; onSaved(plan: PlanResult): void }) {
  const { t } = useTranslation(['visits', 'common']);
  const format = useSettings((s) => s.format);
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanForm>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PlanResult | null>(null);
  useEffect(() => {
    if (open) {
      setResult(null);
      form.setFieldsValue({ weeks: 2, start: dayjs(), repId: undefined });
    }
  }, [open, form]);
  const generate = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const plan = await call('visits.plan', { weeks: values.weeks, start: values.start.format('YYYY-MM-DD'), repId: values.repId, save: true });
      setResult(plan);
      message.success(t('generate.saved'));
      onSaved(plan);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      width={760}
      title={t('generate.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common:actions.close')}
        </Button>,
        <Button key="go" type="primary" loading={busy} onClick={() => void generate().catch(() => undefined)}>
          {t('actions.generate')}
        </Button>,
      ]}
      destroyOnHidden
    >
      <p style={{ color: '#595959' }}>{t('generate.hint')}</p>
      <Form form={form} layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="weeks" label={t('fields.weeks')} rules={[{ required: true }]}>
          <InputNumber min={1} max={12} aria-label={t('fields.weeks')} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="start" label={t('fields.start')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} aria-label={t('fields.start')} />
        </Form.Item>
        <Form.Item name="repId" label={t('fields.rep')}>
          <Select allowClear showSearch optionFilterProp="label" aria-label={t('fields.rep')} placeholder={t('fields.allReps')} style={{ width: 180 }} options={reps.map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
      </Form>
      {result ? <PlanOutcome result={result} formatDate={format.date} /> : null}
    </Modal>
  );
}

function PlanOutcome({ result, formatDate }: { result: PlanResult; formatDate(d: string | null): string }) {
  const { t } = useTranslation('visits');
  const counts = Object.entries(result.unplannedByReason) as [PlanUnplannedRow['reason'], number][];
  return (
    <div data-testid="plan-result">
      <Alert
        type="success"
        showIcon
        title={t('generate.result', { visits: result.visits.length, start: formatDate(result.start), end: formatDate(result.end), ms: result.ms })}
        description={result.replaced ? t('generate.replaced', { count: result.replaced }) : undefined}
        style={{ marginBottom: 12 }}
      />
      {result.unplanned.length === 0 ? (
        <Alert type="info" showIcon title={t('generate.allFit')} />
      ) : (
        <>
          <h4 style={{ margin: '8px 0' }}>{t('generate.unplannedTitle', { count: result.unplanned.length })}</h4>
          <div style={{ marginBottom: 8, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
            {counts.map(([reason, n]) => (
              <Tag key={reason} color={reason === 'rep_capacity_full' ? 'orange' : 'red'}>
                {t(`unplannedReason.${reason}`)}: {n}
              </Tag>
            ))}
          </div>
          <Table<PlanUnplannedRow>
            size="small"
            rowKey="customerId"
            dataSource={result.unplanned}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { key: 'code', dataIndex: 'code', title: t('fields.code'), width: 100 },
              { key: 'name', dataIndex: 'name', title: t('fields.customer'), ellipsis: true },
              { key: 'tier', dataIndex: 'tier', title: t('fields.tier'), width: 70, render: (tier: string | null) => <TierTag tier={tier} /> },
              { key: 'rep', dataIndex: 'repName', title: t('fields.rep'), width: 90, render: (v: string | null) => v ?? '—' },
              { key: 'due', dataIndex: 'dueDate', title: t('fields.dueDate'), width: 110, render: (d: string | null) => formatDate(d) },
              { key: 'reason', dataIndex: 'reason', title: t('fields.reason'), render: (r: PlanUnplannedRow['reason']) => t(`unplannedReason.${r}`) },
            ]}
          />
        </>
      )}
    </div>
  );
}
