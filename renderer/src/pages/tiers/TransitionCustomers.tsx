import { Alert, Button, Drawer, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RunDiff } from '../../../../shared/ipc/channels/ratings';
import { formatReason } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { useQuery } from '../../components/useQuery';
import { useSettings } from '../../stores/settings';
import { CatalogTierTag, tierName, useLang } from './tier-display';
import { DIFF_LIMIT } from './tier-display';

type Change = RunDiff['changes'][number];

/** Why a customer has its tier in a run: the engine's reasons in the UI language, loaded when the row shows. */
function ReasonsCell({ customerId, runId, tiers }: { customerId: string; runId: string; tiers: RunDiff['to']['tiers'] }) {
  const lang = useLang();
  const rating = useQuery(() => call('ratings.customer', { customerId, runId }), [customerId, runId]);
  const result = rating.data?.result;
  if (!result) return <span style={{ color: '#bfbfbf' }}>…</span>;
  const label = (id: string, l: 'zh' | 'en') => tierName(tiers, id, l);
  return (
    <div data-testid="transition-reasons">
      {result.reasons.map((reason, i) => (
        <div key={i}>{formatReason(reason, lang, label)}</div>
      ))}
    </div>
  );
}

/** The customers of one transition cell, each with the reasons for its new tier. */
export function TransitionCustomers({ diff, from, to, onClose, onShowTier }: { diff: RunDiff; from: string | null; to: string | null; onClose: () => void; onShowTier: (tier: string) => void }) {
  const { t } = useTranslation('tiers');
  const lang = useLang();
  const format = useSettings((s) => s.format);
  const tiers = [...diff.to.tiers, ...diff.from.tiers];
  const rows = useMemo(() => diff.changes.filter((c) => c.from === from && c.to === to), [diff, from, to]);
  const total = diff.transitions.find((x) => x.from === from && x.to === to)?.count ?? 0;
  const unchanged = from !== null && from === to;
  const title = `${from === null ? t('transitions.notRated') : tierName(tiers, from, lang)} → ${to === null ? t('transitions.notRated') : tierName(tiers, to, lang)}: ${t('transitions.customers', { n: format.number(total) })}`;
  return (
    <Drawer open width={760} title={title} onClose={onClose} destroyOnHidden data-testid="transition-drawer">
      {unchanged ? (
        <Alert
          type="info"
          showIcon
          message={t('transitions.unchangedHint')}
          action={<Button size="small" onClick={() => onShowTier(to as string)}>{t('transitions.showTier')}</Button>}
        />
      ) : (
        <>
          {diff.changesTotal > DIFF_LIMIT && rows.length < total ? (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('transitions.truncated', { shown: format.number(rows.length), total: format.number(total) })} />
          ) : null}
          <Table<Change>
            size="small"
            rowKey="customerId"
            dataSource={rows}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { key: 'code', dataIndex: 'code', title: t('columns.code'), width: 100 },
              { key: 'name', dataIndex: 'name', title: t('columns.name'), width: 180, render: (name: string, c) => <Link to={`/customers/${c.customerId}?run=${diff.to.id}`}>{name}</Link> },
              {
                key: 'move',
                title: t('columns.move'),
                width: 150,
                render: (_: unknown, c) => (
                  <>
                    <CatalogTierTag tiers={tiers} tier={c.from} />→<CatalogTierTag tiers={tiers} tier={c.to} />
                    <Tag bordered={false} color={c.change === 'upgrade' ? 'green' : c.change === 'downgrade' ? 'red' : undefined}>{t(`transitions.change.${c.change}`)}</Tag>
                  </>
                ),
              },
              { key: 'why', title: t('columns.why'), render: (_: unknown, c) => (c.to === null ? '—' : <ReasonsCell customerId={c.customerId} runId={diff.to.id} tiers={diff.to.tiers} />) },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
