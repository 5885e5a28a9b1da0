import { CopyOutlined, EditOutlined, PlayCircleOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ModelInfo, TemplateInfo } from '../../../../shared/ipc/channels/models';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { useRatings } from '../../stores/ratings';
import { modelDisplayName } from '../../../../shared/scoring';
import { useSettings } from '../../stores/settings';
import { useLang } from '../tiers/tier-display';
import { CompareRunsDialog } from './CompareRunsDialog';
import { NewModelDialog } from './NewModelDialog';
import { RunNowDialog } from './RunNowDialog';

/** Built-in and user models with their versions; create, clone, edit, run and compare runs. */
export function ModelsPage() {
  const { t } = useTranslation(['models', 'common']);
  const lang = useLang();
  const navigate = useNavigate();
  const format = useSettings((s) => s.format);
  const models = useQuery(() => call('models.list', {}), []);
  const templates = useQuery(() => call('models.templates', {}), []);
  const { runs, load: loadRuns } = useRatings();
  useEffect(() => {
    void loadRuns();
  }, [loadRuns]);
  const [source, setSource] = useState<{ kind: 'template'; templates: TemplateInfo[] } | { kind: 'clone'; model: ModelInfo } | null>(null);
  const [running, setRunning] = useState<ModelInfo | null>(null);
  const [comparing, setComparing] = useState(false);
  const lastRun = (id: string) => runs.find((r) => r.modelId === id);
  return (
    <div className="page">
      <PageHeader
        title={t('title')}
        extra={
          <>
            <Button icon={<SwapOutlined />} disabled={runs.length < 2} onClick={() => setComparing(true)}>{t('compare.button')}</Button>
            <Button type="primary" icon={<PlusOutlined />} disabled={!templates.data} onClick={() => templates.data && setSource({ kind: 'template', templates: templates.data })}>
              {t('list.new')}
            </Button>
          </>
        }
      />
      {models.error ? <Alert type="error" showIcon message={models.error} /> : null}
      {runs.length === 0 && models.data ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('list.firstRunHint')} /> : null}
      <Table<ModelInfo>
        rowKey="id"
        size="middle"
        loading={models.loading && !models.data}
        dataSource={models.data}
        pagination={false}
        columns={[
          { key: 'name', title: t('list.name'), render: (_: unknown, m) => <Link to={`/models/${m.id}`}>{modelDisplayName(m.name, lang)}</Link> },
          { key: 'kind', title: t('list.kind'), width: 110, render: (_: unknown, m) => (m.id.startsWith('00000000-0000-4000-8000-') ? <Tag>{t('list.builtIn')}</Tag> : <Tag color="blue">{t('list.user')}</Tag>) },
          {
            key: 'status',
            title: t('list.status'),
            width: 200,
            render: (_: unknown, m) => {
              const published = m.versions.find((v) => v.id === m.publishedVersionId);
              return (
                <Space size={4}>
                  {published ? <Tag color="green">{t('list.published', { v: published.version })}</Tag> : <Tag>{t('list.unpublished')}</Tag>}
                  {m.draftVersionId ? <Tag color="gold">{t('list.draft')}</Tag> : null}
                </Space>
              );
            },
          },
          { key: 'versions', title: t('list.versions'), width: 80, align: 'right', render: (_: unknown, m) => m.versions.length },
          { key: 'lastRun', title: t('list.lastRun'), width: 140, render: (_: unknown, m) => format.date(lastRun(m.id)?.asOf) },
          {
            key: 'actions',
            title: '',
            width: 300,
            render: (_: unknown, m) => (
              <Space size={4}>
                <Button size="small" icon={<EditOutlined />} onClick={() => navigate(`/models/${m.id}`)}>{t('list.edit')}</Button>
                <Button size="small" icon={<CopyOutlined />} onClick={() => setSource({ kind: 'clone', model: m })}>{t('list.clone')}</Button>
                <Button size="small" icon={<PlayCircleOutlined />} disabled={!m.publishedVersionId} onClick={() => setRunning(m)} aria-label={t('list.runOf', { name: modelDisplayName(m.name, lang) })}>
                  {t('list.run')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <NewModelDialog source={source} onClose={() => setSource(null)} onCreated={(m) => navigate(`/models/${m.id}`)} />
      <RunNowDialog model={running} onClose={() => setRunning(null)} />
      <CompareRunsDialog open={comparing} onClose={() => setComparing(false)} />
    </div>
  );
}
