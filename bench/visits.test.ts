import { describe, expect, it } from 'vitest';
import { benchVisits } from './visits';

describe('benchVisits', () => {
  it('plans a small demo book within capacity, A customers weekly (npm run bench uses 10,000 customers)', async () => {
    const result = (await benchVisits(600)) as { scenarios: Record<string, { capacityViolations: number; aWeekShortfalls: number; visits: number }> };
    for (const s of Object.values(result.scenarios)) {
      expect(s.capacityViolations).toBe(0);
      expect(s.aWeekShortfalls).toBe(0);
      expect(s.visits).toBeGreaterThan(0);
    }
  });
});
