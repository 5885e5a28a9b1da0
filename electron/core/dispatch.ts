import { type Channel, contract, type Input, isChannel, type Output } from '../../shared/ipc/contract';
import { AppError, isAppError } from '../../shared/ipc/errors';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { tracked } from './activity';
import { isReadOnlyError } from './db/read-store';
import { busyError, otherProcessBusy } from './db/write-gate';
import { handlers } from './handlers';
import type { HandlerContext } from './handlers/types';
import { parseOrThrow } from './validation';

/**
 * The single entry for every transport (Electron IPC, the HTTP bridge, tests): checks the channel,
 * validates the input with the contract's schema before any handler runs, and answers with an envelope.
 * One writer: a write channel holds the book while its handler runs and is refused with 'busy' while another
 * holds it; a read channel gets `core.reading`, which sees only committed data (db/write-gate.ts, read-view.ts).
 */
export async function dispatch(ctx: HandlerContext, channelName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return fail({
      code: 'unknown_channel',
      message: { zh: `未知的通道：${String(channelName)}`, en: `Unknown channel: ${String(channelName)}` },
    });
  }
  try {
    const value = await invokeChannel(ctx, channelName, rawInput);
    return ok(value);
  } catch (error) {
    return fail(toErrorShape(error));
  }
}

/** The same, typed by the contract, for callers inside Node (tests, CLI). */
export function dispatchTyped<K extends Channel>(ctx: HandlerContext, name: K, input: Input<K>): Promise<Result<Output<K>>> {
  return dispatch(ctx, name, input) as Promise<Result<Output<K>>>;
}

async function invokeChannel<K extends Channel>(ctx: HandlerContext, name: K, rawInput: unknown): Promise<Output<K>> {
  const def = contract[name];
  const input = parseOrThrow(def.input, rawInput ?? {});
  const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => Output<K> | Promise<Output<K>>;
  // counted while it runs, so a job that must run alone (a restore) knows (activity.ts)
  return tracked(ctx.core, name, async () => {
    const { gate } = ctx.core;
    if (def.access === 'read') {
      try {
        return await handler(input, { ...ctx, core: ctx.core.reading });
      } catch (error) {
        // a read that does upkeep (seeding, catching up totals) cannot while a write holds the book
        if (isReadOnlyError(error)) throw busyError(gate.holder);
        throw error;
      }
    }
    const release = gate.enter(name);
    try {
      return await handler(input, ctx);
    } finally {
      release();
    }
  });
}

export function toErrorShape(error: unknown) {
  if (isAppError(error)) return error.toShape();
  const message = error instanceof Error ? error.message : String(error);
  if (String((error as { code?: string })?.code).startsWith('SQLITE_BUSY')) return otherProcessBusy().toShape();
  if (/SQLITE_CONSTRAINT/.test(String((error as { code?: string })?.code))) {
    return new AppError('conflict', { zh: `数据冲突：${message}`, en: `Conflicting data: ${message}` }).toShape();
  }
  return new AppError('internal', { zh: `内部错误：${message}`, en: `Internal error: ${message}` }).toShape();
}
