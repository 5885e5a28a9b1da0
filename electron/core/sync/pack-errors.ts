import type { SyncError } from '../../../shared/sync';
import { AppError, type ErrorDetails } from '../../../shared/ipc/errors';

/** A refused sync pack: always the 'bad_pack' code, with a reason code in details for tests and logs. */
export function badPack(reason: string, zh: string, en: string, details: ErrorDetails = {}): AppError {
  return new AppError('bad_pack', { zh, en }, { ...details, reason });
}

/** Turns a refusal of the pure sync package (format, version, replay …) into the same AppError. */
export function badPackFrom(error: SyncError, file?: string): AppError {
  return new AppError('bad_pack', error.message, { ...error.details, reason: error.code, ...(file ? { file } : {}) });
}

export function damaged(what: string, whatZh: string, file?: string): AppError {
  return badPack(
    'pack_damaged',
    `同步包已损坏或不完整（${whatZh}），未做任何更改。请重新导出同步包。`,
    `The sync pack is damaged or incomplete (${what}); nothing was changed. Export the pack again.`,
    file ? { file } : {},
  );
}
