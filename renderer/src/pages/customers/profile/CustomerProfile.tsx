import { Skeleton } from 'antd';
import type { CustomerRating } from '../../../../../shared/ipc/channels/ratings';
import { CustomerActivity } from './CustomerActivity';
import { ScoreExplanation } from './ScoreExplanation';
import { TierHistory } from './TierHistory';

/** The customer's profile below its details: the score explanation, the tier history, then orders, assessments and visits. */
export function CustomerProfile({ customerId, rating, onRun }: { customerId: string; rating: CustomerRating | undefined; onRun: (runId: string) => void }) {
  return (
    <>
      {rating ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(300px, 2fr)', gap: 16, marginTop: 16 }}>
          <ScoreExplanation run={rating.run} result={rating.result} />
          <TierHistory history={rating.history} onRun={onRun} />
        </div>
      ) : (
        <Skeleton active style={{ marginTop: 16, minHeight: 360 }} />
      )}
      <CustomerActivity customerId={customerId} />
    </>
  );
}
