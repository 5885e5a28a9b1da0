import { describe, expect, it } from 'vitest';
import { emptyState, getCell, rowIsDeleted, rowView, stateEntries, type Change } from './cells';
import { formatHlc } from './hlc';
import { applyChanges, decide, mergeStates, shouldApply, stateFromChanges } from './merge';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const T0 = Date.UTC(2025, 0, 1);
const h = (ms: number, node = A, counter = 0) => formatHlc({ millis: T0 + ms, counter, node });
const ch = (column: string, value: unknown, hlc: string, rowId = 'r1'): Change => ({
  table: 'customers',
  rowId,
  column,
  value,
  hlc,
});

describe('shouldApply / decide', () => {
  it('applies iff the incoming HLC is newer than the stored one', () => {
    expect(shouldApply(null, h(1))).toBe(true);
    expect(shouldApply(undefined, h(1))).toBe(true);
    expect(shouldApply(h(1), h(2))).toBe(true);
    expect(shouldApply(h(2), h(1))).toBe(false);
    expect(shouldApply(h(1), h(1))).toBe(false);
  });

  it('reports a conflict only between different devices holding different values', () => {
    expect(decide(null, { value: 'x', hlc: h(1) })).toEqual({ apply: true, reason: 'new', conflict: null });
    expect(decide({ value: 'x', hlc: h(1) }, { value: 'y', hlc: h(2) })).toEqual({
      apply: true,
      reason: 'newer',
      conflict: null,
    });
    expect(decide({ value: 'x', hlc: h(1) }, { value: 'y', hlc: h(2, B) })).toEqual({
      apply: true,
      reason: 'newer',
      conflict: { kept: { value: 'y', hlc: h(2, B) }, overridden: { value: 'x', hlc: h(1) } },
    });
    expect(decide({ value: 'x', hlc: h(3) }, { value: 'y', hlc: h(2, B) })).toEqual({
      apply: false,
      reason: 'older',
      conflict: { kept: { value: 'x', hlc: h(3) }, overridden: { value: 'y', hlc: h(2, B) } },
    });
    expect(decide({ value: { a: 1, b: 2 }, hlc: h(1) }, { value: { b: 2, a: 1 }, hlc: h(2, B) }).conflict).toBeNull();
  });

  it('treats an identical change as a duplicate and breaks a forged tie deterministically', () => {
    expect(decide({ value: 'x', hlc: h(1) }, { value: 'x', hlc: h(1) })).toEqual({
      apply: false,
      reason: 'duplicate',
      conflict: null,
    });
    const win = decide({ value: 'a', hlc: h(1) }, { value: 'b', hlc: h(1) });
    const lose = decide({ value: 'b', hlc: h(1) }, { value: 'a', hlc: h(1) });
    expect([win.apply, lose.apply]).toEqual([true, false]);
    expect(win.reason).toBe('same_hlc');
    expect(lose.conflict?.kept.value).toBe('b');
  });
});

describe('applyChanges', () => {
  it('keeps the newest value per cell, lists applied, ignored and conflicts, and never mutates its input', () => {
    const s0 = stateFromChanges([ch('name', '甲公司', h(1)), ch('city', '上海', h(1))]);
    const incoming = [ch('name', '乙公司', h(2, B)), ch('city', '北京', h(0, B)), ch('name', '乙公司', h(2, B))];
    const r = applyChanges(s0, incoming);
    expect(getCell(r.state, 'customers', 'r1', 'name')).toEqual({ value: '乙公司', hlc: h(2, B) });
    expect(getCell(r.state, 'customers', 'r1', 'city')).toEqual({ value: '上海', hlc: h(1) });
    expect(r.applied).toEqual([incoming[0]]);
    expect(r.ignored).toEqual([incoming[1], incoming[2]]);
    expect(r.conflicts).toEqual([
      {
        table: 'customers',
        rowId: 'r1',
        column: 'name',
        kept: { value: '乙公司', hlc: h(2, B) },
        overridden: { value: '甲公司', hlc: h(1) },
      },
      {
        table: 'customers',
        rowId: 'r1',
        column: 'city',
        kept: { value: '上海', hlc: h(1) },
        overridden: { value: '北京', hlc: h(0, B) },
      },
    ]);
    expect(getCell(s0, 'customers', 'r1', 'name')?.value).toBe('甲公司');
  });

  it('is idempotent and order-independent on a small example', () => {
    const x = [ch('name', 'x', h(1)), ch('name', 'y', h(2, B))];
    const once = applyChanges(emptyState(), x).state;
    expect(stateEntries(applyChanges(once, x).state)).toEqual(stateEntries(once));
    expect(applyChanges(once, x).applied).toEqual([]);
    expect(stateEntries(stateFromChanges([...x].reverse()))).toEqual(stateEntries(once));
    expect(stateEntries(mergeStates(stateFromChanges([x[0]]), stateFromChanges([x[1]])))).toEqual(stateEntries(once));
  });
});

describe('tombstones', () => {
  const created = [ch('name', 'Acme', h(1)), ch('deleted', 0, h(1))];

  it('a tombstone hides the row; edits older or newer than it do not resurrect it', () => {
    let s = stateFromChanges(created);
    expect(rowView(s, 'customers', 'r1')).toEqual({ name: 'Acme', deleted: 0 });
    s = applyChanges(s, [ch('deleted', 1, h(5, B))]).state;
    expect(rowIsDeleted(s, 'customers', 'r1')).toBe(true);
    s = applyChanges(s, [ch('name', 'Older edit', h(3)), ch('name', 'Newer edit', h(9))]).state;
    expect(rowIsDeleted(s, 'customers', 'r1')).toBe(true);
    expect(rowView(s, 'customers', 'r1')).toBeNull();
    // the hidden cells still converge, so a later restore shows the newest values
    expect(getCell(s, 'customers', 'r1', 'name')?.value).toBe('Newer edit');
  });

  it('an older restore loses against the tombstone; a newer restore brings the row back', () => {
    const s = stateFromChanges([...created, ch('deleted', 1, h(5, B))]);
    expect(rowIsDeleted(applyChanges(s, [ch('deleted', 0, h(4))]).state, 'customers', 'r1')).toBe(true);
    const restored = applyChanges(s, [ch('deleted', 0, h(6))]).state;
    expect(rowIsDeleted(restored, 'customers', 'r1')).toBe(false);
    expect(rowView(restored, 'customers', 'r1')).toEqual({ name: 'Acme', deleted: 0 });
    expect(rowView(restored, 'customers', 'unknown')).toBeNull();
    expect(rowIsDeleted(stateFromChanges([ch('deleted', true, h(1))]), 'customers', 'r1')).toBe(true);
  });
});
