/**
 * The core as a read channel sees it. While the book is free it is the core itself (same connection, same
 * caches, so idempotent upkeep such as seeding the built-in models still works); while a write holds the book
 * its store is the read-only connection (db/read-store.ts), which sees only committed data, and its row writer
 * refuses with 'busy'. The choice is made at each access, so a read that spans awaits (an export paging through
 * customers) follows the book as a write starts or ends.
 */
import type { Core } from './core';
import type { RowWriter } from './db/rows';
import type { Store } from './db/store';
import { busyError, type WriteGate } from './db/write-gate';

export function readView(core: Core, gate: WriteGate, reader: () => Store): Core {
  const refuse = (): never => {
    throw busyError(gate.holder);
  };
  const refusing: RowWriter = { insert: refuse, update: refuse, remove: refuse };
  const view: Core = {
    get store() {
      return gate.busy ? reader() : core.store;
    },
    get rows() {
      return gate.busy ? refusing : core.rows;
    },
    get clock() {
      return core.clock;
    },
    actor: core.actor,
    gate,
    get reading() {
      return view;
    },
    now: () => core.now(),
    today: () => core.today(),
    close: () => core.close(),
    reopen: () => core.reopen(),
  };
  return view;
}
