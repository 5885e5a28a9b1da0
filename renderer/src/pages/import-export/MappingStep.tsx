import { Alert, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview } from '../../../../shared/ipc/channels/import';
import { useSettings } from '../../stores/settings';
import { columnLetter, type ImportKind, type Mapping } from './import-types';

interface Props {
  kind: ImportKind;
  fields: ImportField[];
  preview: ImportPreview;
  mapping: Mapping;
  remember: boolean;
  onMapping(mapping: Mapping): void;
  onRemember(remember: boolean): void;
}

const NOT_IMPORTED = -1;

/** Required fields the mapping leaves out (orders may give quantity × unit price instead of an amount). */
export function missingFields(kind: ImportKind, fields: ImportField[], mapping: Mapping): ImportField[] {
  return fields.filter((f) => {
    if (!f.required || mapping[f.key] != null) return false;
    return !(kind === 'orders' && f.key === 'amount' && mapping.unitPrice != null && mapping.quantity != null);
  });
}

/** Step 2: a column of the file per target field (suggested by the core), required ones marked; unmapped columns listed. */
export function MappingStep({ kind, fields, preview, mapping, remember, onMapping, onRemember }: Props) {
  const { t } = useTranslation('importExport');
  const lang = useSettings((s) => s.language) === 'en' ? 'en' : 'zh';
  const options = [
    { value: NOT_IMPORTED, label: t('mapping.notImported') },
    ...preview.headers.map((h, i) => ({ value: i, label: `${columnLetter(i)} · ${h || '—'}` })),
  ];
  const used = new Set(Object.values(mapping).filter((v): v is number => typeof v === 'number'));
  const unmapped = preview.headers.map((h, i) => ({ h: h || columnLetter(i), i })).filter(({ i }) => !used.has(i));
  const missing = missingFields(kind, fields, mapping);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text>{t('mapping.intro', { from: t(`mapping.from.${preview.mappingFrom}`) })}</Typography.Text>
      <Table<ImportField>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={fields}
        columns={[
          {
            key: 'field',
            title: t('mapping.field'),
            width: 240,
            render: (_, f) => (
              <span>
                {f.label[lang]} {f.required ? <Tag color="red">{t('mapping.required')}</Tag> : null}
              </span>
            ),
          },
          {
            key: 'column',
            title: t('mapping.column'),
            render: (_, f) => (
              <Select
                aria-label={f.label[lang]}
                style={{ width: 280 }}
                status={f.required && mapping[f.key] == null && missing.includes(f) ? 'error' : undefined}
                value={mapping[f.key] ?? NOT_IMPORTED}
                options={options}
                onChange={(v: number) => onMapping({ ...mapping, [f.key]: v === NOT_IMPORTED ? null : v })}
              />
            ),
          },
        ]}
      />
      {missing.length ? <Alert type="error" showIcon message={t('mapping.missing', { fields: missing.map((f) => f.label[lang]).join(lang === 'zh' ? '、' : ', ') })} /> : null}
      <div data-testid="unmapped-columns">
        <Typography.Text strong>{t('mapping.unmapped')}: </Typography.Text>
        <Typography.Text type="secondary">{kind === 'customers' ? t('mapping.toCustom') : t('mapping.ignored')} </Typography.Text>
        {unmapped.length ? unmapped.map((c) => <Tag key={c.i}>{c.h}</Tag>) : t('mapping.none')}
      </div>
      <Checkbox checked={remember} onChange={(e) => onRemember(e.target.checked)}>
        {t('mapping.remember')}
      </Checkbox>
    </Space>
  );
}
