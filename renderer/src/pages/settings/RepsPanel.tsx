import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Form, Input, InputNumber, Modal, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep, RepInput } from '../../../../shared/domain/rep';
import { call } from '../../api/client';
import { useFormSave } from '../../components/useFormSave';
import { useReps } from '../../stores/reps';
import { useSettings } from '../../stores/settings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The sales reps: list, create, edit (capacity feeds visit planning). */
export function RepsPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const format = useSettings((s) => s.format);
  const { reps, loaded, load } = useReps();
  const [editing, setEditing] = useState<Rep | 'new' | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card
      title={t('reps.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('reps.create')}
        </Button>
      }
    >
      <Table<Rep>
        rowKey="id"
        size="middle"
        loading={!loaded}
        dataSource={reps}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('reps.empty')} /> }}
        onRow={(rep) => ({ onDoubleClick: () => setEditing(rep) })}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('reps.name'), render: (name: string, rep) => <a onClick={() => setEditing(rep)}>{name}</a> },
          { key: 'region', dataIndex: 'region', title: t('reps.region'), render: (v: string | null) => v ?? '—' },
          { key: 'visitsPerDay', dataIndex: 'visitsPerDay', title: t('reps.visitsPerDay'), align: 'right' },
          { key: 'workingDays', dataIndex: 'workingDays', title: t('reps.workingDays'), render: (days: number[]) => days.map((d) => t(`weekdays.d${d as 1}`)).join(' ') },
          { key: 'weeklyCapacity', dataIndex: 'weeklyCapacity', title: t('reps.weeklyCapacity'), align: 'right' },
          { key: 'customerCount', dataIndex: 'customerCount', title: t('reps.customers'), align: 'right', render: (n: number) => format.number(n) },
          { key: 'active', dataIndex: 'active', title: t('reps.active'), render: (active: boolean) => (active ? <Tag color="green">{t('reps.active')}</Tag> : <Tag>{t('reps.inactive')}</Tag>) },
        ]}
      />
      <RepFormModal rep={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void load(); }} />
    </Card>
  );
}

function RepFormModal({ rep, onClose, onSaved }: { rep: Rep | 'new' | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<RepInput>();
  useEffect(() => {
    if (!rep) return;
    form.resetFields();
    if (rep !== 'new') form.setFieldsValue(rep);
  }, [rep, form]);
  const { save, saving } = useFormSave(form, async (values) => {
    const saved = rep && rep !== 'new' ? await call('reps.update', { id: rep.id, fields: values }) : await call('reps.create', values);
    message.success(t('reps.saved', { name: saved.name }));
    onSaved();
  });
  return (
    <Modal
      open={rep !== null}
      title={t(rep === 'new' ? 'reps.create' : 'reps.edit')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ visitsPerDay: 4, workingDays: [1, 2, 3, 4, 5], active: true }}>
        <Form.Item name="name" label={t('reps.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="region" label={t('reps.region')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="email" label={t('reps.email')} rules={[{ type: 'email' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('reps.phone')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="visitsPerDay" label={t('reps.visitsPerDay')} rules={[{ required: true }]}>
          <InputNumber min={0} max={20} />
        </Form.Item>
        <Form.Item name="workingDays" label={t('reps.workingDays')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekdays.d${d}`) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('reps.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
