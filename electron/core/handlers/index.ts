import type { Contract } from '../../../shared/ipc/contract';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { customerHandlers } from './customers';
import { customerHistoryHandlers } from './customer-history';
import { modelHandlers } from './models';
import { ratingHandlers } from './ratings';
import { importHandlers } from './import';
import { exportHandlers } from './export';
import { repHandlers } from './reps';
import { syncHandlers } from './sync';
import { visitHandlers } from './visits';
import type { HandlersFor } from './types';

/** The one handler map over the whole contract: the compiler reports a channel without a handler. */
export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
  ...backupHandlers,
  ...customerHandlers,
  ...customerHistoryHandlers,
  ...modelHandlers,
  ...ratingHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...repHandlers,
  ...syncHandlers,
  ...visitHandlers,
};
