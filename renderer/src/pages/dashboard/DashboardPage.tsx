import { Alert, Card, Col, Empty, Row, Segmented, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';

/** The book at a glance. Tier charts join once rating runs exist. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useSettings((s) => s.format);
  const [window, setWindow] = useState<'all' | '365'>('all');
  const info = useQuery(() => call('app.info', {}), []);
  const summary = useQuery(() => call('book.summary', { window }), [window]);
  const s = summary.data;
  return (
    <div className="page">
      <PageHeader
        title={t('title')}
        extra={
          <Segmented
            value={window}
            onChange={(v) => setWindow(v as 'all' | '365')}
            options={[
              { value: 'all', label: t('windowAll') },
              { value: '365', label: t('window365') },
            ]}
          />
        }
      />
      {summary.error ? <Alert type="error" showIcon message={t('common:messages.loadFailed')} description={summary.error} /> : null}
      <Row gutter={16}>
        <Col span={6}>
          <Card loading={!s}>
            <Statistic title={t('customers')} value={s ? format.number(s.customers) : '—'} />
          </Card>
        </Col>
        <Col span={6}>
          <Card loading={!s}>
            <Statistic title={t('orders')} value={s ? format.number(s.orders) : '—'} />
          </Card>
        </Col>
        <Col span={6}>
          <Card loading={!s}>
            <Statistic title={t('revenue')} value={s ? format.money(s.revenue) : '—'} />
          </Card>
        </Col>
        <Col span={6}>
          <Card loading={!s}>
            <Statistic title={t('top20Share')} value={s ? format.percent(s.top20Share) : '—'} />
          </Card>
        </Col>
      </Row>
      <Card style={{ marginTop: 16 }}>
        {s && s.customers === 0 ? (
          <Empty description={<><b>{t('emptyTitle')}</b><br />{t('emptyHint')}</>} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ratingsLater')} />
        )}
      </Card>
      {info.data ? (
        <div style={{ marginTop: 12, color: '#8c8c8c', fontSize: 12 }}>
          {t('asOf')} {format.date(info.data.today)}
        </div>
      ) : null}
    </div>
  );
}
