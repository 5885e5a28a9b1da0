import { BUILT_IN_TEMPLATES, type TemplateId } from '../../../shared/scoring';
import { writeAudit } from '../audit/audit';
import type { Core } from '../core';

/**
 * Fixed ids for the seeded built-in models and their first versions, so two installs that seed on their own
 * sync into one model each instead of duplicates.
 */
const SUFFIX: Record<TemplateId, string> = { seed: '01', rfm: '02', abc: '03', 'value-potential': '04' };
export const builtInModelId = (t: TemplateId) => `00000000-0000-4000-8000-0000000000${SUFFIX[t]}`;
export const builtInVersionId = (t: TemplateId) => `00000000-0000-4000-8000-0000000001${SUFFIX[t]}`;

/**
 * Seeds the four templates as built-in models, each with a published version 1 (idempotent: a model already
 * seeded, even archived or renamed, is left alone).
 */
/**
 * The built-ins' own dates: the same on every install, so two installs that each seeded them agree cell for cell
 * and syncing them records no conflicts (the audit keeps when this install seeded them).
 */
const BUILT_IN_DATE = '2025-01-01T00:00:00.000Z';

export function ensureBuiltInModels(core: Core): number {
  const { sqlite } = core.store;
  const ids = BUILT_IN_TEMPLATES.map((t) => builtInModelId(t.id));
  const present = sqlite.prepare(`SELECT count(*) FROM models WHERE id IN (${ids.map(() => '?').join(', ')})`).pluck().get(...ids) as number;
  if (present === ids.length) return 0;
  return core.store.tx(() => {
    let seeded = 0;
    const now = core.now().toISOString();
    for (const t of BUILT_IN_TEMPLATES) {
      const id = builtInModelId(t.id);
      if (sqlite.prepare('SELECT 1 FROM models WHERE id = ?').get(id)) continue;
      core.rows.insert('models', { id, name: t.name.zh, description: t.description.zh, template: t.id, created_at: BUILT_IN_DATE });
      core.rows.insert('model_versions', {
        id: builtInVersionId(t.id),
        model_id: id,
        version: 1,
        status: 'published',
        definition: JSON.stringify(t.definition),
        published_at: BUILT_IN_DATE,
        published_by: 'TierDesk',
        created_at: BUILT_IN_DATE,
      });
      writeAudit(core.store, now, { actor: core.actor, entity: 'model', entityId: id, action: 'seed', details: { template: t.id } });
      seeded++;
    }
    return seeded;
  });
}
