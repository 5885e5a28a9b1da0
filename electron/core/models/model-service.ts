import type { ModelInfo } from '../../../shared/ipc/channels/models';
import { AppError } from '../../../shared/ipc/errors';
import { builtInTemplate, type ModelDefinition, type TemplateId } from '../../../shared/scoring';
import { writeAudit } from '../audit/audit';
import type { Core } from '../core';
import { checkedDefinition, publishedImmutable } from './model-errors';
import { getModelInfo, getVersionRow, toVersionInfo, versionRows } from './model-rows';

/** A new model with no template: one revenue indicator, score tiers A/B/C/D. */
export const BLANK_DEFINITION: ModelDefinition = {
  window: { kind: 'days', days: 365 },
  missing: 'zero',
  indicators: [{ key: 'revenue', weight: 100, rule: { kind: 'linear', min: 0, max: 1_000_000 } }],
  tiers: {
    kind: 'score',
    levels: [
      { tier: 'A', min: 85 },
      { tier: 'B', min: 70 },
      { tier: 'C', min: 50 },
      { tier: 'D', min: 0 },
    ],
  },
  guards: [],
};

function audit(core: Core, modelId: string, action: string, details: Record<string, unknown> = {}) {
  writeAudit(core.store, core.now().toISOString(), { actor: core.actor, entity: 'model', entityId: modelId, action, details });
}

function insertVersion(core: Core, modelId: string, version: number, definition: ModelDefinition): string {
  return core.rows.insert('model_versions', {
    model_id: modelId,
    version,
    status: 'draft',
    definition: JSON.stringify(definition),
    created_at: core.now().toISOString(),
  });
}

export interface CreateModelInput {
  name: string;
  description?: string | null;
  template?: TemplateId;
  fromVersionId?: string;
}

/** A new model with a draft version 1, from a template, an existing version, or blank. */
export function createModel(core: Core, input: CreateModelInput): ModelInfo {
  let definition = BLANK_DEFINITION;
  if (input.template) definition = (builtInTemplate(input.template) as { definition: ModelDefinition }).definition;
  if (input.fromVersionId) {
    const from = getVersionRow(core.store, input.fromVersionId);
    if (!from) throw new AppError('not_found', { zh: '找不到来源模型版本', en: 'Source model version not found' }, { id: input.fromVersionId });
    definition = toVersionInfo(from).definition;
  }
  return core.store.tx(() => {
    const id = core.rows.insert('models', {
      name: input.name,
      description: input.description ?? null,
      template: input.template ?? null,
      created_at: core.now().toISOString(),
    });
    insertVersion(core, id, 1, checkedDefinition(definition));
    audit(core, id, 'create', { template: input.template ?? null, fromVersionId: input.fromVersionId ?? null });
    return getModelInfo(core.store, id);
  });
}

/** Writes the open draft, or starts a new one after the newest version. Invalid definitions are refused. */
export function saveDraft(core: Core, id: string, definition: unknown, meta: { name?: string; description?: string | null } = {}): ModelInfo {
  const def = checkedDefinition(definition);
  return core.store.tx(() => {
    const model = getModelInfo(core.store, id);
    const draft = model.versions.find((v) => v.status === 'draft');
    if (draft) core.rows.update('model_versions', draft.id, { definition: JSON.stringify(def) });
    else insertVersion(core, id, (model.versions[0]?.version ?? 0) + 1, def);
    const patch: Record<string, unknown> = {};
    if (meta.name !== undefined) patch.name = meta.name;
    if (meta.description !== undefined) patch.description = meta.description;
    if (Object.keys(patch).length) core.rows.update('models', id, patch);
    audit(core, id, 'save_draft', { version: draft?.version ?? (model.versions[0]?.version ?? 0) + 1, ...patch });
    return getModelInfo(core.store, id);
  });
}

/** Changes a version's definition; a published version is refused (it is immutable). */
export function updateVersionDefinition(core: Core, versionId: string, definition: unknown): void {
  const row = getVersionRow(core.store, versionId);
  if (!row) throw new AppError('not_found', { zh: '找不到模型版本', en: 'Model version not found' }, { id: versionId });
  if (row.status === 'published') throw publishedImmutable(row.version);
  saveDraft(core, row.model_id, definition);
}

/** The open draft becomes a published, immutable version. */
export function publishModel(core: Core, id: string): ModelInfo {
  return core.store.tx(() => {
    const model = getModelInfo(core.store, id);
    if (model.archived) throw archivedError(model.name);
    const draft = model.versions.find((v) => v.status === 'draft');
    if (!draft) {
      throw new AppError('conflict', { zh: '没有可发布的草稿', en: 'There is no draft to publish' }, { id });
    }
    checkedDefinition(draft.definition);
    core.rows.update('model_versions', draft.id, { status: 'published', published_at: core.now().toISOString(), published_by: core.actor });
    audit(core, id, 'publish', { versionId: draft.id, version: draft.version });
    return getModelInfo(core.store, id);
  });
}

/** A new model whose draft version 1 copies the newest version of another. */
export function cloneModel(core: Core, id: string, name: string): ModelInfo {
  const source = getModelInfo(core.store, id);
  const newest = versionRows(core.store, id)[0];
  if (!newest) throw new AppError('not_found', { zh: '该模型没有版本', en: 'The model has no version' }, { id });
  const info = createModel(core, { name, description: source.description, fromVersionId: newest.id });
  core.store.tx(() => {
    if (source.template) core.rows.update('models', info.id, { template: source.template });
    audit(core, info.id, 'clone', { from: id, fromVersionId: newest.id });
  });
  return getModelInfo(core.store, info.id);
}

export function archiveModel(core: Core, id: string, archived: boolean): ModelInfo {
  return core.store.tx(() => {
    getModelInfo(core.store, id);
    if (core.rows.update('models', id, { archived: archived ? 1 : 0 })) audit(core, id, archived ? 'archive' : 'restore');
    return getModelInfo(core.store, id);
  });
}

export function archivedError(name: string): AppError {
  return new AppError('conflict', { zh: `模型“${name}”已归档`, en: `Model "${name}" is archived` });
}
