import { ArrowLeftOutlined, PlayCircleOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Radio, Skeleton, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { type ModelDefinition, type ModelIssue, tierCatalog, validateModel } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../components/useQuery';
import { GuardsEditor } from './GuardsEditor';
import { IndicatorsEditor } from './IndicatorsEditor';
import { IssueText } from './IssueText';
import { issuesAt } from './model-editing';
import { PreviewPanel } from './PreviewPanel';
import { RunNowDialog } from './RunNowDialog';
import { TierRuleEditor } from './TierRuleEditor';

/** Edits a model's draft with the core's validation on the fields and a live preview; publishes and runs it. */
export function ModelEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['models', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const model = useQuery(() => call('models.get', { id }), [id]);
  const [definition, setDefinition] = useState<ModelDefinition | null>(null);
  const [name, setName] = useState('');
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [running, setRunning] = useState(false);
  const m = model.data;
  useEffect(() => {
    if (!m) return;
    const source = m.versions.find((v) => v.id === m.draftVersionId) ?? m.versions[0];
    setDefinition(structuredClone(source.definition));
    setName(m.name);
    setDirty(false);
  }, [m]);
  const checked = useMemo(() => (definition ? validateModel(definition) : null), [definition]);
  const issues: ModelIssue[] = checked && !checked.ok ? checked.issues : [];
  const tiers = useMemo(() => (definition ? tierCatalog(definition.tiers) : []), [definition]);
  if (model.error) return <div className="page"><Alert type="error" showIcon message={model.error} /></div>;
  if (!m || !definition) return <div className="page"><Skeleton active /></div>;

  const change = (next: Partial<ModelDefinition>) => {
    setDefinition({ ...definition, ...next });
    setDirty(true);
  };
  const save = async (publish: boolean) => {
    setBusy(true);
    try {
      let saved = m;
      if (dirty || !m.draftVersionId || name !== m.name) saved = await call('models.saveDraft', { id: m.id, definition, name });
      if (publish) saved = await call('models.publish', { id: m.id });
      message.success(publish ? t('editor.published', { v: saved.versions[0]?.version }) : t('editor.saved'));
      setDirty(false);
      await model.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const published = m.versions.find((v) => v.id === m.publishedVersionId);
  const windowDays = definition.window.kind === 'days' ? definition.window.days : null;
  return (
    <div className="page">
      <PageHeader
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/models')} aria-label={t('common:actions.back')} />
            <Input aria-label={t('list.name')} value={name} onChange={(e) => { setName(e.target.value); setDirty(true); }} style={{ width: 280, fontWeight: 600 }} />
            {published ? <Tag color="green">{t('list.published', { v: published.version })}</Tag> : <Tag>{t('list.unpublished')}</Tag>}
            {dirty ? <Tag color="gold">{t('editor.unsaved')}</Tag> : null}
          </Space>
        }
        extra={
          <>
            <Button icon={<SaveOutlined />} loading={busy} disabled={!checked?.ok} onClick={() => void save(false)}>{t('editor.saveDraft')}</Button>
            <Button type="primary" icon={<SendOutlined />} loading={busy} disabled={!checked?.ok || (!dirty && !m.draftVersionId)} onClick={() => void save(true)}>{t('editor.publish')}</Button>
            <Button icon={<PlayCircleOutlined />} disabled={!m.publishedVersionId || dirty} onClick={() => setRunning(true)}>{t('list.run')}</Button>
          </>
        }
      />
      {issues.length ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('editor.issues', { n: issues.length })} /> : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 300px', gap: 16, alignItems: 'start' }}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <IndicatorsEditor indicators={definition.indicators} issues={issues} onChange={(indicators) => change({ indicators })} />
          <TierRuleEditor rule={definition.tiers} issues={issues} onChange={(tiersRule) => change({ tiers: tiersRule })} />
          <GuardsEditor guards={definition.guards} tiers={tiers} issues={issues} onChange={(guards) => change({ guards })} />
          <Card size="small" title={t('editor.dataTitle')}>
            <Space wrap size="large">
              <Space>
                <span>{t('editor.window')}</span>
                <Radio.Group value={windowDays === null ? 'all' : 'days'} onChange={(e) => change({ window: e.target.value === 'all' ? { kind: 'all' } : { kind: 'days', days: 365 } })} options={[{ value: 'days', label: t('editor.windowDays') }, { value: 'all', label: t('editor.windowAll') }]} />
                {windowDays !== null ? <InputNumber aria-label={t('editor.windowDays')} min={1} max={36600} value={windowDays} onChange={(v: number | null) => change({ window: { kind: 'days', days: v ?? 365 } })} suffix={t('editor.days')} style={{ width: 120 }} /> : null}
              </Space>
              <Space>
                <span>{t('editor.missing')}</span>
                <Radio.Group value={definition.missing} onChange={(e) => change({ missing: e.target.value })} options={[{ value: 'zero', label: t('editor.missingZero') }, { value: 'redistribute', label: t('editor.missingSpread') }]} />
              </Space>
            </Space>
            <IssueText issues={[...issuesAt(issues, ['window']), ...issuesAt(issues, ['missing'])]} />
          </Card>
        </Space>
        <PreviewPanel definition={definition} valid={checked?.ok ?? false} />
      </div>
      <RunNowDialog model={running ? m : null} onClose={() => setRunning(false)} />
    </div>
  );
}
