import { App, Button, Card, Empty, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRating } from '../../../../../shared/ipc/channels/ratings';
import { call } from '../../../api/client';
import { errorText } from '../../../components/errors';
import { useSettings } from '../../../stores/settings';
import { CatalogTierTag, runLabel, useLang } from '../../tiers/tier-display';
import { OverrideDialog } from './OverrideDialog';

/** The computed tier of the shown run, the final one, and the manual override in force beside it. */
export function RatingCard({ customerId, rating, onChanged }: { customerId: string; rating: CustomerRating | undefined; onChanged: () => void }) {
  const { t } = useTranslation(['profile', 'common']);
  const { message, modal } = App.useApp();
  const format = useSettings((s) => s.format);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const run = rating?.run ?? null;
  const result = rating?.result ?? null;
  const active = rating?.overrides.find((o) => o.active) ?? null;
  const revoke = () =>
    modal.confirm({
      title: t('override.revokeConfirm'),
      okText: t('override.revoke'),
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          await call('overrides.revoke', { id: active!.id });
          message.success(t('override.revoked'));
          onChanged();
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });
  return (
    <Card title={t('rating.title')} size="small" loading={!rating} data-testid="rating-card" extra={run ? <Typography.Text type="secondary">{runLabel(run, format.date, lang)}</Typography.Text> : null}>
      {!run || !result ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rating.notRated')} />
      ) : (
        <Space size="large" align="start" wrap>
          <Statistic title={t('rating.computed')} valueRender={() => <span data-testid="computed-tier"><CatalogTierTag tiers={run.tiers} tier={result.computedTier} /></span>} />
          <Statistic title={t('rating.final')} valueRender={() => <CatalogTierTag tiers={run.tiers} tier={result.finalTier} />} />
          <Statistic title={t('rating.score')} value={format.number(result.totalScore, 1)} />
        </Space>
      )}
      <div style={{ marginTop: 12, minHeight: 32 }} data-testid="override-status">
        {active ? (
          <Space wrap>
            <Tag color="purple">{t('override.active', { tier: active.tier })}</Tag>
            <span>{active.reason}</span>
            <Typography.Text type="secondary">{active.expiresAt ? t('override.until', { date: format.date(active.expiresAt) }) : t('override.noExpiry')}</Typography.Text>
            <Button size="small" onClick={revoke}>{t('override.revoke')}</Button>
          </Space>
        ) : run ? (
          <Button onClick={() => setOpen(true)}>{t('override.open')}</Button>
        ) : null}
      </div>
      {run ? (
        <OverrideDialog
          open={open}
          customerId={customerId}
          tiers={run.tiers}
          currentTier={result?.computedTier ?? null}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
