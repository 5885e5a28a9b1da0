import { describe, expect, it } from 'vitest';
import { canonicalJson, isJsonValue, jsonEqual } from './json';

describe('canonical JSON', () => {
  it('sorts object keys recursively and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: '客户' }, u: undefined })).toBe(
      '{"a":{"c":"客户","d":[1,{"y":null,"z":0}]},"b":1}',
    );
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual(1, '1')).toBe(false);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
  it('recognizes JSON-serializable values', () => {
    expect(isJsonValue({ a: [1, 'x', null, true], b: { c: -0 } })).toBe(true);
    for (const bad of [undefined, NaN, Infinity, new Date(), () => 1, [1, undefined], 10n]) {
      expect(isJsonValue(bad)).toBe(false);
    }
  });
});
