/** A small seeded PRNG (mulberry32) so the demo book is the same for the same seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** a UUID v4 made from the seeded stream */
    uuid: () => {
      const hex = (n: number) => Math.floor(next() * 16 ** n).toString(16).padStart(n, '0');
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    /** Pareto-distributed size factor ≥ 1 (heavy tail: a few large customers) */
    pareto: (alpha: number) => 1 / (1 - next()) ** (1 / alpha),
  };
}
export type SeededRandom = ReturnType<typeof seededRandom>;
