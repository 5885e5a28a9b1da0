import { ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPackResult, SyncPeer } from '../../../../shared/ipc/channels/sync';
import { call, openExportedFile } from '../../api/client';
import { errorText } from '../../components/errors';
import { useSettings } from '../../stores/settings';

const EVERYTHING = '__all__';

/** Writes a pack for a peer (or everything, for a new computer) and hands the file to the user. */
export function ExportPackCard({ peers, onExported }: { peers: SyncPeer[]; onExported: () => void }) {
  const { t } = useTranslation('sync');
  const { message } = App.useApp();
  const format = useSettings((s) => s.format);
  const [peer, setPeer] = useState<string>(EVERYTHING);
  const [passphrase, setPassphrase] = useState('');
  const [personalData, setPersonalData] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportPackResult | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const value = await call('sync.export', {
        peerDeviceId: peer === EVERYTHING ? null : peer,
        passphrase: passphrase || undefined,
        includePersonalData: personalData,
      });
      setResult(value);
      onExported();
      await openExportedFile(value.file, value.exportsDir);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${format.number(bytes / 1024, 1)} KB` : `${format.number(bytes / 1024 / 1024, 1)} MB`);
  return (
    <Card title={t('export.title')} style={{ height: '100%' }}>
      <Form layout="vertical">
        <Form.Item label={t('export.peer')}>
          <Select
            aria-label={t('export.peer')}
            value={peer}
            onChange={setPeer}
            options={[
              { value: EVERYTHING, label: t('export.everything') },
              ...peers.map((p) => ({ value: p.deviceId, label: `${p.name} (${t(`role.${p.role}`)})` })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t('export.passphrase')} extra={t('export.passphraseHint')}>
          <Input.Password aria-label={t('export.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={personalData} onChange={(e) => setPersonalData(e.target.checked)}>
            {t('export.personalData')}
          </Checkbox>
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
          message={t('export.done', { count: result.changes, size: size(result.bytes) })}
          description={
            <Typography.Text type="secondary" copyable={{ text: result.file }}>
              {t('export.file')}: {result.file.split(/[\\/]/).pop()}
            </Typography.Text>
          }
        />
      ) : null}
    </Card>
  );
}
