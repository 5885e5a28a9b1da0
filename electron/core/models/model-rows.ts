import type { Selectable } from 'kysely';
import type { ModelVersionsTable } from '../db/schema';
import type { ModelInfo, ModelVersionInfo } from '../../../shared/ipc/channels/models';
import { AppError } from '../../../shared/ipc/errors';
import type { ModelDefinition, TemplateId } from '../../../shared/scoring';
import type { Store } from '../db/store';

type VersionRow = Omit<Selectable<ModelVersionsTable>, 'updated_at' | 'deleted'>;

export function toVersionInfo(row: VersionRow): ModelVersionInfo {
  return {
    id: row.id,
    modelId: row.model_id,
    version: row.version,
    status: row.status,
    definition: JSON.parse(row.definition) as ModelDefinition,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    createdAt: row.created_at,
  };
}

export function versionRows(store: Store, modelId: string): VersionRow[] {
  return store.all(
    store.qb.selectFrom('model_versions').selectAll().where('model_id', '=', modelId).where('deleted', '=', 0).orderBy('version', 'desc'),
  ) as VersionRow[];
}

export function getVersionRow(store: Store, versionId: string): VersionRow | undefined {
  return store.get(store.qb.selectFrom('model_versions').selectAll().where('id', '=', versionId).where('deleted', '=', 0)) as
    | VersionRow
    | undefined;
}

export function listModelInfos(store: Store, includeArchived: boolean, onlyId?: string): ModelInfo[] {
  let q = store.qb.selectFrom('models').selectAll().where('deleted', '=', 0);
  if (!includeArchived) q = q.where('archived', '=', 0);
  if (onlyId) q = q.where('id', '=', onlyId);
  const models = store.all(q.orderBy('created_at').orderBy('id'));
  return models.map((m) => {
    const versions = versionRows(store, m.id).map(toVersionInfo);
    return {
      id: m.id,
      name: m.name,
      description: m.description,
      template: m.template as TemplateId | null,
      archived: m.archived === 1,
      createdAt: m.created_at,
      updatedAt: m.updated_at,
      versions,
      publishedVersionId: versions.find((v) => v.status === 'published')?.id ?? null,
      draftVersionId: versions.find((v) => v.status === 'draft')?.id ?? null,
    };
  });
}

export function getModelInfo(store: Store, id: string): ModelInfo {
  const [model] = listModelInfos(store, true, id);
  if (!model) throw new AppError('not_found', { zh: `找不到模型 ${id}`, en: `Model ${id} not found` }, { id });
  return model;
}
