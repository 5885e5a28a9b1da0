/**
 * The change log stays a small part of the book: a new row is one log entry, not one per cell. On a demo book
 * (customers, assessments and ~20 orders a customer, as a manager's book is after its imports) the log and its
 * indexes take at most a quarter of the file's pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoBook } from '../demo/demo-book';
import { loggedCells, tempCore, tempDir } from './sync-test-kit';

const core = tempCore(tempDir('tierdesk-log-size-'), 'book', { now: () => new Date('2025-10-02T08:00:00Z') });
afterAll(() => core.close());

describe('the change log of a 5,000-customer demo book', () => {
  it('holds every cell of every customer, yet takes at most 25 % of the book', () => {
    generateDemoBook(core, { customers: 5_000, seed: 3, endDate: '2025-10-01' });
    const db = core.store.sqlite;
    const entries = db.prepare("SELECT count(*) FROM change_log WHERE table_name = 'customers'").pluck().get() as number;
    const cells = loggedCells(core, 'customers');
    expect(entries).toBe(5_000);
    expect(cells.length).toBeGreaterThan(5_000 * 6);
    // every set cell of every customer is in the log
    const sample = db.prepare('SELECT * FROM customers ORDER BY id LIMIT 1').get() as Record<string, unknown>;
    const logged = Object.fromEntries(cells.filter((c) => c.rowId === sample.id).map((c) => [c.column, c.value]));
    for (const [column, value] of Object.entries(sample)) {
      if (!['id', 'updated_at', 'local_key'].includes(column) && value !== null) expect(logged[column], column).toEqual(value);
    }
    const pages = (where: string) => db.prepare(`SELECT sum(pgsize) FROM dbstat ${where}`).pluck().get() as number;
    const share = pages("WHERE name LIKE 'change_log%'") / pages('');
    expect(share).toBeLessThanOrEqual(0.25);
  });
});
