import { Alert, App, DatePicker, Form, Modal, Progress } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { call, onProgress } from '../../api/client';
import { errorText } from '../../components/errors';
import { modelDisplayName } from '../../../../shared/scoring';
import { useRatings } from '../../stores/ratings';
import { useLang } from '../tiers/tier-display';

/** Runs the model's newest published version as of a date, with a progress bar. */
export function RunNowDialog({ model, onClose }: { model: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation(['models', 'common']);
  const lang = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const loadRuns = useRatings((s) => s.load);
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [progress, setProgress] = useState<{ percent: number; stage?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!model) return;
    return onProgress((event) => {
      if (event.channel !== 'ratings.run') return;
      setProgress((p) => (p ? { percent: event.total ? Math.round((event.done / event.total) * 100) : 0, stage: event.stage } : p));
    });
  }, [model]);
  const run = async () => {
    if (!model) return;
    setError(null);
    setProgress({ percent: 0 });
    try {
      const info = await call('ratings.run', { modelId: model.id, asOf: asOf.format('YYYY-MM-DD') });
      await loadRuns();
      useRatings.getState().setCurrent(info.id);
      message.success(t('run.done', { n: info.customers, ms: info.ms ?? 0 }));
      onClose();
      navigate('/dashboard');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Modal open={model !== null} title={t('run.title', { name: model ? modelDisplayName(model.name, lang) : '' })} okText={t('run.start')} cancelText={t('common:actions.cancel')} onOk={() => void run()} onCancel={onClose} confirmLoading={progress !== null} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('run.asOf')} extra={t('run.asOfHint')}>
          <DatePicker aria-label={t('run.asOf')} value={asOf} onChange={(d) => d && setAsOf(d)} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {progress ? <Progress percent={progress.percent} status="active" format={() => (progress.stage ? t(`run.stage.${progress.stage}`, { defaultValue: progress.stage }) : `${progress.percent}%`)} /> : null}
      {error ? <Alert type="error" showIcon message={error} /> : null}
    </Modal>
  );
}
