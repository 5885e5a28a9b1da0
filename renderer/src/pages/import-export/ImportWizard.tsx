import { Alert, Button, Card, Progress, Space, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportResult } from '../../../../shared/ipc/channels/import';
import { ApiError, call, fileForCore, onProgress, startJob } from '../../api/client';
import { errorText } from '../../components/errors';
import { useSettings } from '../../stores/settings';
import { ImportFileStep } from './ImportFileStep';
import { MappingStep, missingFields } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { SheetPicker } from './SheetPicker';
import type { ImportFormat, ImportKind, ImportMode, ImportOutcome, Mapping } from './import-types';

/** The core's all-or-nothing refusal (bad_file) with the problems it listed, as the result step shows them. */
function failureOutcome(error: unknown, lang: 'zh' | 'en'): ImportOutcome {
  const details = error instanceof ApiError ? error.shape.details : undefined;
  const listed = (details?.errors as { row: number; column: string; value?: string; expected: { zh: string; en: string } }[] | undefined) ?? [];
  return {
    result: null,
    failure: errorText(error),
    problems: listed.map((e) => ({ row: e.row, column: e.column, value: e.value ?? '', message: e.expected[lang] })),
    problemCount: typeof details?.errorCount === 'number' ? details.errorCount : listed.length,
    reportFile: typeof details?.reportFile === 'string' ? details.reportFile : null,
  };
}

/** Import wizard: file → column mapping → preview (dry run) → result, with progress while the core works. */
export function ImportWizard() {
  const { t } = useTranslation('importExport');
  const language = useSettings((s) => s.language);
  const lang = language === 'en' ? 'en' : 'zh';
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [format, setFormat] = useState<ImportFormat>('generic');
  const [file, setFile] = useState<File | null>(null);
  const [corePath, setCorePath] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<ImportKind, ImportField[]> | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** the worksheet of a workbook (undefined: the core reads the first visible one) */
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<Mapping>({});
  const [remember, setRemember] = useState(true);
  const [dayFirst, setDayFirst] = useState(false);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [dryRun, setDryRun] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelJob, setCancelJob] = useState<null | (() => Promise<boolean>)>(null);

  useEffect(() => {
    void call('import.fields', {}).then(setFields, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(() => {
    if (!busy) return;
    return onProgress((p) => p.channel.startsWith('import.') && setDone(p.done));
  }, [busy]);

  const work = async (body: () => Promise<void>) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      await body();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const base = () => ({ file: corePath as string, kind, format: kind === 'orders' ? format : undefined, dayFirst, sheet });

  const readFile = () =>
    work(async () => {
      const path = await fileForCore(file as File);
      const p = await call('import.preview', { file: path, kind, format: kind === 'orders' ? format : undefined, dayFirst });
      setCorePath(path);
      setSheet(p.source.sheet);
      setPreview(p);
      setMapping(p.mapping);
      setDryRun(null);
      setStep(1);
    });
  const confirmMapping = () =>
    work(async () => {
      if (remember && preview) await call('import.saveMapping', { kind, signature: preview.signature, mapping });
      setPreview(await call('import.preview', { ...base(), mapping }));
      setStep(2);
    });
  /** another sheet has other columns: its preview suggests (or recalls) the mapping afresh */
  const changeSheet = (value: string) =>
    work(async () => {
      const p = await call('import.preview', { ...base(), sheet: value });
      setSheet(value);
      setPreview(p);
      setMapping(p.mapping);
      setDryRun(null);
    });
  const changeDayFirst = (value: boolean) => {
    setDayFirst(value);
    setDryRun(null);
    void work(async () => setPreview(await call('import.preview', { ...base(), dayFirst: value, mapping })));
  };
  const runImport = (dry: boolean) =>
    work(async () => {
      try {
        const job = startJob('import.run', { ...base(), mapping, mode, dryRun: dry, language: lang });
        setCancelJob(() => job.cancel);
        const r = await job.result.finally(() => setCancelJob(null));
        if (dry) return setDryRun(r);
        const problems = r.errors.map((e) => ({ row: e.row, column: e.column, value: e.value, message: e.message[lang] }));
        setOutcome({ result: r, failure: null, problems, problemCount: r.errorCount, reportFile: r.errorReport });
      } catch (e) {
        if (e instanceof ApiError && e.shape.code === 'cancelled') return setError(errorText(e));
        if (!(e instanceof ApiError) || e.shape.code !== 'bad_file') throw e;
        setOutcome(failureOutcome(e, lang));
      }
      setStep(3);
    });
  const restart = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setSheet(undefined);
    setOutcome(null);
    setDryRun(null);
    setError(null);
  };

  const kindFields = fields?.[kind] ?? [];
  const canMap = preview !== null && missingFields(kind, kindFields, mapping).length === 0;
  return (
    <Card>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={(['file', 'mapping', 'preview', 'result'] as const).map((s) => ({ title: t(`steps.${s}`) }))}
      />
      {step === 0 ? <ImportFileStep kind={kind} format={format} file={file} onKind={setKind} onFormat={setFormat} onFile={setFile} /> : null}
      {step === 1 && preview ? (
        <SheetPicker sheets={preview.source.sheets ?? []} sheet={sheet} disabled={busy} onSheet={(s) => void changeSheet(s)} />
      ) : null}
      {step === 1 && preview ? (
        <MappingStep kind={kind} fields={kindFields} preview={preview} mapping={mapping} remember={remember} onMapping={setMapping} onRemember={setRemember} />
      ) : null}
      {step === 2 && preview ? (
        <PreviewStep preview={preview} dayFirst={dayFirst} mode={mode} dryRun={dryRun} onDayFirst={changeDayFirst} onMode={setMode} />
      ) : null}
      {step === 3 && outcome ? <ResultStep outcome={outcome} onRestart={restart} /> : null}
      {busy ? <Progress style={{ marginTop: 16 }} percent={100} status="active" showInfo={false} /> : null}
      {busy && done !== null ? <div>{t('progress', { done })}</div> : null}
      {busy && cancelJob ? (
        <Button danger style={{ marginTop: 8 }} onClick={() => void cancelJob()}>
          {t('cancel')}
        </Button>
      ) : null}
      {error ? <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} data-testid="import-error" /> : null}
      {step < 3 ? (
        <Space style={{ marginTop: 24 }}>
          {step > 0 ? (
            <Button disabled={busy} onClick={() => setStep(step - 1)}>
              {t('back')}
            </Button>
          ) : null}
          {step === 0 ? (
            <Button type="primary" disabled={!file} loading={busy} onClick={() => void readFile()}>
              {t('next')}
            </Button>
          ) : null}
          {step === 1 ? (
            <Button type="primary" disabled={!canMap} loading={busy} onClick={() => void confirmMapping()}>
              {t('next')}
            </Button>
          ) : null}
          {step === 2 ? (
            <>
              <Button loading={busy} onClick={() => void runImport(true)}>
                {t('preview.dryRun')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void runImport(false)}>
                {t('preview.run')}
              </Button>
            </>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}
