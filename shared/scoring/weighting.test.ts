import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveWeights, weightedTotal } from './weighting';

describe('effectiveWeights', () => {
  it("keeps the model weights under 'zero'", () => {
    expect(effectiveWeights([30, 20, 50], [true, false, true], 'zero')).toEqual([30, 20, 50]);
  });
  it("spreads a missing weight proportionally under 'redistribute'", () => {
    expect(effectiveWeights([30, 20, 50], [true, false, true], 'redistribute')).toEqual([37.5, 0, 62.5]);
  });
  it('gives all zeros when nothing is present', () => {
    expect(effectiveWeights([50, 50], [false, false], 'redistribute')).toEqual([0, 0]);
  });
  it('always sums present weights to 100 when any weight is present (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.boolean()), { minLength: 1, maxLength: 12 }), (rows) => {
        const raw = rows.map(([w]) => w);
        const sum = raw.reduce((a, b) => a + b, 0);
        const weights = raw.map((w) => (w * 100) / sum);
        const present = rows.map(([, p]) => p);
        fc.pre(present.some(Boolean));
        const eff = effectiveWeights(weights, present, 'redistribute');
        expect(eff.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        eff.forEach((w, i) => (present[i] ? expect(w).toBeGreaterThanOrEqual(weights[i] - 1e-9) : expect(w).toBe(0)));
      }),
    );
  });
});

describe('weightedTotal', () => {
  it('is Σ weight × points / 100 with missing contributing 0', () => {
    expect(weightedTotal([100, null, 50], [30, 20, 50])).toBe(55);
  });
});
