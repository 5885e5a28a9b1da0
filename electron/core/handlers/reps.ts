import type { repChannels } from '../../../shared/ipc/channels/reps';
import { createRep, listReps, updateRep } from '../reps/rep-service';
import type { HandlersFor } from './types';

export const repHandlers: HandlersFor<typeof repChannels> = {
  'reps.list': (_input, { core }) => listReps(core),
  'reps.create': (fields, { core }) => createRep(core, fields),
  'reps.update': ({ id, fields }, { core }) => updateRep(core, id, fields),
};
