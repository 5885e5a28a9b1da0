/**
 * Hybrid logical clock (HLC).
 *
 * Serialized form (46 chars, fixed width, sorts lexicographically in time order):
 *   `YYYY-MM-DDTHH:mm:ss.sssZ` + '-' + counter (4 lowercase hex) + '-' + device id (16 lowercase hex)
 *   e.g. `2025-03-01T08:30:00.000Z-0000-0123456789abcdef`
 * Because the width is fixed, plain string comparison (JS `<`, SQLite BINARY collation) is time order;
 * the device id makes every timestamp unique across installs.
 */
import { isDeviceId } from './device';
import { fail, ok, type Result } from './errors';

export interface Hlc {
  /** Wall-clock part, milliseconds since the Unix epoch (1970-01-01 … 9999-12-31). */
  millis: number;
  /** Logical counter, 0 … 0xffff. */
  counter: number;
  /** Device id of the install that issued the timestamp. */
  node: string;
}

export const HLC_LENGTH = 46;
export const MAX_COUNTER = 0xffff;
export const MAX_MILLIS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
export const DEFAULT_MAX_DRIFT_MS = 5 * 60_000;

const HLC_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** Serializes an HLC. Throws RangeError on out-of-range parts (a programming error, not bad data). */
export function formatHlc(hlc: Hlc): string {
  const { millis, counter, node } = hlc;
  if (!Number.isInteger(millis) || millis < 0 || millis > MAX_MILLIS) {
    throw new RangeError(`formatHlc: millis out of range: ${millis}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`formatHlc: counter overflow (must be 0…${MAX_COUNTER}): ${counter}`);
  }
  if (!isDeviceId(node)) throw new RangeError(`formatHlc: invalid device id: ${String(node)}`);
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseHlc(text: unknown): Result<Hlc> {
  const m = typeof text === 'string' ? HLC_RE.exec(text) : null;
  const millis = m ? Date.parse(m[1]) : NaN;
  if (!m || !Number.isFinite(millis) || millis < 0 || new Date(millis).toISOString() !== m[1]) {
    const shown = String(text).slice(0, 60);
    return fail('invalid_hlc', `无效的时间戳（HLC）：${shown}`, `Invalid timestamp (HLC): ${shown}`, {
      value: text,
    });
  }
  return ok({ millis, counter: parseInt(m[2], 16), node: m[3] });
}

export function isHlc(text: unknown): text is string {
  return parseHlc(text).ok;
}

/** Orders two serialized HLCs (plain string order, which is time order). */
export function compareHlc(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The device id inside a serialized HLC (its last 16 characters). */
export function hlcDevice(hlc: string): string {
  return hlc.slice(HLC_LENGTH - 16);
}

export interface ReceiveOptions {
  ignoreDrift?: boolean;
}

export interface HlcClock {
  readonly deviceId: string;
  /** A new timestamp for a local event; strictly greater than every timestamp issued or received so far. */
  tick(): string;
  /**
   * Merges a remote timestamp and returns a new local timestamp greater than both.
   * Refuses (state unchanged) a remote more than `maxDriftMs` ahead of the local wall clock,
   * unless `ignoreDrift` (for restoring the local log's own maximum; prefer createClock's `last`).
   */
  receive(remote: string, options?: ReceiveOptions): Result<string>;
  /** The last timestamp issued or merged (epoch if none yet). */
  current(): string;
  state(): Hlc;
}

/**
 * Creates a clock. `now` is the wall clock (ms); it may jump backwards, the clock stays monotonic.
 * `last` restores state after a restart: pass the greatest HLC in the local change log (any device).
 *
 * Counter overflow: when more than 0xffff events share one millisecond (or the wall clock lags behind
 * the clock), the counter carries into the millisecond part instead of failing the local write; the
 * logical time then runs ahead of the wall clock by at most events / 65536 ms.
 */
export function createClock(
  deviceId: string,
  now: () => number,
  maxDriftMs: number = DEFAULT_MAX_DRIFT_MS,
  last?: string | null,
): HlcClock {
  if (!isDeviceId(deviceId)) throw new RangeError(`createClock: invalid device id: ${deviceId}`);
  let millis = 0;
  let counter = 0;
  if (last != null) {
    const parsed = parseHlc(last);
    if (!parsed.ok) throw new RangeError(`createClock: invalid last HLC: ${last}`);
    millis = parsed.value.millis;
    counter = parsed.value.counter;
  }

  const wall = (): number => {
    const w = Math.floor(now());
    return Number.isFinite(w) ? Math.min(Math.max(w, 0), MAX_MILLIS) : 0;
  };

  const set = (m: number, c: number): string => {
    if (c > MAX_COUNTER) {
      m += 1;
      c = 0;
    }
    if (m > MAX_MILLIS) throw new RangeError('HLC exhausted: the clock passed year 9999');
    millis = m;
    counter = c;
    return formatHlc({ millis, counter, node: deviceId });
  };

  return {
    deviceId,
    tick() {
      const w = wall();
      return w > millis ? set(w, 0) : set(millis, counter + 1);
    },
    receive(remote, options) {
      const parsed = parseHlc(remote);
      if (!parsed.ok) return parsed;
      const r = parsed.value;
      const w = wall();
      if (!options?.ignoreDrift && r.millis - w > maxDriftMs) {
        const mins = Math.round((r.millis - w) / 60_000);
        const maxMins = Math.round(maxDriftMs / 60_000);
        return fail(
          'clock_drift',
          `对方设备的时钟比本机快约 ${mins} 分钟（最多允许 ${maxMins} 分钟）。请核对两台电脑的日期和时间后重试。`,
          `The other device's clock is about ${mins} min ahead of this computer's (at most ${maxMins} min allowed). Check the date and time on both computers, then try again.`,
          { remote, remoteMillis: r.millis, localMillis: w, driftMs: r.millis - w, maxDriftMs },
        );
      }
      const m = Math.max(w, millis, r.millis);
      if (m === millis && m === r.millis) return ok(set(m, Math.max(counter, r.counter) + 1));
      if (m === millis) return ok(set(m, counter + 1));
      if (m === r.millis) return ok(set(m, r.counter + 1));
      return ok(set(m, 0));
    },
    current: () => formatHlc({ millis, counter, node: deviceId }),
    state: () => ({ millis, counter, node: deviceId }),
  };
}
