import { ExportOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPackResult, SyncPeer, SyncRole } from '../../../../shared/ipc/channels/sync';
import { call, openExportedFile } from '../../api/client';
import { errorText, fieldErrors } from '../../components/errors';
import { useSettings } from '../../stores/settings';

const EVERYTHING = '__all__';
/** the shortest passphrase the core accepts (sync.export) */
const MIN_PASSPHRASE = 8;

interface ExportForm {
  peer: string;
  passphrase?: string;
  personalData: boolean;
}

/** Writes a pack for a peer (or everything, for a new computer) and hands the file to the user. */
export function ExportPackCard({ peers, role, onExported }: { peers: SyncPeer[]; role: SyncRole; onExported: () => void }) {
  const { t } = useTranslation('sync');
  const { message } = App.useApp();
  const format = useSettings((s) => s.format);
  const [form] = Form.useForm<ExportForm>();
  const peerId = Form.useWatch('peer', form) ?? EVERYTHING;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportPackResult | null>(null);
  const run = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const value = await call('sync.export', {
        peerDeviceId: values.peer === EVERYTHING ? null : values.peer,
        passphrase: values.passphrase || undefined,
        includePersonalData: values.personalData,
      });
      setResult(value);
      onExported();
      await openExportedFile(value.file, value.exportsDir);
    } catch (error) {
      const fields = fieldErrors(error).filter((f) => f.name[0] === 'passphrase');
      if (fields.length) form.setFields(fields as never);
      else void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const peer = peers.find((p) => p.deviceId === peerId) ?? null;
  // a rep's install sends only its own field work; a manager's sends a rep its territory, anyone else the book
  const scope =
    role === 'rep' ? t('export.scopeManager') : peer?.role === 'rep' ? t('export.scopeRep', { rep: peer.repName ?? '—' }) : t('export.scopeAll');
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${format.number(bytes / 1024, 1)} KB` : `${format.number(bytes / 1024 / 1024, 1)} MB`);
  return (
    <Card title={t('export.title')} style={{ height: '100%' }}>
      <Form form={form} layout="vertical" initialValues={{ peer: EVERYTHING, passphrase: '', personalData: true }}>
        <Form.Item name="peer" label={t('export.peer')} extra={scope}>
          <Select
            aria-label={t('export.peer')}
            options={[
              { value: EVERYTHING, label: t('export.everything') },
              ...peers.map((p) => ({
                value: p.deviceId,
                label: `${p.name} (${t(`role.${p.role}`)}${p.role === 'rep' && p.repName ? ` · ${p.repName}` : ''})`,
              })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="passphrase"
          label={t('export.passphrase')}
          extra={t('export.passphraseHint')}
          rules={[{ min: MIN_PASSPHRASE, message: t('export.passphraseShort') }]}
        >
          <Input.Password aria-label={t('export.passphrase')} autoComplete="new-password" maxLength={1024} />
        </Form.Item>
        <Form.Item name="personalData" valuePropName="checked">
          <Checkbox>{t('export.personalData')}</Checkbox>
        </Form.Item>
        <Button type="primary" icon={<ExportOutlined />} loading={busy} onClick={() => void run()}>
          {t('export.run')}
        </Button>
      </Form>
      {result ? (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="sync-export-result"
          title={
            <Space size={8} wrap>
              <span>{t('export.done', { count: format.number(result.changes), size: size(result.bytes) })}</span>
              {result.encrypted ? (
                <Tag icon={<LockOutlined />} color="green">
                  {t('export.encrypted')}
                </Tag>
              ) : null}
            </Space>
          }
          description={
            <>
              <div>
                {result.customers > 0
                  ? t('export.carries', { customers: format.number(result.customers), orders: format.number(result.orders) })
                  : t('export.carriesNone')}
              </div>
              <Typography.Text type="secondary" copyable={{ text: result.file }}>
                {t('export.file')}: {result.file.split(/[\\/]/).pop()}
              </Typography.Text>
            </>
          }
        />
      ) : null}
    </Card>
  );
}
