import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../../shared/domain/assessment';
import { call } from '../../../api/client';
import { useQuery } from '../../../components/useQuery';
import { useSettings } from '../../../stores/settings';
import { AssessmentDialog } from './AssessmentDialog';

/** The customer's questionnaires and expert ratings, newest first, and the form to add one. */
export function CustomerAssessments({ customerId }: { customerId: string }) {
  const { t } = useTranslation('profile');
  const format = useSettings((s) => s.format);
  const assessments = useQuery(() => call('assessments.list', { customerId }), [customerId]);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const value = (v: number | null) => (v == null ? '—' : format.number(v));
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12, gap: 12 }}>
        {added ? <Alert type="success" showIcon data-testid="assessment-next-run" title={t('assessments.nextRun')} style={{ flex: 1 }} /> : <span />}
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('assessments.add')}</Button>
      </div>
      <Table<Assessment>
        data-testid="customer-assessments"
        rowKey="id"
        size="small"
        loading={assessments.loading}
        dataSource={assessments.data ?? []}
        locale={{ emptyText: assessments.loading ? ' ' : t('assessments.none') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { key: 'date', title: t('assessments.date'), width: 120, render: (_: unknown, a) => format.date(a.date) },
          { key: 'satisfaction', title: t('assessments.satisfaction'), align: 'right', render: (_: unknown, a) => value(a.satisfaction) },
          { key: 'recommend', title: t('assessments.recommend'), align: 'right', render: (_: unknown, a) => value(a.recommend) },
          { key: 'referrals', title: t('assessments.referrals'), align: 'right', render: (_: unknown, a) => value(a.referrals) },
          { key: 'influence', title: t('assessments.influence'), align: 'right', render: (_: unknown, a) => value(a.influence) },
          { key: 'potential', title: t('assessments.potential'), align: 'right', render: (_: unknown, a) => value(a.potential) },
          { key: 'relationship', title: t('assessments.relationship'), render: (_: unknown, a) => (a.relationship ? t(`assessments.rel.${a.relationship}`) : '—') },
          { key: 'assessor', title: t('assessments.assessor'), render: (_: unknown, a) => a.assessor ?? '—' },
          { key: 'note', title: t('assessments.note'), ellipsis: true, render: (_: unknown, a) => a.note ?? '—' },
        ]}
      />
      <AssessmentDialog
        open={adding}
        customerId={customerId}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          setAdded(true);
          void assessments.reload();
        }}
      />
    </>
  );
}
