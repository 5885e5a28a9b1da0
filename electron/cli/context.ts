import { AppError } from '../../shared/ipc/errors';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { openCore, type Core } from '../core/core';
import { clockFromEnv } from '../core/env-clock';
import { dispatch } from '../core/dispatch';
import type { HandlerContext, Progress } from '../core/handlers/types';

/** What every CLI command gets: the open core and a way to call a channel like the UI does. */
export interface CliContext {
  core: Core;
  json: boolean;
  call<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>>;
}

export function openCliContext(dbFile: string, json: boolean): CliContext {
  const core = openCore(dbFile, { now: clockFromEnv() });
  let lastReport = 0;
  const progress = (p: Progress) => {
    const now = Date.now();
    if (now - lastReport < 500 && p.done !== p.total) return;
    lastReport = now;
    const total = p.total ? `/${p.total}` : '';
    process.stderr.write(`${p.stage ?? 'work'}: ${p.done}${total}\n`);
  };
  const ctx: HandlerContext = { core, progress, cancelled: () => false };
  return {
    core,
    json,
    async call(channel, input) {
      const result = await dispatch(ctx, channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      return result.value as Output<typeof channel>;
    },
  };
}
