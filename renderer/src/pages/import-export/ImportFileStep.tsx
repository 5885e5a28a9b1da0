import { Alert, Form, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportFormat, ImportKind } from './import-types';

interface Props {
  kind: ImportKind;
  format: ImportFormat;
  file: File | null;
  onKind(kind: ImportKind): void;
  onFormat(format: ImportFormat): void;
  onFile(file: File | null): void;
}

/** Step 1: what the file holds, its format (orders only) and the file itself. */
export function ImportFileStep({ kind, format, file, onKind, onFormat, onFile }: Props) {
  const { t } = useTranslation('importExport');
  return (
    <Form layout="vertical" style={{ maxWidth: 560 }}>
      <Form.Item label={t('kind.label')}>
        <Radio.Group value={kind} onChange={(e) => onKind(e.target.value as ImportKind)} optionType="button" buttonStyle="solid">
          {(['customers', 'orders', 'assessments'] as const).map((k) => (
            <Radio.Button key={k} value={k}>
              {t(`kind.${k}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {kind === 'orders' ? (
        <Form.Item label={t('format.label')}>
          <Select
            aria-label={t('format.label')}
            value={format}
            onChange={onFormat}
            options={(['generic', 'online-retail', 'cdnow'] as const).map((f) => ({ value: f, label: t(`format.${f}`) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t('file.label')} extra={t('file.hint')}>
        <input
          type="file"
          accept=".xlsx,.xlsm,.xlsb,.xls,.et,.ods,.csv,.txt,.gz"
          aria-label={t('file.label')}
          data-testid="import-file"
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
      </Form.Item>
      {file ? (
        <Typography.Text type="secondary">
          {file.name} · {(file.size / 1024).toFixed(1)} KB
        </Typography.Text>
      ) : (
        <Alert type="info" showIcon message={t('file.none')} />
      )}
    </Form>
  );
}
