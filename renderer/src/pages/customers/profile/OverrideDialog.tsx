import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TierInfo } from '../../../../../shared/scoring';
import { call } from '../../../api/client';
import { useFormSave } from '../../../components/useFormSave';
import { useLang } from '../../tiers/tier-display';

interface Values {
  tier: string;
  reason: string;
  expiresAt?: Dayjs | null;
}

/** Sets a manual tier with a required reason and an optional expiry; it applies from the next rating run. */
export function OverrideDialog({ open, customerId, tiers, currentTier, onClose, onSaved }: { open: boolean; customerId: string; tiers: TierInfo[]; currentTier: string | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['profile', 'common']);
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { save, saving } = useFormSave(form, async (values) => {
    await call('overrides.set', { customerId, tier: values.tier, reason: values.reason.trim(), expiresAt: values.expiresAt ? values.expiresAt.format('YYYY-MM-DD') : null });
    message.success(t('override.saved'));
    form.resetFields();
    onSaved();
  });
  return (
    <Modal open={open} title={t('override.title')} okText={t('common:actions.save')} cancelText={t('common:actions.cancel')} onOk={() => void save()} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ tier: currentTier ?? undefined }} onFinish={() => void save()}>
        <Form.Item name="tier" label={t('override.tier')} rules={[{ required: true, message: t('override.tierRequired') }]}>
          <Select aria-label={t('override.tier')} options={tiers.map((x) => ({ value: x.id, label: x.label[lang] }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('override.reason')} rules={[{ required: true, whitespace: true, message: t('override.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('override.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('override.expiresAt')} extra={t('override.expiresHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
