import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerAssessments } from './CustomerAssessments';
import { CustomerOrders } from './CustomerOrders';
import { CustomerVisits } from './CustomerVisits';

const TABS = ['orders', 'assessments', 'visits'] as const;
type Tab = (typeof TABS)[number];

/** The customer's history in tabs: orders, assessments (with the add form) and visits. */
export function CustomerActivity({ customerId }: { customerId: string }) {
  const { t } = useTranslation('profile');
  const [tab, setTab] = useState<Tab>('orders');
  const body = () => {
    switch (tab) {
      case 'orders':
        return <CustomerOrders customerId={customerId} />;
      case 'assessments':
        return <CustomerAssessments customerId={customerId} />;
      case 'visits':
        return <CustomerVisits customerId={customerId} />;
    }
  };
  return (
    <Card size="small" style={{ marginTop: 16 }} title={t('activity.title')} data-testid="customer-activity">
      <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} items={TABS.map((key) => ({ key, label: t(`activity.${key}`) }))} />
      {body()}
    </Card>
  );
}
