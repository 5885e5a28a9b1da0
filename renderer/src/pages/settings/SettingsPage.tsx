import { Card, Descriptions, Form, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { CURRENCIES } from '../../format';
import type { Language } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { BackupsCard } from './BackupsCard';
import { RepsPanel } from './RepsPanel';

/** Language and currency, the book's facts, the backups, and the sales reps. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { language, currency, setLanguage, setCurrency } = useSettings();
  const info = useQuery(() => call('app.info', {}), []);
  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Tabs
        items={[
          {
            key: 'general',
            label: t('general'),
            children: (
              <Card>
                <Form layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 10 }} style={{ maxWidth: 900 }}>
                  <Form.Item label={t('language')} extra={t('languageHint')}>
                    <Select<Language>
                      aria-label={t('language')}
                      value={language}
                      onChange={(value) => void setLanguage(value)}
                      options={[
                        { value: 'zh-CN', label: '简体中文' },
                        { value: 'en', label: 'English' },
                      ]}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Form.Item label={t('currency')} extra={t('currencyHint')}>
                    <Select value={currency} onChange={(value) => void setCurrency(value)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} style={{ width: 220 }} />
                  </Form.Item>
                </Form>
                <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
                  <Descriptions.Item label={t('database')}>{info.data?.dbFile ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('device')}>{info.data?.deviceId ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('version')}>{info.data?.version ?? '—'}</Descriptions.Item>
                </Descriptions>
              </Card>
            ),
          },
          {
            key: 'backups',
            label: t('backups.title'),
            children: <BackupsCard />,
          },
          { key: 'reps', label: t('reps.title'), children: <RepsPanel /> },
        ]}
      />
    </div>
  );
}
