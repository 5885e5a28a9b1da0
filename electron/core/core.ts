import os from 'node:os';
import { openReadStore } from './db/read-store';
import { openStore, type OpenOptions, type Store } from './db/store';
import { createRowWriter, type RowWriter } from './db/rows';
import { WriteGate } from './db/write-gate';
import { readView } from './read-view';
import { openDeviceClock, type DeviceClock } from './sync/device-clock';

/** Everything a core service needs: the store, the row writer, the clock, who is acting, and today. */
export interface Core {
  readonly store: Store;
  readonly rows: RowWriter;
  readonly clock: DeviceClock;
  readonly actor: string;
  /** one writer at a time: dispatch holds it around every write channel (db/write-gate.ts) */
  readonly gate: WriteGate;
  /** this core as read channels use it: committed data only, from a read-only connection while a write runs */
  readonly reading: Core;
  /** the current wall-clock time, injectable for tests */
  now(): Date;
  /** today's date as YYYY-MM-DD in local time */
  today(): string;
  close(): void;
  /**
   * Closes the book's connections and opens the same file again with the same options (after a restore has
   * replaced its content): store, row writer and clock are new objects, so nothing cached for the old
   * connection (keyed by its Store) is seen again. Only call it when no call is running (activity.ts `alone`).
   */
  reopen(): void;
}

export interface CoreOptions extends OpenOptions {
  actor?: string;
  now?: () => Date;
}

export function openCore(file: string, options: CoreOptions = {}): Core {
  const now = options.now ?? (() => new Date());
  const open = () => {
    const store = openStore(file, { ...options, now });
    const clock = openDeviceClock(store, () => now().getTime());
    return { store, clock, rows: createRowWriter(store, clock) };
  };
  let book = open();
  let reader: Store | null = null;
  // an in-memory book has no second connection: its reads stay on the one connection
  const readStore = () => (book.store.file === ':memory:' ? book.store : (reader ??= openReadStore(book.store)));
  const gate = new WriteGate(() => book.store);
  const closeAll = () => {
    // the read-only connection first, so the core's (the last one) checkpoints and removes the WAL
    reader?.close();
    reader = null;
    book.store.close();
  };
  const core: Core = {
    get store() {
      return book.store;
    },
    get rows() {
      return book.rows;
    },
    get clock() {
      return book.clock;
    },
    actor: options.actor ?? safeUserName(),
    gate,
    get reading() {
      return reading;
    },
    now,
    today: () => localIsoDate(now()),
    close: closeAll,
    reopen: () => {
      closeAll();
      book = open();
    },
  };
  const reading = readView(core, gate, readStore);
  return core;
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
