import os from 'node:os';
import { openStore, type OpenOptions, type Store } from './db/store';
import { createRowWriter, type RowWriter } from './db/rows';
import { openDeviceClock, type DeviceClock } from './sync/device-clock';

/** Everything a core service needs: the store, the row writer, the clock, who is acting, and today. */
export interface Core {
  readonly store: Store;
  readonly rows: RowWriter;
  readonly clock: DeviceClock;
  readonly actor: string;
  /** the current wall-clock time, injectable for tests */
  now(): Date;
  /** today's date as YYYY-MM-DD in local time */
  today(): string;
  close(): void;
}

export interface CoreOptions extends OpenOptions {
  actor?: string;
  now?: () => Date;
}

export function openCore(file: string, options: CoreOptions = {}): Core {
  const store = openStore(file, options);
  const now = options.now ?? (() => new Date());
  const clock = openDeviceClock(store, () => now().getTime());
  return {
    store,
    rows: createRowWriter(store, clock),
    clock,
    actor: options.actor ?? safeUserName(),
    now,
    today: () => localIsoDate(now()),
    close: () => store.close(),
  };
}

export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'user';
  }
}
