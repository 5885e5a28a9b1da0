import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Progress, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../shared/ipc/channels/export';
import type { RunInfo } from '../../../../shared/ipc/channels/ratings';
import { call, onProgress, openExportedFile } from '../../api/client';
import { errorText } from '../../components/errors';
import { useSettings } from '../../stores/settings';
import { runLabel, useLang } from '../tiers/tier-display';

type Language = 'zh-CN' | 'en';
type ListKind = 'customers' | 'changes' | 'visits';

/** Runs one export with progress, hands the file to the user, and shows where it went. */
function useExport() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ done: number; total?: number } | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!busy) return;
    return onProgress((p) => p.channel.startsWith('export.') && setDone({ done: p.done, total: p.total }));
  }, [busy]);
  const run = async (body: () => Promise<ExportResult>) => {
    setBusy(true);
    setDone(null);
    setError(null);
    setResult(null);
    try {
      const r = await body();
      setResult(r);
      await openExportedFile(r.file, r.exportsDir);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, done, result, error, run };
}

function ExportStatus({ state, testId }: { state: ReturnType<typeof useExport>; testId: string }) {
  const { t } = useTranslation('importExport');
  const { busy, done, result, error } = state;
  return (
    <div style={{ marginTop: 16 }} data-testid={testId}>
      {busy && done?.total ? <Progress percent={Math.round((done.done / done.total) * 100)} /> : null}
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          message={t('export.done', { rows: result.rows, ms: result.ms })}
          description={
            <Button type="link" icon={<DownloadOutlined />} style={{ padding: 0 }} onClick={() => void openExportedFile(result.file, result.exportsDir)}>
              {result.file.split(/[\\/]/).pop()}
            </Button>
          }
        />
      ) : null}
    </div>
  );
}

/** The export side: the tier report of a run, and lists (customers, tier changes between two runs) as xlsx or CSV. */
export function ExportPanel() {
  const { t } = useTranslation('importExport');
  const uiLanguage = useSettings((s) => s.language);
  const ui = useSettings((s) => s.format);
  const lang = useLang();
  const [runs, setRuns] = useState<RunInfo[] | null>(null);
  const [runId, setRunId] = useState<string>();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [list, setList] = useState<ListKind>('customers');
  const [visitRange, setVisitRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [contacts, setContacts] = useState(true);
  const [fromRun, setFromRun] = useState<string>();
  const [toRun, setToRun] = useState<string>();
  const report = useExport();
  const lists = useExport();
  useEffect(() => {
    void call('ratings.list', { limit: 200 }).then((r) => {
      setRuns(r);
      setRunId(r[0]?.id);
      setToRun(r[0]?.id);
      setFromRun(r[1]?.id);
    });
  }, []);
  const runOptions = (runs ?? []).map((r) => ({ value: r.id, label: `${runLabel(r, ui.date, lang)} · ${t('export.runCustomers', { n: ui.number(r.customers) })}` }));
  const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD');
  const exportList = () =>
    lists.run(() => {
      if (list === 'customers') return call('export.customers', { format, language, includeContacts: contacts });
      if (list === 'visits') return call('export.visits', { from: day(visitRange?.[0]), to: day(visitRange?.[1]), format, language });
      return call('export.changes', { fromRunId: fromRun as string, toRunId: toRun as string, format, language });
    });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('export.report')} style={{ height: '100%' }}>
          <Typography.Paragraph type="secondary">{t('export.reportHint')}</Typography.Paragraph>
          {runs && runs.length === 0 ? <Alert type="info" showIcon message={t('export.noRuns')} /> : null}
          <Form layout="vertical">
            <Form.Item label={t('export.run')}>
              <Select aria-label={t('export.run')} value={runId} onChange={setRunId} options={runOptions} loading={runs === null} />
            </Form.Item>
            <Form.Item label={t('export.language')}>
              <Radio.Group value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                <Radio value="zh-CN">中文</Radio>
                <Radio value="en">English</Radio>
              </Radio.Group>
            </Form.Item>
            <Button type="primary" icon={<ExportOutlined />} disabled={!runId} loading={report.busy} onClick={() => void report.run(() => call('export.report', { runId, language }))}>
              {t('export.start')}
            </Button>
          </Form>
          <ExportStatus state={report} testId="report-export" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('export.list')} style={{ height: '100%' }}>
          <Form layout="vertical">
            <Form.Item label={t('export.listKind')}>
              <Radio.Group value={list} onChange={(e) => setList(e.target.value as ListKind)}>
                <Radio value="customers">{t('export.customers')}</Radio>
                <Radio value="changes" disabled={(runs?.length ?? 0) < 2}>
                  {t('export.changes')}
                </Radio>
                <Radio value="visits">{t('export.visits')}</Radio>
              </Radio.Group>
            </Form.Item>
            {list === 'visits' ? (
              <Form.Item label={t('export.visitRange')}>
                <DatePicker.RangePicker allowEmpty={[true, true]} value={visitRange} onChange={(v) => setVisitRange(v as [Dayjs | null, Dayjs | null] | null)} />
              </Form.Item>
            ) : list === 'changes' ? (
              <Form.Item>
                <Select aria-label={t('export.fromRun')} placeholder={t('export.fromRun')} value={fromRun} onChange={setFromRun} options={runOptions} style={{ width: '48%', marginRight: '4%' }} />
                <Select aria-label={t('export.toRun')} placeholder={t('export.toRun')} value={toRun} onChange={setToRun} options={runOptions} style={{ width: '48%' }} />
              </Form.Item>
            ) : (
              <Form.Item>
                <Checkbox checked={contacts} onChange={(e) => setContacts(e.target.checked)}>
                  {t('export.contacts')}
                </Checkbox>
              </Form.Item>
            )}
            <Form.Item label={t('export.fileFormat')} extra={format === 'csv' ? t('export.csvHint') : undefined}>
              <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as 'xlsx' | 'csv')} optionType="button">
                <Radio.Button value="xlsx">Excel (.xlsx)</Radio.Button>
                <Radio.Button value="csv">CSV</Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Button type="primary" icon={<ExportOutlined />} loading={lists.busy} disabled={list === 'changes' && (!fromRun || !toRun)} onClick={() => void exportList()}>
              {t('export.start')}
            </Button>
          </Form>
          <ExportStatus state={lists} testId="list-export" />
        </Card>
      </Col>
    </Row>
  );
}
