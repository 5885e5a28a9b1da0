import { describe, expect, it } from 'vitest';
import { benchSync } from './sync';

describe('benchSync', () => {
  it('measures export and import of a pack (small book here; npm run bench uses 100,000 cells)', async () => {
    const result = await benchSync(500);
    expect(result.cells).toBe(5000);
    expect(result.exportMs).toBeGreaterThanOrEqual(0);
    expect(result.importMs).toBeLessThan(result.targetMs);
  });
});
