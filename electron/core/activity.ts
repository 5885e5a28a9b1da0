/**
 * What the core is doing: every dispatched call is counted while it runs (an async handler — an import, an
 * export — runs across turns of the event loop). A job that must run alone (restoring a backup closes and
 * reopens the book) refuses to start while anything else runs, and everything else is refused while it runs.
 * Keyed by the Core object, which stays the same when the book underneath is reopened.
 */
import { AppError } from '../../shared/ipc/errors';
import type { Core } from './core';

interface Activity {
  running: Map<symbol, string>;
  alone: string | null;
}

const activities = new WeakMap<Core, Activity>();

function activityOf(core: Core): Activity {
  let activity = activities.get(core);
  if (!activity) activities.set(core, (activity = { running: new Map(), alone: null }));
  return activity;
}

/** Runs a dispatched call, counted as running; refused while a job that must run alone runs. */
export async function tracked<T>(core: Core, channel: string, run: () => T | Promise<T>): Promise<T> {
  const activity = activityOf(core);
  if (activity.alone) throw busy([activity.alone], channel);
  const token = Symbol(channel);
  activity.running.set(token, channel);
  try {
    return await run();
  } finally {
    activity.running.delete(token);
  }
}

/** Runs `job` (called from inside the tracked call `channel`) only when nothing else runs, and alone. */
export async function alone<T>(core: Core, channel: string, job: () => Promise<T>): Promise<T> {
  const activity = activityOf(core);
  const others = othersRunning(core, channel);
  if (others.length || activity.alone) throw busy(activity.alone ? [activity.alone] : others, channel);
  activity.alone = channel;
  try {
    return await job();
  } finally {
    activity.alone = null;
  }
}

/** The long jobs running now besides the one asking, for a refusal that says what to wait for. */
export function othersRunning(core: Core, channel: string): string[] {
  const others = [...activityOf(core).running.values()];
  const own = others.indexOf(channel);
  if (own >= 0) others.splice(own, 1);
  return others;
}

export function busy(running: string[], wanted: string): AppError {
  const list = running.join(', ');
  return new AppError(
    'busy',
    {
      zh: `忙：正在进行（${list}），请等它结束后再试（${wanted}）。`,
      en: `Busy: ${list} is running; wait for it to finish, then try again (${wanted}).`,
    },
    { busy: running, wanted },
  );
}
