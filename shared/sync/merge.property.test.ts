import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKeyOf, emptyState, stateEntries, type Change, type SyncState } from './cells';
import { formatHlc, hlcDevice } from './hlc';
import { canonicalJson } from './json';
import { applyChanges, mergeStates, stateFromChanges } from './merge';
import { SIM_COLUMNS, Simulation, type Command } from './simulation';

const snapshot = (s: SyncState) => canonicalJson(stateEntries(s));
const apply = (s: SyncState, changes: Change[]) => applyChanges(s, changes).state;

const deviceArb = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((b) => b.toString(16).padStart(16, '0'));
const configArb = fc.record({
  devices: fc.uniqueArray(deviceArb, { minLength: 3, maxLength: 4 }),
  skews: fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 4, maxLength: 4 }),
});
const who = fc.nat(3);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      who,
      table: fc.constantFrom('customers', 'visits'),
      row: fc.nat(3),
      columns: fc.subarray([...SIM_COLUMNS], { minLength: 1 }),
      restore: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.nat(3_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clockBack' as const), who, ms: fc.nat(30_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: who, to: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('export' as const), from: who, to: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deliver' as const), index: fc.nat(20) }) },
);
const historyArb = fc.record({
  config: configArb,
  commands: fc.array(commandArb, { minLength: 5, maxLength: 120, size: 'large' }),
});

/** The per-cell newest edit over every edit made anywhere — computed without the merge code. */
function oracle(edits: Change[]): string {
  const best = new Map<string, Change>();
  for (const e of edits) {
    const b = best.get(cellKeyOf(e));
    if (!b || e.hlc > b.hlc) best.set(cellKeyOf(e), e);
  }
  return snapshot(best);
}

function shuffled<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => ({ item, k: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.item);
}

describe('merge properties over simulated installs', () => {
  it('all installs converge to the newest edit of every cell, losing none', () => {
    fc.assert(
      fc.property(historyArb, ({ config, commands }) => {
        const sim = new Simulation(config).run(commands);
        sim.exchangeAll();
        const finals = sim.installs.map((i) => snapshot(i.state));
        for (const f of finals) expect(f).toBe(finals[0]);
        expect(finals[0]).toBe(oracle(sim.edits));
        // late, replayed packs are refused or change nothing
        sim.deliverAll();
        for (const i of sim.installs) expect(snapshot(i.state)).toBe(finals[0]);
        for (const i of sim.installs) expect(i.log.length).toBe(new Set(sim.edits.map((e) => `${e.hlc}${cellKeyOf(e)}`)).size);

        const final = sim.installs[0].state;
        for (const e of sim.edits) {
          const won = final.get(cellKeyOf(e))!;
          expect(won.hlc >= e.hlc).toBe(true);
          if (won.hlc === e.hlc) expect(canonicalJson(won.value)).toBe(canonicalJson(e.value));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an install whose own edit was overwritten by another device records it as a conflict', () => {
    fc.assert(
      fc.property(historyArb, ({ config, commands }) => {
        const sim = new Simulation(config).run(commands);
        sim.exchangeAll();
        for (const at of sim.installs) {
          for (const c of at.conflicts) {
            expect(c.kept.hlc > c.overridden.hlc).toBe(true);
            expect(hlcDevice(c.kept.hlc)).not.toBe(hlcDevice(c.overridden.hlc));
          }
          const own = sim.edits.filter((e) => hlcDevice(e.hlc) === at.device && e.column !== 'deleted');
          for (const e of own) {
            const key = cellKeyOf(e);
            const won = at.state.get(key)!;
            const supersededByMe = own.some((o) => cellKeyOf(o) === key && o.hlc > e.hlc);
            if (won.hlc === e.hlc || supersededByMe) continue;
            const recorded = at.conflicts.some((c) => cellKeyOf(c) === key && c.overridden.hlc === e.hlc);
            expect(recorded, `lost edit ${e.hlc} on ${key} not reported`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('applyChanges is commutative, associative and idempotent on real histories', () => {
    fc.assert(
      fc.property(historyArb, fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), ({ config, commands }, keys) => {
        const sim = new Simulation(config).run(commands);
        const [x, y, z] = sim.installs.map((i) => i.log);
        const s0 = stateFromChanges(shuffled(sim.edits, keys).slice(0, keys.length));
        // commutative
        expect(snapshot(apply(apply(s0, x), y))).toBe(snapshot(apply(apply(s0, y), x)));
        // associative (as a join of states) and order inside a batch does not matter
        const [a, b, c] = [x, y, z].map((l) => stateFromChanges(l));
        expect(snapshot(mergeStates(mergeStates(a, b), c))).toBe(snapshot(mergeStates(a, mergeStates(b, c))));
        expect(snapshot(apply(s0, [...x, ...y]))).toBe(snapshot(apply(apply(s0, x), y)));
        expect(snapshot(stateFromChanges(shuffled(x, keys)))).toBe(snapshot(a));
        // idempotent
        const once = applyChanges(s0, x);
        const twice = applyChanges(once.state, x);
        expect(snapshot(twice.state)).toBe(snapshot(once.state));
        expect(twice.applied).toEqual([]);
        expect(twice.conflicts.length).toBeLessThanOrEqual(once.conflicts.length + x.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('merge properties over arbitrary changes (including forged identical HLCs)', () => {
  const nodes = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'];
  const changeArb: fc.Arbitrary<Change> = fc.record({
    table: fc.constant('reps'),
    rowId: fc.constantFrom('r1', 'r2'),
    column: fc.constantFrom('name', 'deleted'),
    value: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom('x', null, { a: 1, b: [2] }, { b: [2], a: 1 })),
    hlc: fc
      .record({ millis: fc.nat(3), counter: fc.nat(1), node: fc.constantFrom(...nodes) })
      .map((h) => formatHlc(h)),
  });
  const batch = fc.array(changeArb, { maxLength: 12 });

  it('is commutative, associative and idempotent, and any order of all changes gives one state', () => {
    fc.assert(
      fc.property(batch, batch, batch, fc.array(fc.integer(), { minLength: 1 }), (x, y, z, keys) => {
        const s = (cs: Change[]) => snapshot(apply(emptyState(), cs));
        expect(snapshot(apply(apply(emptyState(), x), y))).toBe(snapshot(apply(apply(emptyState(), y), x)));
        const [a, b, c] = [x, y, z].map((l) => stateFromChanges(l));
        expect(snapshot(mergeStates(mergeStates(a, b), c))).toBe(snapshot(mergeStates(a, mergeStates(b, c))));
        expect(snapshot(apply(apply(emptyState(), x), x))).toBe(s(x));
        const all = [...x, ...y, ...z];
        expect(s(shuffled(all, keys))).toBe(s(all));
      }),
      { numRuns: 1000 },
    );
  });
});
