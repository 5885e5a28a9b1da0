import type { AppErrorShape } from './errors';

/** What every channel answers: a value, or an error with a code. Never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorShape): Result<T> {
  return { ok: false, error };
}
