import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCustomer, addRep, seedRun, visitTestCore } from '../core/visits/visit-test-kit';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');
const tierdesk = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('tierdesk visits plan', () => {
  it('prints { visits: [{ customer, rep, date, tier, reason }], unplanned: [{ customer, reason }] } and exits 1 for an unknown rep', () => {
    const { core, file } = visitTestCore();
    const rep = addRep(core, '周杰', 1, [1]);
    const a = addCustomer(core, 'A-1', rep);
    const b = addCustomer(core, 'B-1', rep);
    const lost = addCustomer(core, 'N-1', null);
    seedRun(core, '2026-05-31', { [a]: 'A', [b]: 'B', [lost]: 'C' });
    core.close();
    const result = tierdesk('--db', file, 'visits', 'plan', '--weeks', '1', '--start', '2026-06-01', '--rep', '周杰', '--json');
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { visits: object[]; unplanned: object[]; planId: string };
    expect(json.visits).toEqual([{ customer: 'A-1', rep: '周杰', repId: rep, date: '2026-06-01', tier: 'A', reason: 'due' }]);
    expect(json.unplanned).toEqual([{ customer: 'B-1', reason: 'rep_capacity_full', rep: '周杰', tier: 'B', dueDate: '2026-06-01' }]);
    expect(json.planId).toBeTruthy();
    const bad = tierdesk('--db', file, 'visits', 'plan', '--rep', 'nobody', '--json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Rep nobody not found');
    expect(tierdesk('--db', file, 'visits', 'plan', '--weeks', '40').status).toBe(2);
  });
});
