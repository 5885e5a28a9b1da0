import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/ipc/errors';
import type { RowSource, SourceRow } from './source-rows';
import { guardStalls } from './stall-guard';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A source of `total` bytes whose reader runs `body` (advancing `read`) to produce its batches. */
function source(total: number, body: (state: { read: number; closed: boolean }) => AsyncGenerator<SourceRow[]>): RowSource & { state: { read: number; closed: boolean } } {
  const state = { read: 0, closed: false };
  return { state, batches: body(state), bytesRead: () => state.read, totalBytes: total, info: { type: 'text' }, close: () => void (state.closed = true) };
}

async function drain(s: RowSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const batch of s.batches) rows.push(...batch);
  return rows;
}

describe('the stall guard', () => {
  it('refuses a reader that has read the whole file and then waits forever, and closes it', async () => {
    const stuck = source(100, async function* (state) {
      state.read = 100;
      yield [{ row: 1, cells: ['a'] }];
      await new Promise(() => {}); // a damaged workbook left ExcelJS's reader like this
    });
    const error = await drain(guardStalls(stuck, '/tmp/book.xlsx', 2_000, 200)).then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('bad_file');
    expect(isAppError(error) && error.bilingual.en).toMatch(/^book\.xlsx: reading stalled: nothing came out of the file for 0\.\d s/);
    expect(isAppError(error) && error.bilingual.zh).toMatch(/^book\.xlsx：读取停滞/);
    expect(stuck.state.closed).toBe(true);
  });

  it('refuses a reader whose bytes stop moving midway, after the longer limit', async () => {
    const stuck = source(100, async function* (state) {
      state.read = 40;
      await new Promise(() => {});
      yield [];
    });
    const started = performance.now();
    const error = await drain(guardStalls(stuck, 'x.csv', 400, 100)).then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.details?.stalledMs).toBeGreaterThanOrEqual(400);
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
  });

  it('lets a slow reader go on while its bytes move, and does not count time the event loop was blocked', async () => {
    const slow = source(100, async function* (state) {
      for (let i = 0; i < 10; i++) {
        await sleep(60);
        state.read += 5; // 600 ms without a row, but bytes keep coming
      }
      yield [{ row: 1, cells: ['late'] }];
      const until = performance.now() + 500;
      while (performance.now() < until); // other work holds the thread: the reader could not run either
      state.read = 100;
      yield [{ row: 2, cells: ['end'] }];
    });
    expect(await drain(guardStalls(slow, 'x.csv', 300, 300))).toEqual([{ row: 1, cells: ['late'] }, { row: 2, cells: ['end'] }]);
  });
});
