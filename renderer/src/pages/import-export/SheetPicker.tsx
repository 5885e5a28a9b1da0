import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** the workbook's visible sheets (hidden ones are not offered) */
  sheets: string[];
  sheet: string | undefined;
  disabled: boolean;
  onSheet(sheet: string): void;
}

/** Which worksheet of a workbook to import; shown only when the workbook has more than one visible sheet. */
export function SheetPicker({ sheets, sheet, disabled, onSheet }: Props) {
  const { t } = useTranslation('importExport');
  if (sheets.length < 2) return null;
  return (
    <Form layout="vertical" style={{ maxWidth: 360 }}>
      <Form.Item label={t('sheet.label')} extra={t('sheet.hint')}>
        <Select
          aria-label={t('sheet.label')}
          data-testid="import-sheet"
          value={sheet}
          disabled={disabled}
          onChange={onSheet}
          options={sheets.map((s) => ({ value: s, label: s }))}
        />
      </Form.Item>
    </Form>
  );
}
