import { InvalidArgumentError, type Command } from 'commander';
import { isAppError } from '../../shared/ipc/errors';
import { openCliContext, type CliContext } from './context';

export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

/** Wraps a command body: opens the database named by --db, runs, reports errors as exit status 1. */
export function action<O>(body: (ctx: CliContext, opts: O, ...args: string[]) => Promise<void>) {
  return async function (this: Command, ...args: unknown[]) {
    const command = args[args.length - 1] as Command;
    const opts = command.opts() as O;
    const globals = command.optsWithGlobals() as { db?: string; json?: boolean };
    if (!globals.db) command.error('error: required option --db FILE not given', { exitCode: EXIT_USAGE });
    let ctx: CliContext | undefined;
    try {
      ctx = openCliContext(globals.db as string, globals.json ?? false);
      await body(ctx, opts, ...(args.slice(0, -2) as string[]));
    } catch (error) {
      process.exitCode = EXIT_USER_ERROR;
      if (isAppError(error)) {
        process.stderr.write(`tierdesk: ${error.bilingual.en}\n`);
        if (globals.json) process.stdout.write(`${JSON.stringify({ error: error.toShape() })}\n`);
      } else {
        process.stderr.write(`tierdesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
    } finally {
      ctx?.core.close();
    }
  };
}

/** Prints one JSON object with --json, else the human line. */
export function print(ctx: CliContext, value: unknown, human: string) {
  process.stdout.write(ctx.json ? `${JSON.stringify(value)}\n` : `${human}\n`);
}

export function integerOption(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`expected a whole number, got '${text}'`);
  return n;
}

export function isoDateOption(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got '${text}'`);
  }
  return text;
}
