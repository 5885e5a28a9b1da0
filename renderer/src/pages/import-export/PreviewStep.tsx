import { Alert, Radio, Space, Switch, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult, PreviewCell } from '../../../../shared/ipc/channels/import';
import { useSettings } from '../../stores/settings';
import type { ImportMode } from './import-types';

interface Props {
  preview: ImportPreview;
  dayFirst: boolean;
  mode: ImportMode;
  dryRun: ImportResult | null;
  onDayFirst(dayFirst: boolean): void;
  onMode(mode: ImportMode): void;
}

type PreviewRow = ImportPreview['rows'][number];

const BAD_CELL = { background: '#fff1f0', color: '#cf1322', outline: '1px solid #ffa39e', padding: '0 4px', display: 'block' } as const;

/** Step 3: the first rows with every bad cell in red (its problem as a tooltip), the date order and the error policy. */
export function PreviewStep({ preview, dayFirst, mode, dryRun, onDayFirst, onMode }: Props) {
  const { t } = useTranslation('importExport');
  const lang = useSettings((s) => s.language) === 'en' ? 'en' : 'zh';
  const bad = preview.rows.filter((r) => !r.ok).length;
  const count = preview.rows.length;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text>{t('preview.intro', { count })}</Typography.Text>
      {bad ? (
        <Alert type="warning" showIcon message={t('preview.bad', { bad, count })} data-testid="preview-bad" />
      ) : (
        <Alert type="success" showIcon message={t('preview.allGood', { count })} />
      )}
      <Space wrap size="large">
        <Space>
          <Switch checked={dayFirst} onChange={onDayFirst} aria-label={t('preview.dayFirst')} />
          <span>{t('preview.dayFirst')}</span>
        </Space>
        <Space>
          <span>{t('preview.mode')}:</span>
          <Radio.Group value={mode} onChange={(e) => onMode(e.target.value as ImportMode)}>
            <Radio value="all-or-nothing">{t('preview.allOrNothing')}</Radio>
            <Radio value="skip-bad-rows">{t('preview.skipBad')}</Radio>
          </Radio.Group>
        </Space>
      </Space>
      <Table<PreviewRow>
        rowKey="row"
        size="small"
        bordered
        scroll={{ x: 'max-content', y: 360 }}
        pagination={false}
        dataSource={preview.rows}
        columns={[
          { key: 'row', title: t('preview.row'), dataIndex: 'row', width: 64, fixed: 'left' },
          ...preview.headers.map((h, i) => ({
            key: String(i),
            title: h,
            render: (_: unknown, r: PreviewRow) => <CellView cell={r.cells[i]} lang={lang} />,
          })),
        ]}
      />
      {dryRun ? (
        <Alert
          type={dryRun.errorCount ? 'warning' : 'info'}
          showIcon
          data-testid="dry-run-result"
          message={t('preview.dryRunDone', { imported: dryRun.imported, updated: dryRun.updated, skipped: dryRun.skipped, errors: dryRun.errorCount })}
        />
      ) : null}
    </Space>
  );
}

function CellView({ cell, lang }: { cell: PreviewCell | undefined; lang: 'zh' | 'en' }) {
  if (!cell) return null;
  if (!cell.problem) return <span>{cell.text}</span>;
  return (
    <Tooltip title={cell.problem[lang]}>
      <span style={BAD_CELL} data-testid="bad-cell" aria-invalid="true">
        {cell.text || '—'}
      </span>
    </Tooltip>
  );
}
