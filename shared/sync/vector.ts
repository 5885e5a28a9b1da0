/**
 * Version vectors by origin device: device id → greatest HLC seen from that device.
 * Each device issues strictly increasing HLCs and packs carry every change above the receiver's vector,
 * so a replica's log is prefix-closed per origin device and "hlc > vector[device]" is exactly
 * "not seen yet". Changes relayed through a third install keep their origin device (inside the HLC).
 */
import type { Change } from './cells';
import { compareHlc, hlcDevice } from './hlc';

export type VersionVector = Record<string, string>;

export function versionVector(changes: Iterable<Pick<Change, 'hlc'>>): VersionVector {
  const vector: VersionVector = {};
  for (const { hlc } of changes) {
    const device = hlcDevice(hlc);
    const seen = vector[device];
    if (seen === undefined || compareHlc(hlc, seen) > 0) vector[device] = hlc;
  }
  return vector;
}

/** True when the vector says the change with this HLC has been seen. */
export function vectorHasSeen(vector: VersionVector, hlc: string): boolean {
  const seen = Object.hasOwn(vector, hlcDevice(hlc)) ? vector[hlcDevice(hlc)] : undefined;
  return seen !== undefined && compareHlc(hlc, seen) <= 0;
}

/** The changes of `log` a peer with vector `sinceHlcByDevice` has not seen, in log order. */
export function changesSince(log: Iterable<Change>, sinceHlcByDevice: VersionVector): Change[] {
  const out: Change[] = [];
  for (const change of log) if (!vectorHasSeen(sinceHlcByDevice, change.hlc)) out.push(change);
  return out;
}

/** Pointwise maximum of two vectors. */
export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [device, hlc] of Object.entries(b)) {
    const seen = Object.hasOwn(out, device) ? out[device] : undefined;
    if (seen === undefined || compareHlc(hlc, seen) > 0) out[device] = hlc;
  }
  return out;
}
