import { Alert, App, Descriptions, Form, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRole } from '../../../../shared/ipc/channels/sync';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../components/errors';
import { PeerFields, type PeerFieldValues } from './PeerFields';

/** A pack refused because its sender is not a peer: who it says it is (details of the 'pack_unknown_sender' refusal). */
export interface UnknownSender {
  from: string;
  claimedRole: SyncRole;
}

/**
 * Asks the user to accept the unknown sender of a pack as a peer (name, role, and the rep a rep install is).
 * "Accept and import" adds the peer and hands back to the caller, which imports the pack again; "Cancel" changes nothing.
 */
export function UnknownSenderModal({ sender, onAccepted, onCancel }: { sender: UnknownSender; onAccepted: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation(['sync', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<PeerFieldValues>();
  const [saving, setSaving] = useState(false);
  const accept = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const peer = await call('sync.peers.add', { deviceId: sender.from, name: values.name, role: values.role, rep: values.role === 'rep' ? values.rep : null });
      void message.success(t('unknown.accepted', { name: peer.name }));
    } catch (error) {
      setSaving(false);
      const fields = fieldErrors(error).filter((f) => ['name', 'role', 'rep'].includes(f.name[0]));
      if (fields.length) form.setFields(fields as never);
      else void message.error(errorText(error));
      return;
    }
    try {
      await onAccepted();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('unknown.title')}
      okText={t('unknown.accept')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => void accept()}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
      width={560}
    >
      <div data-testid="sync-unknown-sender">
        <Alert
          type="warning"
          showIcon
          title={t('unknown.sender', { from: sender.from, role: t(`unknown.says.${sender.claimedRole}`) })}
          description={t('unknown.explain')}
          style={{ marginBottom: 16 }}
        />
        <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t('peers.deviceId')}>
            <Typography.Text code>{sender.from}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('unknown.claimed')}>
            <Tag color={sender.claimedRole === 'manager' ? 'blue' : undefined}>{t(`role.${sender.claimedRole}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
        <Form form={form} layout="vertical" initialValues={{ role: sender.claimedRole }}>
          <PeerFields namePlaceholder={t('unknown.namePlaceholder')} autoFocusName />
        </Form>
      </div>
    </Modal>
  );
}
