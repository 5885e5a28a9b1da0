/**
 * Worker thread entry of a large orders import: opens the file itself and finds the same header the main
 * thread planned with while the main thread loads the customers; given them (`begin`), posts `orderBatches` to
 * the writer. At most a few batches are in flight: the worker waits for the writer's acknowledgement before
 * running further ahead (so memory stays flat on a slow disk). With `sumDays` it sums the day totals of what it
 * posts and, after `done`, posts them added up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/errors';
import { FORMAT_PRESETS } from './import-formats';
import { orderBatches } from './order-batches';
import { columnBuffers } from './order-columns';
import { DaySums, dayRunBuffers } from '../scoring/day-sums';
import type { OrderBatchJob, OrderBatchStart, WorkerMessage, WriterMessage } from './order-batches-thread';
import { readTableHead } from './read-table-head';
import { openRowSource } from './source-rows';

const IN_FLIGHT = 4;

async function run(job: OrderBatchJob, port: NonNullable<typeof parentPort>) {
  let credits = IN_FLIGHT;
  let wake: (() => void) | null = null;
  let start: OrderBatchStart | null = null;
  port.on('message', (m: WriterMessage) => {
    if (m === 'more') credits++;
    else start = m;
    wake?.();
  });
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((resolve) => { wake = resolve; });
    wake = null;
  };
  const plan = { ...job.plan, preset: job.format && job.format !== 'generic' ? FORMAT_PRESETS[job.format] : null };
  try {
    const source = await openRowSource(job.file, job.source);
    let days: DaySums | null = null;
    try {
      const head = await readTableHead(source);
      await until(() => start !== null);
      const { customers, sumDays } = start as unknown as OrderBatchStart;
      days = sumDays ? new DaySums() : null;
      for await (const batch of orderBatches(source, head, plan, customers, job.options)) {
        await until(() => credits > 0);
        credits--;
        days?.addOrders(batch.orders);
        post({ type: 'batch', batch }, columnBuffers(batch.orders));
      }
    } finally {
      source.close();
    }
    post({ type: 'done' });
    if (days) {
      const runs = days.aggregate();
      post({ type: 'days', runs, orders: days.count }, dayRunBuffers(runs));
    }
  } catch (error) {
    post({ type: 'error', error: error instanceof AppError ? error.toShape() : null, text: String((error as Error)?.stack ?? error) });
  }
}

if (parentPort) void run(workerData as OrderBatchJob, parentPort);
