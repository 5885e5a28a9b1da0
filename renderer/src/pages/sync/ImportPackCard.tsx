import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportPackSummary, TableCounts } from '../../../../shared/ipc/channels/sync';
import { call, fileForCore } from '../../api/client';
import { errorText } from '../../components/errors';
import { sync as syncZh } from '../../i18n/locales/zh-CN/sync';
import { useSettings } from '../../stores/settings';

/** Picks a pack file, imports it (all or nothing) and shows what changed and what conflicted. */
export function ImportPackCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('sync');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportPackSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setSummary(null);
    try {
      const path = await fileForCore(file);
      setSummary(await call('sync.import', { file: path, passphrase: passphrase || undefined }));
      onImported();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
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
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} description={t('import.failed')} /> : null}
      {summary ? <ImportSummaryView summary={summary} /> : null}
    </Card>
  );
}

function ImportSummaryView({ summary }: { summary: ImportPackSummary }) {
  const { t } = useTranslation('sync');
  const format = useSettings((s) => s.format);
  const rows = Object.entries(summary.tables).map(([table, counts]) => ({ table, ...counts }));
  return (
    <div style={{ marginTop: 16 }} data-testid="sync-import-summary">
      <Alert type={summary.conflicts > 0 ? 'warning' : 'success'} showIcon message={t('import.done', { from: summary.from })} />
      <Descriptions size="small" column={3} style={{ marginTop: 12 }} title={t('import.summary')}>
        <Descriptions.Item label={t('import.applied')}>{format.number(summary.applied)}</Descriptions.Item>
        <Descriptions.Item label={t('import.ignored')}>{format.number(summary.ignored)}</Descriptions.Item>
        <Descriptions.Item label={t('import.conflicts')}>{format.number(summary.conflicts)}</Descriptions.Item>
      </Descriptions>
      {rows.length === 0 ? (
        <Alert type="info" message={t('import.nothing')} />
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
