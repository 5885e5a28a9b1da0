import type { modelChannels } from '../../../shared/ipc/channels/models';
import { BUILT_IN_TEMPLATES, validateModel } from '../../../shared/scoring';
import { ensureBuiltInModels } from '../models/built-in-models';
import { previewModel } from '../models/model-preview';
import { getModelInfo, listModelInfos } from '../models/model-rows';
import { archiveModel, cloneModel, createModel, publishModel, saveDraft } from '../models/model-service';
import type { HandlersFor } from './types';

export const modelHandlers: HandlersFor<typeof modelChannels> = {
  'models.templates': () => BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description, definition: t.definition })),
  'models.list': ({ includeArchived }, { core }) => {
    ensureBuiltInModels(core);
    return listModelInfos(core.store, includeArchived);
  },
  'models.get': ({ id }, { core }) => {
    ensureBuiltInModels(core);
    return getModelInfo(core.store, id);
  },
  'models.create': (input, { core }) => createModel(core, input),
  'models.saveDraft': ({ id, definition, name, description }, { core }) => saveDraft(core, id, definition, { name, description }),
  'models.validate': ({ definition }) => {
    const checked = validateModel(definition);
    return checked.ok ? { ok: true, issues: [], definition: checked.value } : { ok: false, issues: checked.issues, definition: null };
  },
  'models.publish': ({ id }, { core }) => publishModel(core, id),
  'models.clone': ({ id, name }, { core }) => cloneModel(core, id, name),
  'models.archive': ({ id, archived }, { core }) => archiveModel(core, id, archived),
  'models.preview': ({ definition, asOf, segment }, { core }) => previewModel(core, definition, asOf ?? core.today(), segment),
};
