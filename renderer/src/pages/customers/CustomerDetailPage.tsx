import { ArrowLeftOutlined, EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerProfile } from './profile/CustomerProfile';
import { RatingCard } from './profile/RatingCard';

/** One customer: details, its rating with the explanation and history, overrides, and the archive / restore and edit actions. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['customers', 'common']);
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const format = useSettings((s) => s.format);
  const [editing, setEditing] = useState(false);
  const { data: customer, error, loading, reload } = useQuery(() => call('customers.get', { id }), [id]);
  const [params, setParams] = useSearchParams();
  const runId = params.get('run') ?? undefined;
  const rating = useQuery(() => call('ratings.customer', { customerId: id, runId }), [id, runId]);

  const setArchived = async (archived: boolean) => {
    if (!customer) return;
    try {
      const saved = await call(archived ? 'customers.archive' : 'customers.restore', { id: customer.id });
      message.success(t(archived ? 'detail.archivedDone' : 'detail.restoredDone', { name: saved.name }));
      void reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  if (error && !customer) {
    return (
      <div className="page">
        <Alert type="error" showIcon message={t('detail.notFound')} description={error} action={<Button onClick={() => navigate('/customers')}>{t('common:actions.back')}</Button>} />
      </div>
    );
  }
  if (!customer) return <div className="page"><Skeleton active /></div>;
  const archived = customer.status === 'archived';
  return (
    <div className="page">
      <PageHeader
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/customers')} aria-label={t('common:actions.back')} />
            <span>{customer.name}</span>
            <Tag>{customer.code}</Tag>
          </Space>
        }
        extra={
          <>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('common:actions.edit')}</Button>
            {archived ? (
              <Button icon={<UndoOutlined />} onClick={() => void setArchived(false)}>{t('common:actions.restore')}</Button>
            ) : (
              <Button
                danger
                icon={<InboxOutlined />}
                onClick={() =>
                  modal.confirm({
                    title: t('detail.archiveConfirm', { name: customer.name }),
                    okText: t('common:actions.archive'),
                    cancelText: t('common:actions.cancel'),
                    onOk: () => setArchived(true),
                  })
                }
              >
                {t('common:actions.archive')}
              </Button>
            )}
          </>
        }
      />
      {archived ? <Alert type="warning" showIcon message={t('detail.archived')} style={{ marginBottom: 16 }} /> : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)', gap: 16 }}>
        <Card title={t('detail.basics')} loading={loading && !customer}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('form.code')}>{customer.code}</Descriptions.Item>
            <Descriptions.Item label={t('form.status')}>{t(`common:status.${customer.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('form.industry')}>{customer.industry ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.owner')}>{customer.ownerRepName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.region')}>{customer.region ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.city')}>{customer.city ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.address')} span={2}>{customer.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.contactName')}>{customer.contactName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.contactPhone')}>{customer.contactPhone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.contactEmail')}>{customer.contactEmail ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.cooperationStart')}>{format.date(customer.cooperationStart)}</Descriptions.Item>
            <Descriptions.Item label={t('form.tags')} span={2}>
              {customer.tags.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <RatingCard customerId={customer.id} rating={rating.data} onChanged={() => void rating.reload()} />
      </div>
      <CustomerProfile customerId={customer.id} rating={rating.data} onRun={(runId) => setParams({ run: runId }, { replace: true })} />
      <CustomerFormModal
        open={editing}
        customer={customer}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void reload();
        }}
      />
    </div>
  );
}
