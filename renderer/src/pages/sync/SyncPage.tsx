import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRole } from '../../../../shared/ipc/channels/sync';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { ConflictLog } from './ConflictLog';
import { ExportPackCard } from './ExportPackCard';
import { ImportPackCard } from './ImportPackCard';
import { PeersCard } from './PeersCard';

/** This device and its role, its peers, exporting and importing packs, and the conflict log. */
export function SyncPage() {
  const { t } = useTranslation('sync');
  const { message } = App.useApp();
  const format = useSettings((s) => s.format);
  const status = useQuery(() => call('sync.status', {}), []);
  const [conflictsVersion, setConflictsVersion] = useState(0);
  const changed = () => {
    void status.reload();
    setConflictsVersion((v) => v + 1);
  };
  const setRole = async (role: SyncRole) => {
    try {
      await call('sync.role.set', { role });
      void status.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const [savingEncryptedOnly, setSavingEncryptedOnly] = useState(false);
  const setEncryptedOnly = async (on: boolean) => {
    setSavingEncryptedOnly(true);
    try {
      await call('sync.encryptedOnly.set', { on });
      void message.success(on ? t('device.encryptedOnlyOn') : t('device.encryptedOnlyOff'));
      await status.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSavingEncryptedOnly(false);
    }
  };
  const data = status.data;
  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {status.error ? <Alert type="error" showIcon title={status.error} style={{ marginBottom: 16 }} /> : null}
      <Card title={t('device.title')} loading={status.loading && !data} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('device.id')}>
            <Typography.Text code data-testid="sync-device-id">
              {data?.deviceId ?? '—'}
            </Typography.Text>
            <Button
              type="link"
              size="small"
              icon={<CopyOutlined />}
              aria-label={t('device.id')}
              onClick={() => void navigator.clipboard?.writeText(data?.deviceId ?? '').then(() => message.success(t('device.copied')))}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('device.role')}>
            <Select<SyncRole>
              aria-label={t('device.role')}
              value={data?.role}
              onChange={(role) => void setRole(role)}
              options={[
                { value: 'manager', label: t('role.manager') },
                { value: 'rep', label: t('role.rep') },
              ]}
              style={{ width: 140 }}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('device.changes')}>{format.number(data?.changes ?? 0)}</Descriptions.Item>
          {data?.territoryRepName ? (
            <Descriptions.Item label={t('device.territory')} span={{ xs: 1, md: 3 }}>
              <span data-testid="sync-territory">{t('device.territoryOf', { rep: data.territoryRepName })}</span>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('device.encryptedOnly')} span={{ xs: 1, md: 3 }}>
            <Switch
              aria-label={t('device.encryptedOnly')}
              checked={data?.encryptedOnly ?? false}
              loading={savingEncryptedOnly}
              disabled={!data}
              onChange={(on) => void setEncryptedOnly(on)}
            />
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {t('device.encryptedOnlyHint')}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('device.idHint')} {t('device.roleHint')}
        </Typography.Paragraph>
      </Card>
      <PeersCard peers={data?.peers ?? []} loading={status.loading && !data} onChanged={() => void status.reload()} />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <ExportPackCard peers={data?.peers ?? []} role={data?.role ?? 'manager'} onExported={() => void status.reload()} />
        </Col>
        <Col xs={24} lg={12}>
          <ImportPackCard peers={data?.peers ?? []} onImported={changed} onPeersChanged={() => void status.reload()} />
        </Col>
      </Row>
      <ConflictLog version={conflictsVersion} />
    </div>
  );
}
