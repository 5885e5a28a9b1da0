import { describe, expect, it } from 'vitest';
import { benchSync } from './sync';

describe('benchSync', () => {
  it('exports and imports a whole-book pack (500 customers here; npm run bench uses 10,000) and the receiver holds every customer', async () => {
    const result = await benchSync(500);
    expect(result.cells).toBe(5000);
    expect(result.received).toBe(500);
    expect(result.bytes).toBeGreaterThan(1000);
  });
});
