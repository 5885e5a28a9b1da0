import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerRating } from '../../../../../shared/ipc/channels/ratings';
import { ScoreExplanation } from './ScoreExplanation';
import { TierHistory } from './TierHistory';

/** The rating sections of a customer's profile: the score explanation, the tier history, then orders and assessments. */
export function CustomerProfile({ rating, onRun }: { rating: CustomerRating | undefined; onRun: (runId: string) => void }) {
  const { t } = useTranslation('profile');
  if (!rating) return <Skeleton active style={{ marginTop: 16, minHeight: 360 }} />;
  return (
    <>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(300px, 2fr)', gap: 16, marginTop: 16 }}>
        <ScoreExplanation run={rating.run} result={rating.result} />
        <TierHistory history={rating.history} onRun={onRun} />
      </div>
      <Card size="small" style={{ marginTop: 16 }} title={t('activity.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activity.later')} />
      </Card>
    </>
  );
}
