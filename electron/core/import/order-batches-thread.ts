/**
 * Runs `orderBatches` on a worker thread (order-batches-worker.ts) and hands its batches to the caller as an
 * async iterator: parsing, reading values and assembling orders overlap with the writer's SQLite work on the
 * main thread, and the main thread's event loop stays free between batches. Leaving the loop early (cancel,
 * a write error) terminates the worker. Errors from the worker arrive as the same AppErrors.
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
import type { SourceOptions } from './source-rows';

export interface OrderBatchJob {
  file: string;
  source: SourceOptions;
  /** the plan without its preset (functions do not cross threads): the worker looks it up by `format` */
  plan: Omit<ImportPlan, 'preset'>;
  format: ImportFormat | undefined;
  customers: CustomerSeed;
  options: OrderBatchOptions;
}

export type WorkerMessage =
  | { type: 'batch'; batch: OrderBatch }
  | { type: 'done' }
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

export async function* orderBatchesOnWorker(job: OrderBatchJob): AsyncGenerator<OrderBatch> {
  const worker = startWorker(job);
  const queue: OrderBatch[] = [];
  const state: { finished: boolean; failure: Error | null } = { finished: false, failure: null };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'batch') queue.push(m.batch);
    else if (m.type === 'done') state.finished = true;
    else state.failure = m.error ? new AppError(m.error.code, m.error.message, m.error.details) : new Error(m.text);
    notify();
  });
  worker.on('error', (error) => {
    state.failure = error;
    notify();
  });
  worker.on('exit', () => {
    if (!state.finished && !state.failure) state.failure = new Error('the import worker stopped unexpectedly');
    notify();
  });
  try {
    for (;;) {
      const batch = queue.shift();
      if (batch) {
        worker.postMessage('more');
        yield batch;
      } else if (state.failure) throw state.failure;
      else if (state.finished) return;
      else await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    await worker.terminate();
  }
}
