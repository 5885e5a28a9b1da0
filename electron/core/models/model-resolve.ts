import type { ModelInfo } from '../../../shared/ipc/channels/models';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { ensureBuiltInModels } from './built-in-models';
import { listModelInfos } from './model-rows';
import { archivedError, publishModel } from './model-service';

/**
 * A model named by id, name, or built-in template id (e.g. `rfm`). A built-in model named by its template
 * id whose versions are all drafts gets its draft published, so `score --model rfm` always runs.
 */
export function resolveModel(core: Core, ref: string): ModelInfo {
  ensureBuiltInModels(core);
  const all = listModelInfos(core.store, true);
  const lower = ref.trim().toLowerCase();
  const found =
    all.find((m) => m.id === ref) ??
    all.find((m) => m.name.toLowerCase() === lower) ??
    all.find((m) => m.template === lower && m.versions.length > 0 && !m.archived);
  if (!found) {
    const names = all.filter((m) => !m.archived).map((m) => m.template ?? m.name).join(', ');
    throw new AppError('not_found', { zh: `找不到模型“${ref}”。可用：${names}`, en: `Unknown model "${ref}". Models: ${names}` }, { model: ref });
  }
  if (found.archived) throw archivedError(found.name);
  if (!found.publishedVersionId && found.template === lower && found.draftVersionId) return publishModel(core, found.id);
  return found;
}

/** The version a run uses: the given one, else the model's newest published version. */
export function runnableVersionId(model: ModelInfo): string {
  if (model.publishedVersionId) return model.publishedVersionId;
  throw new AppError('conflict', {
    zh: `模型“${model.name}”还没有发布的版本，请先发布。`,
    en: `Model "${model.name}" has no published version yet; publish it first.`,
  });
}
