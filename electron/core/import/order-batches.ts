/**
 * The reading half of an orders import: source rows → order lines (order-rows.ts) → assembled orders
 * (order-assembler.ts), in batches, with the rows' problems. Needs no store, so the same code runs on the
 * import's worker thread for a large file (order-batches-thread.ts) or in-thread for a small one.
 * Once a row is bad and bad rows are not skipped, lines are still read (every problem gets listed) but no
 * longer assembled: nothing will be written.
 */
import type { RowSource, SourceRow } from './source-rows';
import type { ImportIssue } from './import-errors';
import { MAX_LISTED } from './import-errors';
import type { ImportPlan } from './import-plan';
import { CustomerSlots, type CustomerChanges, type CustomerSeed } from './customer-slots';
import { OrderAssembler } from './order-assembler';
import { OrderColumnsBuilder, type OrderColumns } from './order-columns';
import { makeOrderRowReader, orderScale, type OrderLine } from './order-rows';
import type { RowSink } from './delimited-stream-parser';
import type { RowIssue } from '../../../shared/import';
import type { TableHead } from './read-table-head';

/** Rows read per batch at least (a gunzipped file arrives in 16 KB chunks: far too small to post one each). */
const BATCH_ROWS = 16_384;
/** The first batch is posted sooner, so the writer starts while the reader warms up. */
const FIRST_BATCH_ROWS = 2_048;

export interface OrderBatchOptions {
  dayFirst?: boolean;
  decimalComma?: boolean;
  skipBadRows: boolean;
}

export interface OrderBatch {
  /** customers the batch's orders need that the writer must create (or give a region) first */
  customers: CustomerChanges;
  orders: OrderColumns;
  /** the problems found in this batch's rows, as listed (at most MAX_LISTED over the whole file) */
  issues: ImportIssue[];
  /** every problem in this batch's rows, listed or not */
  errorCount: number;
  /** rows left out: bad rows and rows the format skips */
  skipped: number;
  /** order lines assembled so far */
  lines: number;
  bytesRead: number;
}

export async function* orderBatches(source: RowSource, head: TableHead, plan: ImportPlan, customers: CustomerSeed, opts: OrderBatchOptions): AsyncGenerator<OrderBatch> {
  const reader = makeOrderRowReader(plan, opts);
  const slots = new CustomerSlots(customers);
  const closed = new OrderColumnsBuilder();
  const assembler = new OrderAssembler(orderScale(plan), (code, name, region) => slots.slotOf(code, name, region), closed);
  let listed = 0;
  let errorsSoFar = 0;
  /** rows read since the last batch */
  let rows = 0;
  let batch = { issues: [] as ImportIssue[], errorCount: 0, skipped: 0 };

  const onLine = (line: OrderLine | RowIssue[] | 'skip', row: number) => {
    rows++;
    if (line === 'skip') {
      batch.skipped++;
    } else if (Array.isArray(line)) {
      batch.skipped++;
      batch.errorCount += line.length;
      errorsSoFar += line.length;
      for (const e of line) if (listed++ < MAX_LISTED) batch.issues.push({ row, column: e.column, value: e.value, message: e.message });
    } else if (errorsSoFar === 0 || opts.skipBadRows) {
      assembler.add(line);
    }
  };
  const onRow = (r: SourceRow) => onLine(reader.readCells(r.cells), r.row);
  const take = (): OrderBatch => {
    const out = { ...batch, customers: slots.take(), orders: closed.take(), lines: assembler.lines, bytesRead: source.bytesRead() };
    batch = { issues: [], errorCount: 0, skipped: 0 };
    return out;
  };

  head.rows.forEach(onRow);
  // a delimited file's lines are read in place as they are parsed, with no row of cells for each
  source.divert?.((delimiter): RowSink => {
    const readLine = reader.lineReader(delimiter);
    return {
      line: readLine ? (text, start, end, row) => onLine(readLine(text, start, end), row) : (text, start, end, row) => onRow({ row, cells: text.slice(start, end).split(delimiter) }),
      record: onRow,
    };
  });
  let least = FIRST_BATCH_ROWS;
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) {
    next.value.forEach(onRow);
    if (rows < least) continue;
    rows = 0;
    least = BATCH_ROWS;
    yield take();
  }
  assembler.finish();
  yield take();
}
