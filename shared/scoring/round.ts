/**
 * Deterministic rounding. The tiny bias (1e-7 of a unit in the last kept place, away from zero)
 * absorbs binary representation error, so 84.995 rounds to 85.00 as a person expects.
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return finish(Math.round(value * f + (value >= 0 ? 1e-7 : -1e-7)) / f);
}

const finish = (r: number): number => (r === 0 ? 0 : r); // no -0 in output

export const round2 = (value: number): number => finish(Math.round(value * 100 + (value >= 0 ? 1e-7 : -1e-7)) / 100);
export const round4 = (value: number): number => finish(Math.round(value * 10_000 + (value >= 0 ? 1e-7 : -1e-7)) / 10_000);
