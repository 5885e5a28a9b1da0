import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportPackSummary, SyncPeer, SyncRole, TableCounts } from '../../../../shared/ipc/channels/sync';
import { ApiError, call, fileForCore } from '../../api/client';
import { errorText } from '../../components/errors';
import { sync as syncZh } from '../../i18n/locales/zh-CN/sync';
import { useSettings } from '../../stores/settings';
import { UnknownSenderModal, type UnknownSender } from './UnknownSenderModal';

/** The sender of a pack refused because this install has not accepted it as a peer (null for any other error). */
function unknownSender(error: unknown): UnknownSender | null {
  if (!(error instanceof ApiError) || error.shape.code !== 'bad_pack') return null;
  const details = error.shape.details;
  if (details?.reason !== 'pack_unknown_sender' || typeof details.from !== 'string') return null;
  const claimedRole: SyncRole = details.claimedRole === 'manager' ? 'manager' : 'rep';
  return { from: details.from, claimedRole };
}

/**
 * Picks a pack file, imports it (all or nothing) and shows what changed and what conflicted. A pack from a sender
 * this install does not know yet asks the user to accept the sender as a peer first, then imports again.
 */
export function ImportPackCard({ peers, onImported, onPeersChanged }: { peers: SyncPeer[]; onImported: () => void; onPeersChanged: () => void }) {
  const { t } = useTranslation('sync');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportPackSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusedNote, setRefusedNote] = useState<string>('');
  const [unknown, setUnknown] = useState<{ sender: UnknownSender; path: string } | null>(null);
  /** imports the uploaded pack at `path`; a refusal for an unknown sender opens the accept dialog */
  const importFrom = async (path: string) => {
    try {
      setSummary(await call('sync.import', { file: path, passphrase: passphrase || undefined }));
      onImported();
    } catch (e) {
      const sender = unknownSender(e);
      if (sender) setUnknown({ sender, path });
      else {
        setError(errorText(e));
        setRefusedNote(t('import.failed'));
      }
    }
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setSummary(null);
    setUnknown(null);
    try {
      await importFrom(await fileForCore(file));
    } catch (e) {
      setError(errorText(e));
      setRefusedNote(t('import.failed'));
    } finally {
      setBusy(false);
    }
  };
  const accepted = async () => {
    if (!unknown) return;
    const path = unknown.path;
    setUnknown(null);
    onPeersChanged();
    setBusy(true);
    try {
      await importFrom(path);
    } finally {
      setBusy(false);
    }
  };
  const cancelled = () => {
    if (!unknown) return;
    setError(t('import.cancelled', { from: unknown.sender.from }));
    setRefusedNote(t('import.cancelledHint'));
    setUnknown(null);
  };
  return (
    <Card title={t('import.title')} style={{ height: '100%' }}>
      <Form layout="vertical">
        <Form.Item label={t('import.pick')}>
          <input
            type="file"
            accept=".tdsync,application/octet-stream"
            aria-label={t('import.pick')}
            data-testid="sync-import-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Form.Item>
        <Form.Item label={t('import.passphrase')}>
          <Input.Password aria-label={t('import.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" />
        </Form.Item>
        <Button type="primary" icon={<ImportOutlined />} disabled={!file} loading={busy} onClick={() => void run()}>
          {t('import.run')}
        </Button>
      </Form>
      {error ? (
        <Alert style={{ marginTop: 16 }} type="error" showIcon title={error} description={refusedNote} data-testid="sync-import-refused" />
      ) : null}
      {summary ? <ImportSummaryView summary={summary} sender={peers.find((p) => p.deviceId === summary.from) ?? null} /> : null}
      {unknown ? <UnknownSenderModal sender={unknown.sender} onAccepted={accepted} onCancel={cancelled} /> : null}
    </Card>
  );
}

function ImportSummaryView({ summary, sender }: { summary: ImportPackSummary; sender: SyncPeer | null }) {
  const { t } = useTranslation('sync');
  const format = useSettings((s) => s.format);
  const rows = Object.entries(summary.tables).map(([table, counts]) => ({ table, ...counts }));
  return (
    <div style={{ marginTop: 16 }} data-testid="sync-import-summary">
      <Alert type={summary.conflicts > 0 ? 'warning' : 'success'} showIcon
        title={t('import.done', { from: sender ? t('import.sender', { name: sender.name, role: t(`role.${summary.role}`) }) : summary.from })}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 12, marginBottom: 12 }} title={t('import.summary')}>
        <Descriptions.Item label={t('import.applied')}>{format.number(summary.applied)}</Descriptions.Item>
        <Descriptions.Item label={t('import.ignored')}>{format.number(summary.ignored)}</Descriptions.Item>
        <Descriptions.Item label={t('import.conflicts')}>{format.number(summary.conflicts)}</Descriptions.Item>
        {summary.orders > 0 ? <Descriptions.Item label={t('import.orders')}>{format.number(summary.orders)}</Descriptions.Item> : null}
        {summary.rated > 0 ? <Descriptions.Item label={t('import.rated')}>{format.number(summary.rated)}</Descriptions.Item> : null}
        {summary.evicted > 0 ? <Descriptions.Item label={t('import.evicted')}>{format.number(summary.evicted)}</Descriptions.Item> : null}
      </Descriptions>
      {summary.evicted > 0 ? (
        <Alert type="info" showIcon title={t('import.evictedNote', { count: format.number(summary.evicted) })} style={{ marginBottom: 12 }} />
      ) : null}
      {rows.length === 0 ? (
        summary.orders + summary.rated + summary.evicted === 0 ? <Alert type="info" title={t('import.nothing')} /> : null
      ) : (
        <Table<TableCounts & { table: string }>
          rowKey="table"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'table', dataIndex: 'table', title: t('import.table'), render: (name: string) => tableLabel(t, name) },
            { key: 'inserted', dataIndex: 'inserted', title: t('import.inserted'), align: 'right' },
            { key: 'updated', dataIndex: 'updated', title: t('import.updated'), align: 'right' },
            { key: 'deleted', dataIndex: 'deleted', title: t('import.deleted'), align: 'right' },
          ]}
        />
      )}
    </div>
  );
}

/** A synced table's name in the UI language (the raw name for a table this version does not know). */
export function tableLabel(t: TFunction<'sync'>, table: string): string {
  return Object.hasOwn(syncZh.tables, table) ? t(`tables.${table as keyof typeof syncZh.tables}`) : table;
}
