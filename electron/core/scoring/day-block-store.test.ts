import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../db/store';
import { DayCursor, readAllDayBlocks, rewriteAllDays, TARGET_CUSTOMERS, updateCustomerDays } from './day-block-store';

type Entries = [day: number, sales: number, amount: number, cost: number | null][];

const id = (n: number) => `c${String(n).padStart(6, '0')}`;

/** Every customer's entries as the blocks hold them, and the block sizes. */
function contents(db: ReturnType<typeof openStore>['sqlite']) {
  const days = new Map<string, Entries>();
  const blocks = readAllDayBlocks(db);
  for (const b of blocks) {
    b.ids.forEach((cid, k) => {
      const e: Entries = [];
      for (let i = b.start[k]; i < b.start[k + 1]; i++) e.push([b.day[i], b.sales[i], b.amount[i], b.cost && !Number.isNaN(b.cost[i]) ? b.cost[i] : null]);
      days.set(cid, e);
    });
  }
  return { days, sizes: blocks.map((b) => b.ids.length), firsts: blocks.map((b) => b.ids[0]) };
}

const entriesOf = (n: number): Entries => Array.from({ length: 1 + (n % 4) }, (_, i) => [19_000 + i * 3 + (n % 5), 1 + (i % 2), 100 * n + i, i % 3 === 0 ? 7 : null]);

describe('order_day_blocks store', () => {
  it('rewrites all days into blocks of TARGET_CUSTOMERS in id order, and a cursor finds each customer', () => {
    const store = openStore(':memory:', { backup: false });
    const db = store.sqlite;
    store.tx(() =>
      rewriteAllDays(db, (w) => {
        for (let n = 0; n < 2_500; n++) {
          w.customer(id(n * 2));
          for (const [d, s, a, c] of entriesOf(n)) w.builder.entry(d, s, a, c);
        }
        w.customer('c999999'); // no entries: no days
      }),
    );
    const { days, sizes, firsts } = contents(db);
    expect(sizes).toEqual([TARGET_CUSTOMERS, TARGET_CUSTOMERS, 500]);
    expect(firsts).toEqual([id(0), id(2000), id(4000)]);
    expect(days.get(id(2 * 1234))).toEqual(entriesOf(1234));
    expect(days.has('c999999')).toBe(false);
    const cursor = new DayCursor(readAllDayBlocks(db));
    expect(cursor.find(id(1))).toBeNull();
    expect(cursor.find(id(2 * 1999))?.k).toBe(999);
    expect(cursor.find(id(2 * 2000))?.k).toBe(0);
    expect(cursor.find(id(10))?.block.ids[cursor.find(id(10))!.k]).toBe(id(10)); // backwards: found again
    store.close();
  });

  it('an update rewrites only the touched customers, keeps the others byte for byte, and splits a block that grows too large', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 6_000 }), { maxLength: 2_500 }),
        fc.array(fc.integer({ min: 0, max: 6_000 }), { maxLength: 300 }),
        (initial, changed) => {
          const store = openStore(':memory:', { backup: false });
          const db = store.sqlite;
          const expected = new Map<string, Entries>();
          store.tx(() =>
            rewriteAllDays(db, (w) => {
              for (const n of [...initial].sort((a, b) => a - b)) {
                w.customer(id(n));
                for (const e of entriesOf(n)) w.builder.entry(...e);
                expected.set(id(n), entriesOf(n));
              }
            }),
          );
          // every third changed customer loses its days, the others get new ones (old ones seen by the callback)
          store.tx(() =>
            updateCustomerDays(db, changed.map(id), (cid, old, w) => {
              const n = Number(cid.slice(1));
              expect(old === null ? undefined : old.block.ids[old.k]).toBe(expected.has(cid) ? cid : undefined);
              if (n % 3 === 0) return;
              for (const [d, s, a, c] of entriesOf(n + 1)) w.builder.entry(d, s, a, c);
            }),
          );
          for (const n of changed) {
            if (n % 3 === 0) expected.delete(id(n));
            else expected.set(id(n), entriesOf(n + 1));
          }
          const { days, sizes, firsts } = contents(db);
          expect(new Map([...days].sort())).toEqual(new Map([...expected].sort()));
          expect(sizes.every((s) => s > 0 && s <= 2 * TARGET_CUSTOMERS)).toBe(true);
          expect([...firsts]).toEqual([...firsts].sort());
          store.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
