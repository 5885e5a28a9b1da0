/**
 * shared/import — the pure, browser-safe parsing layer for imports (no node: imports, no Buffer).
 * Node-only iconv-lite decoding lives in './decode-bytes' and is deliberately not re-exported here.
 */
export * from './text';
export * from './encoding';
export * from './csv';
export { detectDelimiter } from './delimiter';
export { detectHeaderRow, isValueLike } from './header';
export * from './fields';
export { SYNONYMS } from './synonyms';
export * from './mapping';
export * from './values';
export * from './records';
export * from './rows';
export { parseDecimal, shiftDecimal, toScaledInteger, toNumber, multiplyScaled } from './decimal';
export type { DecimalParts, DecimalOptions, DecimalResult, DecimalError } from './decimal';
