/** Public API of the pure sync package (HLC, merge rules, version vectors, pack body). */
export { fail, ok } from './errors';
export type { LocalizedMessage, Result, SyncError, SyncErrorCode } from './errors';
export { createDeviceId, isDeviceId } from './device';
export { canonicalJson, isJsonValue, jsonEqual } from './json';
export {
  DEFAULT_MAX_DRIFT_MS,
  HLC_LENGTH,
  MAX_COUNTER,
  MAX_MILLIS,
  compareHlc,
  createClock,
  formatHlc,
  hlcDevice,
  isHlc,
  maxHlc,
  parseHlc,
} from './hlc';
export type { Hlc, HlcClock, ReceiveOptions } from './hlc';
export {
  DELETED_COLUMN,
  cellKey,
  cellKeyOf,
  changeId,
  emptyState,
  getCell,
  isTombstoneValue,
  rowIsDeleted,
  rowView,
  stateEntries,
} from './cells';
export type { Cell, CellKey, Change, SyncState } from './cells';
export { applyChanges, decide, mergeStates, shouldApply, stateFromChanges } from './merge';
export type { ApplyResult, Conflict, Decision, DecisionReason } from './merge';
export { changesSince, mergeVectors, vectorHasSeen, versionVector } from './vector';
export type { VersionVector } from './vector';
export {
  PACK_FORMAT,
  PACK_VERSION,
  changeSchema,
  checkPackFor,
  createPack,
  decodePackBody,
  encodePackBody,
  packSchema,
} from './pack';
export type { OrdersSnapshot, Pack, PackCheckContext, PackRole, PackScope, ResultsSnapshot } from './pack';
