import { App, Button, Input, InputNumber, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierPolicy } from '../../../../shared/ipc/channels/visits';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { TierTag } from '../../components/TierTag';
import { useQuery } from '../../components/useQuery';

type Draft = Pick<TierPolicy, 'tier' | 'visitIntervalDays' | 'serviceLevel' | 'notes'>;

/** Per tier: the visit interval, the service level and notes, edited in place and saved row by row (audited). */
export function PoliciesTab({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation(['visits', 'common']);
  const { message } = App.useApp();
  const policies = useQuery(() => call('policies.list', {}), []);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [newTier, setNewTier] = useState('');
  useEffect(() => {
    if (policies.data) setDrafts(Object.fromEntries(policies.data.map((p) => [p.tier, { ...p }])));
  }, [policies.data]);
  const edit = (tier: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [tier]: { ...d[tier], ...patch } }));
  const save = async (draft: Draft) => {
    try {
      await call('policies.update', draft);
      message.success(t('policies.saved', { tier: draft.tier }));
      await policies.reload();
      onChanged();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const changed = (p: TierPolicy) => {
    const d = drafts[p.tier];
    return d && (d.visitIntervalDays !== p.visitIntervalDays || (d.serviceLevel ?? '') !== (p.serviceLevel ?? '') || (d.notes ?? '') !== (p.notes ?? ''));
  };
  return (
    <>
      <p style={{ color: '#595959' }}>{t('policies.hint')}</p>
      <Table<TierPolicy>
        rowKey="tier"
        size="middle"
        loading={policies.loading}
        pagination={false}
        dataSource={policies.data ?? []}
        columns={[
          { key: 'tier', dataIndex: 'tier', title: t('fields.tier'), width: 90, render: (tier: string) => <TierTag tier={tier} /> },
          {
            key: 'interval',
            title: t('fields.interval'),
            width: 170,
            render: (_: unknown, p) => (
              <InputNumber min={1} max={3650} aria-label={`${t('fields.interval')} ${p.tier}`} value={drafts[p.tier]?.visitIntervalDays} onChange={(v) => v && edit(p.tier, { visitIntervalDays: v })} />
            ),
          },
          { key: 'service', title: t('fields.serviceLevel'), render: (_: unknown, p) => <Input maxLength={200} aria-label={`${t('fields.serviceLevel')} ${p.tier}`} value={drafts[p.tier]?.serviceLevel ?? ''} onChange={(e) => edit(p.tier, { serviceLevel: e.target.value })} /> },
          { key: 'notes', title: t('fields.notes'), render: (_: unknown, p) => <Input maxLength={1000} aria-label={`${t('fields.notes')} ${p.tier}`} value={drafts[p.tier]?.notes ?? ''} onChange={(e) => edit(p.tier, { notes: e.target.value })} /> },
          {
            key: 'save',
            width: 100,
            render: (_: unknown, p) => (
              <Button type="primary" size="small" disabled={!changed(p)} onClick={() => void save(drafts[p.tier])} aria-label={`${t('common:actions.save')} ${p.tier}`}>
                {t('common:actions.save')}
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Input style={{ width: 240 }} maxLength={50} placeholder={t('policies.addTier')} value={newTier} onChange={(e) => setNewTier(e.target.value)} />
        <Button disabled={!newTier.trim() || Boolean(drafts[newTier.trim()])} onClick={() => void save({ tier: newTier.trim(), visitIntervalDays: 30, serviceLevel: null, notes: null }).then(() => setNewTier(''))}>
          {t('policies.add')}
        </Button>
      </Space>
    </>
  );
}
