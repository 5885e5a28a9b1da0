/** Codes resolved away from the store (CustomerSlots) and replayed on the CustomerCache give the same customers. */
import { expect, it } from 'vitest';
import { CustomerCache } from './customer-cache';
import { CustomerSlots } from './customer-slots';
import { tempCore } from './import-test-kit';

it('new codes take the next slots, a known customer without a region gets the first one seen; adopt creates them in the store', () => {
  const core = tempCore();
  const seedCache = new CustomerCache(core);
  core.rows.insert('customers', { code: 'OLD-1', name: 'Old one', region: null, status: 'active', tags: '[]', custom: '{}', created_at: core.now().toISOString() });
  core.rows.insert('customers', { code: 'OLD-2', name: 'Old two', region: '华北', status: 'active', tags: '[]', custom: '{}', created_at: core.now().toISOString() });
  expect(seedCache.seed().codes).toEqual([]);

  const cache = new CustomerCache(core);
  const seed = cache.seed();
  expect([...seed.codes].sort()).toEqual(['OLD-1', 'OLD-2']);
  const slots = new CustomerSlots(seed);
  const old1 = seed.codes.indexOf('OLD-1');
  const old2 = seed.codes.indexOf('OLD-2');

  expect(slots.slotOf('NEW-A', '新客户甲', '华东')).toBe(2);
  expect(slots.slotOf('OLD-1', undefined, undefined)).toBe(old1);
  expect(slots.slotOf('NEW-B', undefined, undefined)).toBe(3);
  expect(slots.slotOf('NEW-A', 'another name', '西南')).toBe(2);
  expect(slots.slotOf('OLD-1', undefined, '华南')).toBe(old1);
  expect(slots.slotOf('OLD-1', undefined, '东北')).toBe(old1);
  expect(slots.slotOf('OLD-2', undefined, '西北')).toBe(old2);
  const changes = slots.take();
  expect(changes).toEqual({
    created: [
      { slot: 2, code: 'NEW-A', name: '新客户甲', region: '华东' },
      { slot: 3, code: 'NEW-B', name: null, region: null },
    ],
    regions: [{ slot: old1, region: '华南' }],
  });
  expect(slots.take()).toEqual({ created: [], regions: [] });
  // NEW-B has no region yet: the first one seen fills it
  expect(slots.slotOf('NEW-B', undefined, '华中')).toBe(3);
  const later = slots.take();
  expect(later.regions).toEqual([{ slot: 3, region: '华中' }]);

  cache.adopt(changes);
  cache.adopt(later);
  expect(cache.created).toBe(2);
  expect([cache.idAt(2), cache.idAt(3)]).toEqual([cache.find('NEW-A'), cache.find('NEW-B')]);
  const rows = core.store.sqlite.prepare('SELECT code, name, region FROM customers ORDER BY code').all();
  expect(rows).toEqual([
    { code: 'NEW-A', name: '新客户甲', region: '华东' },
    { code: 'NEW-B', name: 'NEW-B', region: '华中' },
    { code: 'OLD-1', name: 'Old one', region: '华南' },
    { code: 'OLD-2', name: 'Old two', region: '华北' },
  ]);
  // a replay that skips a slot is a bug, not something to paper over
  expect(() => cache.adopt({ created: [{ slot: 9, code: 'X', name: null, region: null }], regions: [] })).toThrow(/slot 9 arrived out of order/);
  core.close();
});
