import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openExportedFile } from '../../api/client';
import { folderOf, type ImportOutcome, type RowProblem } from './import-types';

/** Step 4: what was imported (or why nothing was), every problem, and the error report to download. */
export function ResultStep({ outcome, onRestart }: { outcome: ImportOutcome; onRestart(): void }) {
  const { t } = useTranslation('importExport');
  const r = outcome.result;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="import-result">
      {r ? (
        <>
          <Alert type={r.errorCount ? 'warning' : 'success'} showIcon message={t('result.done')} />
          <Space size={48} wrap>
            <Statistic title={t('result.imported')} value={r.imported} />
            <Statistic title={t('result.updated')} value={r.updated} />
            <Statistic title={t('result.unchanged')} value={r.unchanged} />
            <Statistic title={t('result.skipped')} value={r.skipped} />
            {r.customersCreated ? <Statistic title={t('result.customersCreated')} value={r.customersCreated} /> : null}
          </Space>
        </>
      ) : (
        <Alert type="error" showIcon message={t('result.failed')} description={outcome.failure} data-testid="import-failed" />
      )}
      {outcome.problems.length ? (
        <Table<RowProblem>
          rowKey={(p) => `${p.row}:${p.column}:${p.message}`}
          size="small"
          title={() => t('result.errors', { count: outcome.problemCount })}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={outcome.problems}
          columns={[
            { key: 'row', dataIndex: 'row', title: t('result.row'), width: 80 },
            { key: 'column', dataIndex: 'column', title: t('result.column'), width: 160 },
            { key: 'value', dataIndex: 'value', title: t('result.value'), width: 180 },
            { key: 'message', dataIndex: 'message', title: t('result.problem') },
          ]}
        />
      ) : null}
      <Space>
        {outcome.reportFile ? (
          <Button icon={<DownloadOutlined />} onClick={() => void openExportedFile(outcome.reportFile as string, folderOf(outcome.reportFile as string))}>
            {t('result.download')}
          </Button>
        ) : null}
        <Button type="primary" onClick={onRestart}>
          {t('restart')}
        </Button>
        {r ? <Link to="/customers">{t('result.viewCustomers')}</Link> : null}
      </Space>
    </Space>
  );
}
