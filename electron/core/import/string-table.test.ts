import fc from 'fast-check';
import { expect, it } from 'vitest';
import { StringTable } from './string-table';

it('answers like a Map through any sequence of sets, gets, claims and clears (growing from a tiny table)', () => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.string({ maxLength: 6 }), value: fc.nat(1 << 30) }),
    fc.record({ kind: fc.constant('get' as const), key: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant('clear' as const) }),
    fc.record({ kind: fc.constant('claim' as const), key: fc.string({ maxLength: 6 }), value: fc.nat(1 << 30), liveFrom: fc.nat(1 << 30) }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
      const table = new StringTable(1);
      const map = new Map<string, number>();
      for (const o of ops) {
        if (o.kind === 'set') {
          table.set(o.key, o.value);
          map.set(o.key, o.value);
        } else if (o.kind === 'get') {
          expect(table.get(o.key)).toBe(map.get(o.key) ?? -1);
        } else if (o.kind === 'claim') {
          const live = map.get(o.key);
          if (live !== undefined && live >= o.liveFrom) expect(table.claim(o.key, o.value, o.liveFrom)).toBe(live);
          else {
            expect(table.claim(o.key, o.value, o.liveFrom)).toBe(-1);
            map.set(o.key, o.value);
          }
        } else {
          table.clear();
          map.clear();
        }
        expect(table.size).toBe(map.size);
      }
      for (const [k, v] of map) expect(table.get(k)).toBe(v);
    }),
  );
});

it('keeps 100,000 customer codes, Chinese and full-width ones included', () => {
  const table = new StringTable();
  const code = (i: number) => (i % 3 === 0 ? `客户${i}` : i % 3 === 1 ? `ＫＨ${i}` : `C${String(i).padStart(6, '0')}`);
  for (let i = 0; i < 100_000; i++) table.set(code(i), i);
  expect(table.size).toBe(100_000);
  for (let i = 0; i < 100_000; i++) expect(table.get(code(i))).toBe(i);
  expect(table.get('C100000')).toBe(-1);
});
