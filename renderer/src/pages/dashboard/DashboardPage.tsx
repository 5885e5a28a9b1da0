import { Alert, Card, Col, Row, Segmented, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useRatings } from '../../stores/ratings';
import { useSettings } from '../../stores/settings';
import { RatingsOverview } from './RatingsOverview';

/** The book at a glance, then the tiers of the newest rating run. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const format = useSettings((s) => s.format);
  const [window, setWindow] = useState<'all' | '365'>('all');
  // the runs first: the tier cards and charts wait for them, and the core answers one call at a time
  const loadRuns = useRatings((s) => s.load);
  useEffect(() => {
    void loadRuns();
  }, [loadRuns]);
  const info = useQuery(() => call('app.info', {}), []);
  const summary = useQuery(() => call('book.summary', { window }), [window]);
  const s = summary.data;
  const stat = (title: string, value: string | undefined) => (
    <Col span={6}>
      <Card loading={!s} size="small">
        <Statistic title={title} value={value ?? '—'} />
      </Card>
    </Col>
  );
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
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {stat(t('customers'), s && format.number(s.customers))}
        {stat(t('orders'), s && format.number(s.orders))}
        {stat(t('revenue'), s && format.money(s.revenue))}
        {stat(t('top20Share'), s && format.percent(s.top20Share))}
      </Row>
      <RatingsOverview bookEmpty={s ? s.customers === 0 : false} />
      {info.data ? (
        <div style={{ marginTop: 12, color: '#8c8c8c', fontSize: 12 }}>
          {t('asOf')} {format.date(info.data.today)}
        </div>
      ) : null}
    </div>
  );
}
