import { describe, expect, it } from 'vitest';
import type { Change } from './cells';
import { formatHlc } from './hlc';
import { changesSince, mergeVectors, vectorHasSeen, versionVector } from './vector';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';
const h = (ms: number, node: string) => formatHlc({ millis: 1_700_000_000_000 + ms, counter: 0, node });
const ch = (hlc: string, column = 'name'): Change => ({ table: 'reps', rowId: 'r', column, value: 1, hlc });

describe('version vectors', () => {
  const log = [ch(h(1, A)), ch(h(1, A), 'region'), ch(h(2, B)), ch(h(3, A)), ch(h(0, C))];

  it('holds the greatest HLC per origin device', () => {
    expect(versionVector(log)).toEqual({ [A]: h(3, A), [B]: h(2, B), [C]: h(0, C) });
    expect(versionVector([])).toEqual({});
  });

  it('picks exactly the changes a peer has not seen, in log order, including relayed ones', () => {
    expect(changesSince(log, {})).toEqual(log);
    expect(changesSince(log, { [A]: h(1, A) })).toEqual([log[2], log[3], log[4]]);
    expect(changesSince(log, versionVector(log))).toEqual([]);
    expect(changesSince(log, { [A]: h(0, A), [B]: h(9, B), [C]: h(0, C) })).toEqual([log[0], log[1], log[3]]);
  });

  it('merges pointwise and answers "seen?"', () => {
    const v = mergeVectors({ [A]: h(1, A), [B]: h(5, B) }, { [A]: h(3, A), [C]: h(0, C) });
    expect(v).toEqual({ [A]: h(3, A), [B]: h(5, B), [C]: h(0, C) });
    expect(vectorHasSeen(v, h(3, A))).toBe(true);
    expect(vectorHasSeen(v, h(4, A))).toBe(false);
    expect(vectorHasSeen({}, h(0, A))).toBe(false);
  });
});
