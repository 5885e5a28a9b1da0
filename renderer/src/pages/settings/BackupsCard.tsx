import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupReason } from '../../../../shared/ipc/channels/backups';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { useQuery } from '../../components/useQuery';
import type { Formatters } from '../../format';
import { useSettings } from '../../stores/settings';

const REASON_COLORS: Record<BackupReason, string> = { migration: 'blue', 'sync-import': 'geekblue', manual: 'green', restore: 'orange' };

/** The book's last backups (date, why, size), a backup by hand, and a restore behind a confirmation. */
export function BackupsCard() {
  const { t } = useTranslation(['settings', 'common']);
  const { message, modal } = App.useApp();
  const format = useSettings((s) => s.format);
  const language = useSettings((s) => s.language);
  // to the second: backups are often minutes apart (one before each sync import)
  const when = useMemo(() => {
    const f = new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
    return (iso: string) => f.format(new Date(iso));
  }, [language]);
  const list = useQuery(() => call('backups.list', {}), []);
  const [creating, setCreating] = useState(false);

  const create = async () => {
    setCreating(true);
    try {
      const backup = await call('backups.create', {});
      message.success(t('backups.created', { date: when(backup.createdAt) }));
      await list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setCreating(false);
    }
  };

  const restore = (backup: BackupInfo) =>
    modal.confirm({
      title: t('backups.confirmTitle'),
      content: t('backups.confirmText', { date: when(backup.createdAt), reason: t(`backups.reasons.${backup.reason}`) }),
      okText: t('backups.restore'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          await call('backups.restore', { id: backup.id });
          message.success(t('backups.restored'));
          // every screen holds data of the book as it was: start them afresh
          setTimeout(() => window.location.reload(), 800);
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <Card
      title={t('backups.title')}
      data-testid="backups-card"
      extra={
        <Button icon={<SaveOutlined />} loading={creating} onClick={() => void create()}>
          {t('backups.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('backups.hint', { dir: list.data?.dir ?? '…' })}</Typography.Paragraph>
      <Table<BackupInfo>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.backups ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.error ?? t('backups.empty')} /> }}
        columns={[
          { key: 'createdAt', dataIndex: 'createdAt', title: t('backups.date'), render: (iso: string) => when(iso) },
          {
            key: 'reason',
            dataIndex: 'reason',
            title: t('backups.reason'),
            render: (reason: BackupReason) => <Tag color={REASON_COLORS[reason]}>{t(`backups.reasons.${reason}`)}</Tag>,
          },
          { key: 'bytes', dataIndex: 'bytes', title: t('backups.size'), align: 'right', render: (bytes: number) => fileSize(bytes, format) },
          {
            key: 'restore',
            title: '',
            align: 'right',
            render: (_: unknown, backup) => (
              <Button size="small" onClick={() => restore(backup)}>
                {t('backups.restoreEllipsis')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** KB below a megabyte, else MB with one decimal, in the locale's digits. */
function fileSize(bytes: number, format: Formatters): string {
  if (bytes < 1024 * 1024) return `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.number(bytes / (1024 * 1024), 1)} MB`;
}
