/**
 * The one import pipeline: stream rows from the file → map each row (fast path or shared/import's mapRow)
 * → write (orders with prepared statements, customers/assessments through the row writer) in ONE
 * transaction. All-or-nothing rolls back on any bad row and throws `bad_file` listing them; skip-bad-rows
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
import { badFile, badRowsError, cancelledError } from './import-errors';
import { assertComplete, planImport, type ImportPlan } from './import-plan';
import { beginImport } from './import-transaction';
import { OrderDayDeltas } from './order-day-deltas';
import { makeOrderRowReader, orderScale } from './order-rows';
import { OrderWriter } from './order-writer';
import { orderStamp } from './order-stamp';
import { ensureOrderAggregates } from '../scoring/order-day-totals';
import { readTableHead } from './read-table-head';
import { makeAssessmentWriter, makeCustomerWriter, RowProblem, type WriteOutcome } from './record-writers';
import { openRowSource, type SourceRow } from './source-rows';

export type RunImportOptions = z.output<typeof RunImportSchema>;
type Ctx = Pick<HandlerContext, 'progress' | 'cancelled'>;

const MAX_LISTED = 1000;
const BULK_BYTES = 16 << 20;

interface Sink {
  /** null: written; 'skip': skipped by the format's rule; issues: the row is bad */
  row(r: SourceRow): RowIssue[] | 'skip' | null;
  finish(): { imported: number; updated: number; unchanged: number; lines: number };
  /** Orders: bring customer_order_days up to date inside the import's transaction; false when it could not. */
  finishDays?(): boolean;
}

function orderSink(core: Core, plan: ImportPlan, opts: RunImportOptions, cache: CustomerCache, write: () => boolean): Sink {
  const read = makeOrderRowReader(plan, opts);
  const days = opts.dryRun ? null : new OrderDayDeltas(core.store.sqlite, (slot) => cache.idAt(slot));
  const writer = new OrderWriter(core, cache, plan.source, orderStamp(core.clock.tick()), orderScale(plan), days);
  const count = () => core.store.sqlite.prepare('SELECT count(*) FROM orders').pluck().get() as number;
  const before = count();
  return {
    row(r) {
      const line = read(r.cells);
      if (line === 'skip' || Array.isArray(line)) return line;
      if (write()) writer.add(line);
      return null;
    },
    finish() {
      writer.finish();
      const imported = count() - before;
      return { imported, updated: writer.written - imported, unchanged: writer.flushed - writer.written, lines: writer.lines };
    },
    finishDays: () => days?.apply() ?? false,
  };
}

function recordSink(core: Core, plan: ImportPlan, opts: RunImportOptions, cache: CustomerCache, write: () => boolean): Sink {
  const tally: Record<WriteOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const writeOne =
    plan.kind === 'customers' ? makeCustomerWriter(core, cache) : (makeAssessmentWriter(core, cache) as (rec: unknown) => WriteOutcome);
  const mapOpts = { headers: plan.headers, dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, customColumns: plan.kind === 'customers' };
  let lines = 0;
  return {
    row(r) {
      const m = mapRow(plan.kind as Exclude<ImportKind, 'orders'>, r.cells, plan.mapping, mapOpts);
      if (!m.ok) return m.errors;
      lines++;
      if (!write()) return null;
      try {
        tally[(writeOne as (rec: unknown) => WriteOutcome)(m.record)]++;
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        const col = plan.mapping[error.field];
        return [{ field: error.field, column: col == null ? '' : plan.headers[col], value: '', message: error.msg }];
      }
      return null;
    },
    finish: () => ({ imported: tally.inserted, updated: tally.updated, unchanged: tally.unchanged, lines }),
  };
}

export async function runImport(core: Core, opts: RunImportOptions, ctx: Ctx): Promise<ImportResult> {
  const started = performance.now();
  const preset = opts.kind === 'orders' && opts.format && opts.format !== 'generic' ? FORMAT_PRESETS[opts.format] : null;
  const source = await openRowSource(opts.file, { sheet: opts.sheet, whitespace: preset?.whitespace });
  try {
    const head = await readTableHead(source);
    if (head.rows.length === 0) {
      throw badFile(opts.file, { zh: '文件里没有数据行', en: 'the file has no data rows' });
    }
    const plan = planImport(core, opts.kind, head.header?.cells ?? null, head.width, opts);
    assertComplete(plan, opts.file);
    const bulk = opts.kind === 'orders' && source.totalBytes >= BULK_BYTES;
    const tx = beginImport(core, bulk);
    const errors: ImportError[] = [];
    let errorCount = 0;
    let skipped = 0;
    try {
      const cache = new CustomerCache(core);
      const write = () => errorCount === 0 || opts.mode === 'skip-bad-rows';
      const sink = opts.kind === 'orders' ? orderSink(core, plan, opts, cache, write) : recordSink(core, plan, opts, cache, write);
      const onRow = (r: SourceRow) => {
        const out = sink.row(r);
        if (out === null) return;
        skipped++;
        if (out === 'skip') return;
        errorCount += out.length;
        for (const e of out) if (errors.length < MAX_LISTED) errors.push({ row: r.row, column: e.column, value: e.value, message: e.message });
      };
      head.rows.forEach(onRow);
      let reported = 0;
      const step = Math.max(1, Math.floor(source.totalBytes / 100));
      for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) {
        if (ctx.cancelled()) throw cancelledError();
        for (const r of next.value) onRow(r);
        const done = source.bytesRead();
        if (done - reported >= step) {
          reported = done;
          ctx.progress({ done, total: source.totalBytes, stage: 'import' });
        }
      }
      if (ctx.cancelled()) throw cancelledError();
      const counts = sink.finish();
      const errorReport = errorCount ? await writeErrorReport(core, opts.file, errors, opts.language) : null;
      if (errorCount && opts.mode === 'all-or-nothing') throw badRowsError(opts.file, errors, errorCount, errorReport);
      // the per-customer day totals are kept up to date with the import, so the first rating after it is fast:
      // merged from the sums of what was inserted, else (an upsert changed orders) caught up after the commit
      const daysCurrent = !opts.dryRun && sink.finishDays?.() === true;
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
    source.close();
  }
}
