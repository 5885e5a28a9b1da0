import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncPeer, SyncRole } from '../../../../shared/ipc/channels/sync';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../components/errors';
import { useSettings } from '../../stores/settings';
import { PeerFields, type PeerFieldValues } from './PeerFields';

/** The installs this one exchanges packs with, and when it last did. */
export function PeersCard({ peers, loading, onChanged }: { peers: SyncPeer[]; loading: boolean; onChanged: () => void }) {
  const { t } = useTranslation('sync');
  const format = useSettings((s) => s.format);
  const [editing, setEditing] = useState<SyncPeer | 'new' | null>(null);
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : <Typography.Text type="secondary">{t('peers.never')}</Typography.Text>);
  return (
    <Card
      title={t('peers.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('peers.add')}
        </Button>
      }
    >
      <Table<SyncPeer>
        rowKey="deviceId"
        size="middle"
        loading={loading}
        dataSource={peers}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('peers.empty')} /> }}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('peers.name'), render: (name: string, peer) => <a onClick={() => setEditing(peer)}>{name}</a> },
          { key: 'deviceId', dataIndex: 'deviceId', title: t('peers.deviceId'), render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
          {
            key: 'role',
            dataIndex: 'role',
            title: t('peers.role'),
            render: (role: SyncRole) => <Tag color={role === 'manager' ? 'blue' : undefined}>{t(`role.${role}`)}</Tag>,
          },
          {
            key: 'rep',
            dataIndex: 'repName',
            title: t('peers.rep'),
            render: (repName: string | null, peer) =>
              peer.role !== 'rep' ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : repName ? (
                repName
              ) : (
                <Typography.Text type="warning">{t('peers.repRequired')}</Typography.Text>
              ),
          },
          { key: 'lastSent', dataIndex: 'lastSentAt', title: t('peers.lastSent'), render: when },
          { key: 'lastReceived', dataIndex: 'lastReceivedAt', title: t('peers.lastReceived'), render: when },
          { key: 'pending', dataIndex: 'pending', title: t('peers.pending'), align: 'right', render: (n: number) => format.number(n) },
        ]}
      />
      {editing ? (
        <PeerModal
          peer={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

interface PeerForm extends PeerFieldValues {
  deviceId: string;
}

function PeerModal({ peer, onClose }: { peer: SyncPeer | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation(['sync', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<PeerForm>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    form.setFieldsValue(peer ? { deviceId: peer.deviceId, name: peer.name, role: peer.role, rep: peer.repId ?? undefined } : { role: 'rep' });
  }, [form, peer]);
  const save = async () => {
    const values = await form.validateFields();
    const input = { ...values, rep: values.role === 'rep' ? values.rep : null };
    setSaving(true);
    try {
      const saved = peer ? await call('sync.peers.update', input) : await call('sync.peers.add', input);
      void message.success(t('peers.saved', { name: saved.name }));
      onClose(true);
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.length) form.setFields(fields as never);
      else void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={peer ? t('peers.edit') : t('peers.add')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="deviceId" label={t('peers.deviceId')} rules={[{ required: true, pattern: /^\s*[0-9a-fA-F]{16}\s*$/ }]}>
          <Input disabled={Boolean(peer)} placeholder="0123456789abcdef" maxLength={20} />
        </Form.Item>
        <PeerFields />
      </Form>
    </Modal>
  );
}
