import { type Channel, contract, type Input, isChannel, type Output } from '../../shared/ipc/contract';
import { AppError, isAppError } from '../../shared/ipc/errors';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { tracked } from './activity';
import { handlers } from './handlers';
import type { HandlerContext } from './handlers/types';
import { parseOrThrow } from './validation';

/**
 * The single entry for every transport (Electron IPC, the HTTP bridge, tests): checks the channel,
 * validates the input with the contract's schema before any handler runs, and answers with an envelope.
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
  const input = parseOrThrow(contract[name].input, rawInput ?? {});
  const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => Output<K> | Promise<Output<K>>;
  return tracked(ctx.core, name, () => handler(input, ctx));
}

export function toErrorShape(error: unknown) {
  if (isAppError(error)) return error.toShape();
  const message = error instanceof Error ? error.message : String(error);
  if (/SQLITE_CONSTRAINT/.test(String((error as { code?: string })?.code))) {
    return new AppError('conflict', { zh: `数据冲突：${message}`, en: `Conflicting data: ${message}` }).toShape();
  }
  return new AppError('internal', { zh: `内部错误：${message}`, en: `Internal error: ${message}` }).toShape();
}
