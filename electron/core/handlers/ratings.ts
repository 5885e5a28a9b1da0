import type { ratingChannels } from '../../../shared/ipc/channels/ratings';
import { AppError } from '../../../shared/ipc/errors';
import { ensureBuiltInModels } from '../models/built-in-models';
import { getModelInfo } from '../models/model-rows';
import { runnableVersionId } from '../models/model-resolve';
import { churnFlags } from '../scoring/churn-flags';
import { listOverrides, revokeOverride, setOverride } from '../scoring/override-service';
import { paretoOf } from '../scoring/pareto-query';
import { customerRating, runResults } from '../scoring/rating-queries';
import { runRating } from '../scoring/rating-run';
import { diffRuns } from '../scoring/run-diff';
import { getRun, listRuns } from '../scoring/run-info';
import { runTierTotals } from '../scoring/tier-totals';
import type { HandlersFor } from './types';

export const ratingHandlers: HandlersFor<typeof ratingChannels> = {
  'ratings.run': ({ modelId, versionId, asOf, segment }, ctx) => {
    ensureBuiltInModels(ctx.core);
    let version = versionId;
    if (!version) version = runnableVersionId(getModelInfo(ctx.core.store, modelId as string));
    else if (modelId && !getModelInfo(ctx.core.store, modelId).versions.some((v) => v.id === version)) {
      throw new AppError('validation', { zh: '该版本不属于所选模型', en: 'The version does not belong to the model' });
    }
    return runRating(ctx.core, { versionId: version, asOf: asOf ?? ctx.core.today(), segment, progress: ctx.progress, cancelled: ctx.cancelled });
  },
  'ratings.list': (q, { core }) => listRuns(core.store, q),
  'ratings.get': ({ runId }, { core }) => getRun(core.store, runId),
  'ratings.tierTotals': ({ runId }, { core }) => {
    getRun(core.store, runId); // not_found for an unknown run
    const totals = runTierTotals(core, runId);
    return Object.fromEntries(Object.entries(totals).map(([tier, t]) => [tier, { customers: t.customers, revenue: t.revenue }]));
  },
  'ratings.results': (q, { core }) => runResults(core, q),
  'ratings.customer': ({ customerId, runId }, { core }) => customerRating(core, customerId, runId),
  'ratings.diff': ({ fromRunId, toRunId, limit }, { core }) => diffRuns(core, fromRunId, toRunId, limit),
  'ratings.churn': (q, { core }) => churnFlags(core, q),
  'ratings.pareto': (q, { core }) => paretoOf(core, q),
  'overrides.set': (input, { core }) => setOverride(core, input),
  'overrides.list': (q, { core }) => listOverrides(core, q),
  'overrides.revoke': ({ id, reason }, { core }) => revokeOverride(core, id, reason),
};
