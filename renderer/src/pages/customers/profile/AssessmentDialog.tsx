import { App, DatePicker, Divider, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_VALUES, RELATIONSHIPS, type Relationship } from '../../../../../shared/domain/assessment';
import { call } from '../../../api/client';
import { useFormSave } from '../../../components/useFormSave';

interface Values {
  date: Dayjs;
  satisfaction?: number | null;
  recommend?: number | null;
  referrals?: number | null;
  influence?: number | null;
  potential?: number | null;
  relationship?: Relationship | null;
  assessor?: string;
  note?: string;
}

/** Adds a customer questionnaire and/or an expert rating; the next rating run reads it. */
export function AssessmentDialog({ open, customerId, onClose, onSaved }: { open: boolean; customerId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['profile', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { save, saving } = useFormSave(form, async (values) => {
    if (!ASSESSMENT_VALUES.some((key) => values[key] != null)) {
      form.setFields([{ name: 'satisfaction', errors: [t('assessments.atLeastOne')] }]);
      return;
    }
    await call('assessments.add', {
      customerId,
      date: values.date.format('YYYY-MM-DD'),
      satisfaction: values.satisfaction ?? null,
      recommend: values.recommend ?? null,
      referrals: values.referrals ?? null,
      influence: values.influence ?? null,
      potential: values.potential ?? null,
      relationship: values.relationship ?? null,
      assessor: values.assessor ?? null,
      note: values.note ?? null,
    });
    message.success(t('assessments.saved'));
    form.resetFields();
    onSaved();
  });
  const score = (name: 'satisfaction' | 'recommend' | 'referrals' | 'influence' | 'potential', min: number, max?: number) => (
    <Form.Item name={name} label={t(`assessments.${name}`)} style={{ flex: 1 }}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Modal open={open} title={t('assessments.title')} okText={t('common:actions.save')} cancelText={t('common:actions.cancel')} onOk={() => void save()} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={620}>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={() => void save()}>
        <Form.Item name="date" label={t('assessments.date')} rules={[{ required: true, message: t('assessments.dateRequired') }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>{t('assessments.questionnaire')}</Divider>
        <div style={{ display: 'flex', gap: 12 }}>
          {score('satisfaction', 1, 5)}
          {score('recommend', 0, 10)}
          {score('referrals', 0)}
        </div>
        <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>{t('assessments.expert')}</Divider>
        <div style={{ display: 'flex', gap: 12 }}>
          {score('influence', 1, 5)}
          {score('potential', 1, 5)}
          <Form.Item name="relationship" label={t('assessments.relationship')} style={{ flex: 1 }}>
            <Select allowClear aria-label={t('assessments.relationship')} options={RELATIONSHIPS.map((r) => ({ value: r, label: t(`assessments.rel.${r}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="assessor" label={t('assessments.assessor')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('assessments.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
