import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_STATUSES, PHONE_PATTERN, type Customer, type CustomerInput } from '../../../../shared/domain/customer';
import { call } from '../../api/client';
import { useFormSave } from '../../components/useFormSave';
import { useReps } from '../../stores/reps';

interface FormValues extends Omit<CustomerInput, 'cooperationStart'> {
  cooperationStart?: Dayjs | null;
}

/** Create or edit a customer. The core validates again; its field errors land on the fields. */
export function CustomerFormModal(props: { open: boolean; customer?: Customer; onClose(): void; onSaved(customer: Customer): void }) {
  const { t } = useTranslation(['customers', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const reps = useReps((s) => s.reps);
  const editing = Boolean(props.customer);

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const c = props.customer;
    if (c) form.setFieldsValue({ ...c, ownerRepId: c.ownerRepId ?? undefined, cooperationStart: c.cooperationStart ? dayjs(c.cooperationStart) : null });
  }, [props.open, props.customer, form]);

  const { save, saving } = useFormSave(form, async (values) => {
    const input: CustomerInput = {
      ...values,
      ownerRepId: values.ownerRepId ?? null,
      cooperationStart: values.cooperationStart ? values.cooperationStart.format('YYYY-MM-DD') : null,
      tags: values.tags ?? [],
      custom: props.customer?.custom ?? {},
    };
    const saved = props.customer ? await call('customers.update', { id: props.customer.id, fields: input }) : await call('customers.create', input);
    message.success(t(editing ? 'form.updated' : 'form.created', { name: saved.name }));
    props.onSaved(saved);
  });

  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });
  return (
    <Modal
      open={props.open}
      title={t(editing ? 'form.editTitle' : 'form.createTitle')}
      onCancel={props.onClose}
      onOk={() => void save()}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ status: 'active', tags: [] }} requiredMark onFinish={() => void save()}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="code" label={t('form.code')} rules={[required(t('form.code'))]}>
            <Input maxLength={64} autoFocus />
          </Form.Item>
          <Form.Item name="name" label={t('form.name')} rules={[required(t('form.name'))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="industry" label={t('form.industry')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="status" label={t('form.status')}>
            <Select options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="region" label={t('form.region')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="city" label={t('form.city')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label={t('form.address')} style={{ gridColumn: 'span 2' }}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="contactName" label={t('form.contactName')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('form.contactPhone')} rules={[{ pattern: PHONE_PATTERN, message: t('form.invalidPhone') }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="contactEmail" label={t('form.contactEmail')} rules={[{ type: 'email', message: t('form.invalidEmail') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="ownerRepId" label={t('form.owner')}>
            <Select allowClear showSearch optionFilterProp="label" options={reps.map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
          <Form.Item name="cooperationStart" label={t('form.cooperationStart')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="tags" label={t('form.tags')}>
            <Select mode="tags" placeholder={t('form.tagsPlaceholder')} tokenSeparators={[',', '，']} />
          </Form.Item>
        </div>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
