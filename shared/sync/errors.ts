/**
 * Result envelope and bilingual errors for the sync package.
 * Shape matches the IPC envelope `{ ok: false, error: { code, message, details? } }` (docs/ARCHITECTURE.md §1),
 * with `message` carrying both zh-CN and English text.
 */

export type SyncErrorCode =
  | 'clock_drift'
  | 'invalid_hlc'
  | 'pack_format'
  | 'pack_version'
  | 'pack_malformed'
  | 'pack_foreign'
  | 'pack_own'
  | 'pack_replayed';

export interface LocalizedMessage {
  zh: string;
  en: string;
}

export interface SyncError {
  code: SyncErrorCode;
  message: LocalizedMessage;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SyncError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: SyncErrorCode,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): Result<T> {
  return { ok: false, error: details ? { code, message: { zh, en }, details } : { code, message: { zh, en } } };
}
