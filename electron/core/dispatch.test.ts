import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import { openCore, type Core } from './core';
import { dispatch, dispatchTyped } from './dispatch';
import { handlers } from './handlers';
import type { HandlerContext } from './handlers/types';

let core: Core;
let ctx: HandlerContext;

beforeEach(() => {
  core = openCore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-dispatch-')), 'book.db'));
  ctx = { core, progress: () => {}, cancelled: () => false };
});
afterEach(() => core.close());

/** Every row of every table, to prove a refused call changed nothing. */
function dump(c: Core) {
  const tables = c.store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, c.store.sqlite.prepare(`SELECT * FROM "${name}"`).all()]));
}

describe('the IPC contract', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const name of CHANNELS) expect(typeof handlers[name]).toBe('function');
  });

  it('refuses an unknown channel with an error envelope', async () => {
    const result = await dispatch(ctx, 'customers.dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it.each(CHANNELS)('refuses invalid input on %s before any handler runs, and changes nothing', async (name) => {
    const before = dump(core);
    // a value no schema of the contract accepts: every input is an object
    const result = await dispatch(ctx, name, 'not an object');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message.zh).toMatch(/输入有误/);
      expect(result.error.message.en).toMatch(/Invalid input/);
    }
    expect(dump(core)).toEqual(before);
    expect(contract[name].input).toBeDefined();
  });
});

describe('customers over the contract', () => {
  const valid = { code: 'C001', name: '上海恒达贸易有限公司', city: '上海', contactPhone: '13812345678', contactEmail: 'li@example.com' };

  it('creates, lists, finds, updates, archives and restores a customer', async () => {
    const created = await dispatch(ctx, 'customers.create', valid);
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: string }).id : '';
    const list = await dispatchTyped(ctx, 'customers.list', { search: '恒达' });
    expect(list).toMatchObject({ ok: true, value: { total: 1, rows: [{ code: 'C001', city: '上海', status: 'active', tier: null }] } });
    const updated = await dispatch(ctx, 'customers.update', { id, fields: { ...valid, city: '苏州', tags: ['重点'] } });
    expect(updated).toMatchObject({ ok: true, value: { city: '苏州', tags: ['重点'] } });
    await dispatch(ctx, 'customers.archive', { id });
    expect(await dispatchTyped(ctx, 'customers.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await dispatchTyped(ctx, 'customers.list', { includeArchived: true })).toMatchObject({ ok: true, value: { total: 1 } });
    await dispatch(ctx, 'customers.restore', { id });
    expect(await dispatch(ctx, 'customers.get', { id })).toMatchObject({ ok: true, value: { status: 'active' } });
  });

  it('names the field for a duplicate code, a bad phone and a bad email, and writes nothing', async () => {
    await dispatch(ctx, 'customers.create', valid);
    const before = dump(core);
    const duplicate = await dispatch(ctx, 'customers.create', { ...valid, name: 'other' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'code' }] } } });
    const phone = await dispatch(ctx, 'customers.create', { ...valid, code: 'C002', contactPhone: 'call me' });
    expect(phone).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'contactPhone' }] } } });
    const email = await dispatch(ctx, 'customers.create', { ...valid, code: 'C003', contactEmail: 'nope' });
    expect(email).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'contactEmail' }] } } });
    const missing = await dispatch(ctx, 'customers.create', { code: ' ', name: '' });
    expect(missing.ok ? [] : missing.error.details?.fields?.map((f) => f.path)).toEqual(['code', 'name']);
    expect(dump(core)).toEqual(before);
  });

  it('searches, filters, sorts and pages a demo book', async () => {
    await dispatch(ctx, 'book.demo', { customers: 600, seed: 7 });
    const all = await dispatchTyped(ctx, 'customers.list', { limit: 500 });
    expect(all.ok && all.value.total).toBe(600);
    const page2 = await dispatchTyped(ctx, 'customers.list', { offset: 50, limit: 50, sortBy: 'code' });
    expect(page2.ok && page2.value.rows[0].code).toBe('C000051');
    const desc = await dispatchTyped(ctx, 'customers.list', { sortBy: 'code', sortDir: 'desc', limit: 1 });
    expect(desc.ok && desc.value.rows[0].code).toBe('C000600');
    const city = await dispatchTyped(ctx, 'customers.list', { search: '成都', limit: 500 });
    expect(city.ok && city.value.rows.every((r) => r.city === '成都' || r.name.includes('成都'))).toBe(true);
    const dormant = await dispatchTyped(ctx, 'customers.list', { statuses: ['dormant'], limit: 500 });
    expect(dormant.ok && dormant.value.rows.every((r) => r.status === 'dormant')).toBe(true);
    const reps = await dispatchTyped(ctx, 'reps.list', {});
    const repId = reps.ok ? reps.value[0].id : '';
    const owned = await dispatchTyped(ctx, 'customers.list', { ownerRepIds: [repId], limit: 500 });
    expect(owned.ok && owned.value.total).toBeGreaterThan(0);
    expect(owned.ok && owned.value.rows.every((r) => r.ownerRepId === repId)).toBe(true);
  });

  it('escapes LIKE wildcards in a search', async () => {
    await dispatch(ctx, 'customers.create', { code: 'X_1', name: '100% 纯' });
    await dispatch(ctx, 'customers.create', { code: 'X21', name: '1000 号' });
    const result = await dispatchTyped(ctx, 'customers.list', { search: '100%' });
    expect(result.ok && result.value.rows.map((r) => r.code)).toEqual(['X_1']);
    const underscore = await dispatchTyped(ctx, 'customers.list', { search: 'X_' });
    expect(underscore.ok && underscore.value.rows.map((r) => r.code)).toEqual(['X_1']);
  });
});
