import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoFigures } from './pareto-figures';

describe('paretoFigures', () => {
  it('gives the share of the top 20 % and the customers making 80 %', () => {
    // 10 customers: top 2 make 800 of 1000
    const f = paretoFigures([500, 300, 50, 50, 20, 20, 20, 20, 10, 10]);
    expect(f.top20Share).toBe(0.8);
    expect(f.customersFor80Share).toBe(0.2);
    expect(f.curve).toHaveLength(11);
    expect(f.curve[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(f.curve[10]).toEqual({ customerShare: 1, revenueShare: 1 });
  });

  it('interpolates inside a customer', () => {
    const f = paretoFigures([100, 100, 100]); // top 20 % = 0.6 customers → 20 % of revenue
    expect(f.top20Share).toBe(0.2);
    expect(f.customersFor80Share).toBe(0.8);
  });

  it('counts non-positive customers but not their revenue', () => {
    const f = paretoFigures([100, 0, -50, 0, 0]);
    expect(f.top20Share).toBe(1);
    expect(f.customersFor80Share).toBe(0.16); // 0.8 of the first of 5 customers
  });

  it('is all zeros without revenue or customers', () => {
    expect(paretoFigures([])).toEqual({ top20Share: 0, customersFor80Share: 0, curve: [{ customerShare: 0, revenueShare: 0 }] });
    expect(paretoFigures([0, -3])).toMatchObject({ top20Share: 0, customersFor80Share: 0 });
  });

  it('keeps at most 101 monotone curve points, between the equality line and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1_000_000 }), { minLength: 1, maxLength: 400 }), (revenues) => {
        const f = paretoFigures(revenues);
        expect(f.curve.length).toBeLessThanOrEqual(101);
        for (let i = 1; i < f.curve.length; i++) {
          expect(f.curve[i].customerShare).toBeGreaterThan(f.curve[i - 1].customerShare);
          expect(f.curve[i].revenueShare).toBeGreaterThanOrEqual(f.curve[i - 1].revenueShare);
        }
        if (revenues.some((r) => r > 0)) {
          for (const p of f.curve) expect(p.revenueShare).toBeGreaterThanOrEqual(p.customerShare - 1e-6);
          expect(f.top20Share).toBeGreaterThanOrEqual(0.2 - 1e-6);
          expect(f.customersFor80Share).toBeLessThanOrEqual(0.8 + 1e-6);
        }
      }),
    );
  });
});
