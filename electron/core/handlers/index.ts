import type { Contract } from '../../../shared/ipc/contract';
import { appHandlers } from './app';
import { customerHandlers } from './customers';
import { modelHandlers } from './models';
import { ratingHandlers } from './ratings';
import { importHandlers } from './import';
import { repHandlers } from './reps';
import { syncHandlers } from './sync';
import type { HandlersFor } from './types';

/** The one handler map over the whole contract: the compiler reports a channel without a handler. */
export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
  ...customerHandlers,
  ...modelHandlers,
  ...ratingHandlers,
  ...importHandlers,
  ...repHandlers,
  ...syncHandlers,
};
