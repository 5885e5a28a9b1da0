/** Hostile delimited text: a quote that never closes, a line that never ends. Refused early, the book unchanged. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { MAX_RECORD_CHARS } from './delimited-stream-parser';
import { fixtureBook, run, snapshot, tempDir } from './import-test-kit';
import { previewImport } from './preview-import';

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await fixtureBook();
  dir = tempDir();
});
afterAll(() => core.close());

/** A 16 MB orders file whose line 4 opens a quote that never closes (the rest are good lines). */
function unclosedQuoteFile(): string {
  const file = path.join(dir, 'unclosed-quote.csv');
  const good = 'SO-9,KH001,2024-01-05,10.00\n';
  const rest = good.repeat(Math.ceil((16 << 20) / good.length));
  fs.writeFileSync(file, `订单号,客户编号,下单日期,金额\nSO-1,KH001,2024-01-02,1.00\nSO-2,KH001,2024-01-03,2.00\nSO-3,"KH001,2024-01-04,3.00\n${rest}`);
  expect(fs.statSync(file).size).toBeGreaterThan(16 << 20);
  return file;
}

async function refusal(work: () => Promise<unknown>): Promise<AppError> {
  const before = snapshot(core);
  const error = await work().then(() => null, (e: unknown) => e);
  expect(isAppError(error), String(error)).toBe(true);
  expect(snapshot(core)).toEqual(before);
  return error as AppError;
}

describe('a 16 MB file with an unclosed quote', () => {
  let file: string;
  beforeAll(() => {
    file = unclosedQuoteFile();
  });

  it('is refused by the import with bad_file naming the file and the line where the quote opened, in zh and en', async () => {
    const e = await refusal(() => run(core, { file, kind: 'orders' }));
    expect(e.code).toBe('bad_file');
    expect(e.details).toMatchObject({ file, line: 4, quoteLine: 4, row: 4, maxRecordChars: MAX_RECORD_CHARS });
    expect(e.bilingual.en).toBe(
      'unclosed-quote.csv: the quote (") opened on line 4 is never closed: the record starting on line 4 runs past 1 MB; nothing was imported. Check the quotes on line 4',
    );
    expect(e.bilingual.zh).toBe('unclosed-quote.csv：第 4 行的引号（"）没有闭合：从第 4 行起的一条记录超过了 1 MB，未导入任何数据。请检查第 4 行的引号');
  });

  it('is refused the same on the worker thread that large imports use', async () => {
    const e = await refusal(() => run(core, { file, kind: 'orders' }, undefined, { large: true }));
    expect(e.code).toBe('bad_file');
    expect(e.details).toMatchObject({ line: 4, quoteLine: 4 });
  });

  it('is refused by the preview, which reads no further than the cap', async () => {
    const e = await refusal(() => previewImport(core, { file, kind: 'orders' }));
    expect(e.details).toMatchObject({ line: 4, quoteLine: 4 });
  });
});

describe('a line that never ends', () => {
  it('is refused as longer than 1 MB, naming its line', async () => {
    const file = path.join(dir, 'one-long-line.csv');
    fs.writeFileSync(file, `订单号,客户编号,下单日期,金额\nSO-1,KH001,2024-01-02,1.00\n${'x,'.repeat(1 << 20)}`);
    const e = await refusal(() => run(core, { file, kind: 'orders' }));
    expect(e.code).toBe('bad_file');
    expect(e.details).toMatchObject({ line: 3, row: 3, quoteLine: null });
    expect(e.bilingual.en).toMatch(/one-long-line\.csv: line 3 is longer than 1 MB/);
    expect(e.bilingual.zh).toMatch(/one-long-line\.csv：第 3 行超过 1 MB/);
  });
});

describe('a chunk of many short lines', () => {
  it('is read row by row (300,000 one-letter lines once overflowed the call stack), refused for its columns', async () => {
    const file = path.join(dir, 'short-lines.csv');
    fs.writeFileSync(file, `订单号,客户编号,下单日期,金额\n${'a\n'.repeat(300_000)}`);
    const e = await refusal(() => run(core, { file, kind: 'orders' }));
    expect(e.code).toBe('bad_file');
    expect(e.details).toMatchObject({ missing: ['Order no.', 'Customer code', 'Order date', 'Amount'] });
  });
});
