/**
 * A reader that neither yields rows nor reads a byte for READER_STALL_MS has stalled, and so has one that has read
 * the whole file and yields nothing more for END_GRACE_MS: a damaged file can leave a streaming reader waiting for
 * data that never comes (fuzzing found xlsx files that did with the ExcelJS reader used before SheetJS; every
 * reader stays guarded). The guard refuses such a file with
 * bad_file instead of letting the import or preview wait forever. Time the event loop spent blocked by other work
 * does not count (the reader could not run either).
 */
import type { AppError } from '../../../shared/ipc/errors';
import { badFile } from './import-errors';
import type { RowSource, SourceRow } from './source-rows';

export const READER_STALL_MS = 5_000;
export const END_GRACE_MS = 1_000;

export function guardStalls(source: RowSource, file: string, stallMs = READER_STALL_MS, endGraceMs = END_GRACE_MS): RowSource {
  const inner = source.batches[Symbol.asyncIterator]();
  const stalled = (waitedMs: number) => {
    source.close();
    const seconds = Math.round(waitedMs / 100) / 10;
    return badFile(
      file,
      {
        zh: `读取停滞：${seconds} 秒内没有从文件读出任何数据，文件可能已损坏（请在原程序中打开并重新保存）`,
        en: `reading stalled: nothing came out of the file for ${seconds} s; it is probably damaged (open it in the program that made it and save it again)`,
      },
      { stalledMs: Math.round(waitedMs) },
    );
  };
  async function* guarded(): AsyncGenerator<SourceRow[]> {
    try {
      for (;;) {
        const next = await watch(inner.next(), source, stallMs, endGraceMs, stalled);
        if (next.done) return;
        yield next.value;
      }
    } finally {
      inner.return?.(undefined).catch(() => {});
    }
  }
  return { ...source, batches: guarded() };
}

/** `pending`, or the stall error once the source's bytes have not moved for too long while it waits. */
function watch<T>(pending: Promise<T>, source: RowSource, stallMs: number, endGraceMs: number, stalled: (waitedMs: number) => AppError): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const tick = Math.min(250, endGraceMs / 4);
    let bytes = source.bytesRead();
    let since = performance.now();
    let last = since;
    const timer = setInterval(() => {
      const now = performance.now();
      const late = now - last > tick * 4;
      last = now;
      if (late || source.bytesRead() !== bytes) {
        bytes = source.bytesRead();
        since = now;
        return;
      }
      const waited = now - since;
      if (waited >= stallMs || (bytes >= source.totalBytes && waited >= endGraceMs)) {
        clearInterval(timer);
        reject(stalled(waited));
      }
    }, tick);
    pending.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error as Error);
      },
    );
  });
}
