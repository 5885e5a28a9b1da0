import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_OUTCOMES, type VisitOutcome, type VisitRow } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { useFormSave } from '../../components/useFormSave';
import { useSettings } from '../../stores/settings';

interface DoneForm {
  doneDate: Dayjs;
  outcome: VisitOutcome;
  note?: string;
  nextAction?: string;
  followUpDate?: Dayjs | null;
}

/** Marks a visit done: the day, the outcome, a note and the next action (optionally a follow-up visit). */
export function VisitDoneModal({ visit, onClose, onSaved }: { visit: VisitRow | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['visits', 'common']);
  const format = useSettings((s) => s.format);
  const { message } = App.useApp();
  const [form] = Form.useForm<DoneForm>();
  useEffect(() => {
    if (!visit) return;
    form.resetFields();
    const today = dayjs();
    const planned = visit.plannedDate ? dayjs(visit.plannedDate) : today;
    form.setFieldsValue({
      doneDate: visit.doneDate ? dayjs(visit.doneDate) : planned.isAfter(today, 'day') ? today : planned,
      outcome: visit.outcome ?? undefined,
      note: visit.note ?? undefined,
      nextAction: visit.nextAction ?? undefined,
    });
  }, [visit, form]);
  const { save, saving } = useFormSave(form, async (values) => {
    if (!visit) return;
    const result = await call('visits.done', {
      id: visit.id,
      doneDate: values.doneDate.format('YYYY-MM-DD'),
      outcome: values.outcome,
      note: values.note ?? null,
      nextAction: values.nextAction ?? null,
      followUpDate: values.followUpDate ? values.followUpDate.format('YYYY-MM-DD') : null,
    });
    message.success(result.followUp ? t('done.followUpSaved', { date: format.date(result.followUp.plannedDate) }) : t('done.saved', { name: visit.name }));
    onSaved();
  });
  return (
    <Modal
      open={visit !== null}
      title={visit ? t('done.title', { name: visit.name }) : ''}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="doneDate" label={t('fields.doneDate')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="outcome" label={t('fields.outcome')} rules={[{ required: true }]}>
          <Select aria-label={t('fields.outcome')} options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="nextAction" label={t('fields.nextAction')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="followUpDate" label={t('fields.followUpDate')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
