/**
 * Runs `orderBatches` on a worker thread (order-batches-worker.ts) and hands its batches to the caller as an
 * async iterator: parsing, reading values and assembling orders overlap with the writer's SQLite work on the
 * main thread, and the main thread's event loop stays free between batches. Leaving the loop early (cancel,
 * a write error) terminates the worker. Errors from the worker arrive as the same AppErrors.
 *
 * The worker is started before the main thread has loaded the book's customers, so its start overlaps that;
 * `begin` hands it the customers and it reads. When asked (`sumDays`), the worker also sums the day totals of every order it posts (day-sums.ts) and, after
 * the last batch, adds them up while the main thread rebuilds the orders indexes: `daySums()` waits for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../shared/ipc/errors';
import type { ImportFormat } from './import-formats';
import type { ImportPlan } from './import-plan';
import type { CustomerSeed } from './customer-slots';
import type { OrderBatch, OrderBatchOptions } from './order-batches';
import type { DayRuns, HandedDaySums } from '../scoring/day-sums';
import type { SourceOptions } from './source-rows';

/** What the worker is started with: it loads its code and opens the file while the main thread loads the customers. */
export interface OrderBatchJob {
  file: string;
  source: SourceOptions;
  /** the plan without its preset (functions do not cross threads): the worker looks it up by `format` */
  plan: Omit<ImportPlan, 'preset'>;
  format: ImportFormat | undefined;
  options: OrderBatchOptions;
}

/** The rest of the job, posted once the main thread has it (`begin`); then the worker reads. */
export interface OrderBatchStart {
  type: 'begin';
  customers: CustomerSeed;
  /** sum the day totals of the orders posted, and post them after the last batch */
  sumDays: boolean;
}

/** main → worker: the start, then one acknowledgement per batch taken */
export type WriterMessage = OrderBatchStart | 'more';

export type WorkerMessage =
  | { type: 'batch'; batch: OrderBatch }
  | { type: 'done' }
  /** after `done` when the job sums days: the sums of `orders` orders (every one posted that has a day) */
  | { type: 'days'; runs: DayRuns; orders: number }
  | { type: 'error'; error: AppErrorShape | null; text: string };

let builtWorker: string | null = null;

/** The Electron build bundles the worker separately and says where it is (electron/main.ts). */
export function useBuiltOrderWorker(file: string) {
  builtWorker = file;
}

/** From the TypeScript sources (tests, the CLI, browser mode), the worker compiles them with tsx like they do. */
function startWorker(job: OrderBatchJob): Worker {
  if (builtWorker) return new Worker(builtWorker, { workerData: job });
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default;
  const entry = new URL('./order-batches-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(path.join(path.dirname(pkg), api)).href)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

export interface OrderWorker {
  /** Starts the reading (once); the batches follow. */
  begin(customers: CustomerSeed, sumDays: boolean): void;
  batches: AsyncGenerator<OrderBatch>;
  /** The day sums of the orders posted (a job with `sumDays`), once the batches are all taken. */
  daySums(): Promise<HandedDaySums>;
  /** Ends the worker (idempotent): after the day sums, or to give up early. */
  stop(): Promise<void>;
}

export function startOrderWorker(job: OrderBatchJob): OrderWorker {
  const worker = startWorker(job);
  let sumDays = false;
  const queue: OrderBatch[] = [];
  const state: { finished: boolean; failure: Error | null; days: HandedDaySums | null } = { finished: false, failure: null, days: null };
  let wake: (() => void) | null = null;
  let stopped = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const next = () => new Promise<void>((resolve) => { wake = resolve; });
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'batch') queue.push(m.batch);
    else if (m.type === 'done') state.finished = true;
    else if (m.type === 'days') state.days = { runs: m.runs, orders: m.orders };
    else state.failure = m.error ? new AppError(m.error.code, m.error.message, m.error.details) : new Error(m.text);
    notify();
  });
  worker.on('error', (error) => {
    state.failure = error;
    notify();
  });
  worker.on('exit', () => {
    stopped = true;
    if (!state.failure && !(state.finished && (state.days || !sumDays))) state.failure = new Error('the import worker stopped unexpectedly');
    notify();
  });
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await worker.terminate();
  };

  async function* batches(): AsyncGenerator<OrderBatch> {
    let complete = false;
    try {
      for (;;) {
        const batch = queue.shift();
        if (batch) {
          post('more');
          yield batch;
        } else if (state.failure) throw state.failure;
        else if (state.finished) {
          complete = true;
          return;
        } else await next();
      }
    } finally {
      // the worker still adds up the day sums after its last batch; otherwise it has nothing left to do
      if (!complete || !sumDays) await stop();
    }
  }

  const post = (m: WriterMessage) => worker.postMessage(m);
  return {
    begin(customers, sums) {
      sumDays = sums;
      post({ type: 'begin', customers, sumDays });
    },
    batches: batches(),
    async daySums() {
      if (!sumDays) throw new Error('this import worker does not sum days');
      try {
        for (;;) {
          if (state.days) return state.days;
          if (state.failure) throw state.failure;
          await next();
        }
      } finally {
        await stop();
      }
    },
    stop,
  };
}
