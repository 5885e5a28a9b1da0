/** Error codes that cross the IPC boundary. Every failure a user can see maps to one of these. */
export const ERROR_CODES = [
  'validation', // input failed its schema, or a field rule (unique code, phone format …)
  'not_found', // the row asked for does not exist (or is deleted)
  'conflict', // the change clashes with the current state (duplicate code, published model …)
  'bad_file', // an input file cannot be read (encoding, format, truncated)
  'bad_pack', // a sync pack is damaged, foreign, replayed or from a newer app
  'newer_database', // the database was made by a newer TierDesk
  'unknown_channel', // the renderer asked for a channel the contract does not have
  'cancelled', // the user cancelled a long job
  'busy', // another write (an import …) holds the book; try again when it has finished
  'internal', // a bug: anything not foreseen
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message in both UI languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldIssue {
  /** dotted path of the field, e.g. "code" or "indicators.0.weight" */
  path: string;
  message: Bilingual;
}

export interface ErrorDetails {
  fields?: FieldIssue[];
  /** file-level problems: file name, row (1-based), column (header name) */
  file?: string;
  row?: number;
  column?: string;
  [key: string]: unknown;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: Bilingual;
  details?: ErrorDetails;
}

/** Thrown inside the core; turned into an error envelope at the IPC edge. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly bilingual: Bilingual;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: Bilingual, details?: ErrorDetails) {
    super(message.en);
    this.name = 'AppError';
    this.code = code;
    this.bilingual = message;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.bilingual, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
