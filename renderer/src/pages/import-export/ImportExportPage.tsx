import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';

/** /import-export: the import wizard and the export panel. */
export function ImportExportPage() {
  const { t } = useTranslation('importExport');
  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'import', label: t('tabs.import'), children: <ImportWizard /> },
          { key: 'export', label: t('tabs.export'), children: <ExportPanel /> },
        ]}
      />
    </div>
  );
}
