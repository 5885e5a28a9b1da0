/**
 * The one import pipeline: stream rows from the file → map each row (fast path or shared/import's mapRow)
 * → write (orders with prepared statements, customers/assessments through the row writer) in ONE
 * transaction. Orders are read and assembled by `orderBatches`, on a worker thread for a large file, while
 * this thread writes. All-or-nothing rolls back on any bad row and throws `bad_file` listing them; skip-bad-rows
 * commits the good rows and reports the bad. A dry run always rolls back. Cancel rolls back.
 */
import type { z } from 'zod';
import { mapRow, type ImportKind, type RowIssue } from '../../../shared/import';
import type { ImportError, ImportResult, RunImportSchema } from '../../../shared/ipc/channels/import';
import type { Core } from '../core';
import type { HandlerContext } from '../handlers/types';
import { CustomerCache } from './customer-cache';
import { writeErrorReport } from './error-report';
import { FORMAT_PRESETS } from './import-formats';
import { badFile, badRowsError, cancelledError, MAX_LISTED } from './import-errors';
import { assertComplete, planImport, type ImportPlan } from './import-plan';
import { beginImport } from './import-transaction';
import { OrderDayDeltas } from '../scoring/order-day-deltas';
import { orderBatches } from './order-batches';
import { startOrderWorker, type OrderWorker } from './order-batches-thread';
import { OrderWriter } from './order-writer';
import { orderStamp } from './order-stamp';
import { ensureOrderAggregates } from '../scoring/order-day-totals';
import { readTableHead, type TableHead } from './read-table-head';
import { makeAssessmentWriter, makeCustomerWriter, RowProblem, type WriteOutcome } from './record-writers';
import { openRowSource, type RowSource, type SourceRow } from './source-rows';

export type RunImportOptions = z.output<typeof RunImportSchema>;
type Ctx = Pick<HandlerContext, 'progress' | 'cancelled'>;

/** From this size an orders file is read on a worker thread and loaded in bulk (import-transaction.ts). */
const BULK_BYTES = 16 << 20;

interface Outcome {
  counts: { imported: number; updated: number; unchanged: number; lines: number };
  errors: ImportError[];
  errorCount: number;
  skipped: number;
  /** Orders: bring the day blocks up to date inside the import's transaction; false when it could not. */
  finishDays?(): Promise<boolean>;
}

interface Run {
  /** a large orders file: read on this worker thread, started early */
  worker: OrderWorker | null;
  core: Core;
  opts: RunImportOptions;
  plan: ImportPlan;
  source: RowSource;
  head: TableHead;
  cache: CustomerCache;
  ctx: Ctx;
}

/** Progress at most once per 1 % of the file. */
function progressReporter(ctx: Ctx, total: number) {
  let reported = 0;
  const step = Math.max(1, Math.floor(total / 100));
  return (done: number) => {
    if (done - reported < step) return;
    reported = done;
    ctx.progress({ done, total, stage: 'import' });
  };
}

const batchOptions = (opts: RunImportOptions) => ({ dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, skipBadRows: opts.mode === 'skip-bad-rows' });

async function importOrders({ worker, core, opts, plan, source, head, cache, ctx }: Run): Promise<Outcome> {
  // a worker thread reading the file also sums the day totals of what it posts (the main thread only writes)
  const days = opts.dryRun ? null : new OrderDayDeltas(core.store.sqlite, (slot) => cache.idAt(slot), { summedElsewhere: worker !== null });
  const writer = new OrderWriter(core, cache, plan.source, orderStamp(core.clock.tick()), days);
  const count = () => core.store.sqlite.prepare('SELECT count(*) FROM orders').pluck().get() as number;
  const before = count();
  worker?.begin(cache.seed(), days?.exact === true);
  const batches = worker ? worker.batches : orderBatches(source, head, plan, cache.seed(), batchOptions(opts));
  // sums that can no longer be used (an upsert) are not waited for: apply declines without them
  const finishDays = async () => (days === null ? false : days.apply(worker && days.exact ? await worker.daySums() : undefined));
  const out: Outcome = { counts: { imported: 0, updated: 0, unchanged: 0, lines: 0 }, errors: [], errorCount: 0, skipped: 0, finishDays };
  const progress = progressReporter(ctx, source.totalBytes);
  // leaving the loop early ends the worker (order-batches-thread.ts); runImport ends it in any case
  for await (const batch of batches) {
    if (ctx.cancelled()) throw cancelledError();
    out.errors.push(...batch.issues);
    out.errorCount += batch.errorCount;
    out.skipped += batch.skipped;
    out.counts.lines = batch.lines;
    cache.adopt(batch.customers);
    writer.write(batch.orders);
    progress(batch.bytesRead);
  }
  writer.finish();
  const imported = count() - before;
  out.counts = { imported, updated: writer.written - imported, unchanged: writer.flushed - writer.written, lines: out.counts.lines };
  return out;
}

async function importRecords({ core, opts, plan, source, head, cache, ctx }: Run): Promise<Outcome> {
  const tally: Record<WriteOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const writeOne =
    plan.kind === 'customers' ? makeCustomerWriter(core, cache) : (makeAssessmentWriter(core, cache) as (rec: unknown) => WriteOutcome);
  const mapOpts = { headers: plan.headers, dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, customColumns: plan.kind === 'customers' };
  const out: Outcome = { counts: { imported: 0, updated: 0, unchanged: 0, lines: 0 }, errors: [], errorCount: 0, skipped: 0 };
  const fail = (r: SourceRow, issues: RowIssue[]) => {
    out.skipped++;
    out.errorCount += issues.length;
    for (const e of issues) if (out.errors.length < MAX_LISTED) out.errors.push({ row: r.row, column: e.column, value: e.value, message: e.message });
  };
  const onRow = (r: SourceRow) => {
    const m = mapRow(plan.kind as Exclude<ImportKind, 'orders'>, r.cells, plan.mapping, mapOpts);
    if (!m.ok) return fail(r, m.errors);
    out.counts.lines++;
    if (out.errorCount > 0 && opts.mode !== 'skip-bad-rows') return;
    try {
      tally[(writeOne as (rec: unknown) => WriteOutcome)(m.record)]++;
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      const col = plan.mapping[error.field];
      fail(r, [{ field: error.field, column: col == null ? '' : plan.headers[col], value: '', message: error.msg }]);
    }
  };
  head.rows.forEach(onRow);
  const progress = progressReporter(ctx, source.totalBytes);
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) {
    if (ctx.cancelled()) throw cancelledError();
    next.value.forEach(onRow);
    progress(source.bytesRead());
  }
  out.counts = { imported: tally.inserted, updated: tally.updated, unchanged: tally.unchanged, lines: out.counts.lines };
  return out;
}

/** What tests can force: `large` treats an orders file as large whatever its size (worker thread, bulk load). */
export interface ImportInternals {
  large?: boolean;
}

export async function runImport(core: Core, opts: RunImportOptions, ctx: Ctx, internal: ImportInternals = {}): Promise<ImportResult> {
  const started = performance.now();
  const preset = opts.kind === 'orders' && opts.format && opts.format !== 'generic' ? FORMAT_PRESETS[opts.format] : null;
  const source = await openRowSource(opts.file, { sheet: opts.sheet, whitespace: preset?.whitespace });
  let worker: OrderWorker | null = null;
  try {
    const head = await readTableHead(source);
    if (head.rows.length === 0) {
      throw badFile(opts.file, { zh: '文件里没有数据行', en: 'the file has no data rows' });
    }
    const plan = planImport(core, opts.kind, head.header?.cells ?? null, head.width, opts);
    assertComplete(plan, opts.file);
    const bulk = opts.kind === 'orders' && (internal.large ?? source.totalBytes >= BULK_BYTES);
    const { preset: _functions, ...portablePlan } = plan;
    worker = bulk
      ? startOrderWorker({ file: opts.file, source: { sheet: opts.sheet, whitespace: plan.preset?.whitespace }, plan: portablePlan, format: opts.format, options: batchOptions(opts) })
      : null;
    const tx = beginImport(core, bulk);
    try {
      const cache = new CustomerCache(core);
      const run: Run = { worker, core, opts, plan, source, head, cache, ctx };
      const { counts, errors, errorCount, skipped, finishDays } = opts.kind === 'orders' ? await importOrders(run) : await importRecords(run);
      if (ctx.cancelled()) throw cancelledError();
      const errorReport = errorCount ? await writeErrorReport(core, opts.file, errors, opts.language) : null;
      if (errorCount && opts.mode === 'all-or-nothing') throw badRowsError(opts.file, errors, errorCount, errorReport);
      // the per-customer day totals are kept up to date with the import, so the first rating after it is fast:
      // merged from the sums of what was inserted (a worker thread adds them up while the indexes are rebuilt),
      // else (an upsert changed orders) caught up after the commit
      if (!opts.dryRun) tx.rebuildIndexes();
      const daysCurrent = !opts.dryRun && (await finishDays?.()) === true;
      if (opts.dryRun) tx.rollback();
      else tx.commit();
      if (!opts.dryRun && !daysCurrent && opts.kind === 'orders' && counts.imported + counts.updated > 0) ensureOrderAggregates(core);
      ctx.progress({ done: source.totalBytes, total: source.totalBytes, stage: 'import' });
      return {
        ...counts, skipped, customersCreated: cache.created, errors, errorCount, errorReport,
        dryRun: opts.dryRun, ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      tx.rollback();
      throw error;
    }
  } finally {
    await worker?.stop();
    source.close();
  }
}
