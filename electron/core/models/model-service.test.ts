import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../../shared/ipc/channels/models';
import type { Channel, Input } from '../../../shared/ipc/contract';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { tempCore } from '../scoring/scoring-test-kit';
import { ensureBuiltInModels } from './built-in-models';
import { resolveModel } from './model-resolve';
import { updateVersionDefinition } from './model-service';

async function call(core: Core, channel: Channel, input: Input<typeof channel>) {
  return dispatch({ core, progress: () => {}, cancelled: () => false }, channel, input);
}
async function value<T>(core: Core, channel: Channel, input: Input<typeof channel>): Promise<T> {
  const r = await call(core, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value as T;
}

describe('models', () => {
  it('seeds the four built-in models once, each with a published version 1', async () => {
    const core = tempCore();
    expect(ensureBuiltInModels(core)).toBe(4);
    expect(ensureBuiltInModels(core)).toBe(0);
    const list = await value<ModelInfo[]>(core, 'models.list', {});
    expect(list.map((m) => m.template)).toEqual(['seed', 'rfm', 'abc', 'value-potential']);
    expect(list.every((m) => m.publishedVersionId && m.versions.length === 1)).toBe(true);
    expect(resolveModel(core, 'rfm').template).toBe('rfm');
    expect(resolveModel(core, 'RFM 客户细分').template).toBe('rfm');
    expect(() => resolveModel(core, 'nope')).toThrow(/Unknown model/);
    core.close();
  });

  it('creates, saves drafts, publishes immutable versions, clones and archives, auditing each change', async () => {
    const core = tempCore();
    const m = await value<ModelInfo>(core, 'models.create', { name: '华东评分卡', template: 'seed' });
    expect(m.versions).toHaveLength(1);
    expect(m.draftVersionId).toBe(m.versions[0].id);
    const def = { ...m.versions[0].definition, missing: 'redistribute' };
    await value(core, 'models.saveDraft', { id: m.id, definition: def });
    const published = await value<ModelInfo>(core, 'models.publish', { id: m.id });
    expect(published.publishedVersionId).toBe(m.versions[0].id);
    expect(published.draftVersionId).toBeNull();
    expect(published.versions[0].definition.missing).toBe('redistribute');
    // a published version is immutable: the core refuses, and so does the database trigger
    expect(() => updateVersionDefinition(core, m.versions[0].id, def)).toThrow(/published/);
    expect(() => core.store.sqlite.prepare("UPDATE model_versions SET definition = '{}' WHERE id = ?").run(m.versions[0].id)).toThrow(/cannot be changed/);
    const again = await call(core, 'models.publish', { id: m.id });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    // a new draft after the published version
    const v2 = await value<ModelInfo>(core, 'models.saveDraft', { id: m.id, definition: { ...def, missing: 'zero' } });
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([[2, 'draft'], [1, 'published']]);
    const clone = await value<ModelInfo>(core, 'models.clone', { id: m.id, name: '副本' });
    expect(clone.versions[0].definition.missing).toBe('zero');
    const archived = await value<ModelInfo>(core, 'models.archive', { id: clone.id });
    expect(archived.archived).toBe(true);
    const list = await value<ModelInfo[]>(core, 'models.list', {});
    expect(list.some((x) => x.id === clone.id)).toBe(false);
    const actions = core.store.sqlite.prepare("SELECT action FROM audit WHERE entity = 'model' AND entity_id = ? ORDER BY id").pluck().all(m.id);
    expect(actions).toEqual(['create', 'save_draft', 'publish', 'save_draft']);
    core.close();
  });

  it('refuses an invalid draft with bilingual issues and field paths', async () => {
    const core = tempCore();
    const m = await value<ModelInfo>(core, 'models.create', { name: 'X' });
    const bad = { ...m.versions[0].definition, indicators: [{ key: 'revenue', weight: 60, rule: { kind: 'linear', min: 0, max: 10 } }] };
    const r = await call(core, 'models.saveDraft', { id: m.id, definition: bad });
    if (r.ok) throw new Error('expected a validation error');
    expect(r.error.code).toBe('validation');
    expect(r.error.message.zh).toMatch(/100%/);
    expect(r.error.details?.fields?.[0]).toMatchObject({ path: 'indicators', message: { en: expect.stringMatching(/add up to 60/) } });
    const v = await value<{ ok: boolean; issues: unknown[] }>(core, 'models.validate', { definition: bad });
    expect(v.ok).toBe(false);
    core.close();
  });

  it('previews an unsaved definition without writing anything', async () => {
    const core = tempCore();
    core.rows.insert('customers', { code: 'A', name: 'a', created_at: 'x' });
    const templates = await value<{ definition: unknown }[]>(core, 'models.templates', {});
    const before = core.store.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get();
    const p = await value<{ customers: number; tierCounts: Record<string, number> }>(core, 'models.preview', { definition: templates[2].definition, asOf: '2025-01-01' });
    expect(p.customers).toBe(1);
    expect(p.tierCounts).toEqual({ A: 0, B: 0, C: 1 });
    expect(core.store.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before);
    core.close();
  });
});
