/**
 * Test support (not part of the public API): simulated TierDesk installs that edit cells, export sync
 * packs to each other and import them the way the Node layer will — decode, check, clock.receive, apply.
 */
import { changeId, type Change, type SyncState } from './cells';
import { createClock, maxHlc, type HlcClock } from './hlc';
import { applyChanges, type Conflict } from './merge';
import { checkPackFor, createPack, decodePackBody, encodePackBody, type Pack } from './pack';
import { changesSince, mergeVectors, versionVector, type VersionVector } from './vector';

export const SIM_T0 = Date.UTC(2025, 5, 1, 9, 0);
export const SIM_COLUMNS = ['name', 'tier', 'deleted'] as const;

export type Command =
  | { kind: 'edit'; who: number; table: string; row: number; columns: string[]; restore: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'clockBack'; who: number; ms: number }
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'export'; from: number; to: number }
  | { kind: 'deliver'; index: number };

export interface Install {
  device: string;
  clock: HlcClock;
  state: SyncState;
  log: Change[];
  logIds: Set<string>;
  /** Conflicts recorded while importing packs. */
  conflicts: Conflict[];
  /** What each peer is known to have seen (from the vectors of its packs). */
  knows: Record<string, VersionVector>;
  lastImported: Record<string, string>;
}

export interface SimConfig {
  devices: string[];
  skews: number[];
}

export class Simulation {
  readonly installs: Install[];
  /** Every edit made anywhere, in the order made. */
  readonly edits: Change[] = [];
  readonly outbox: Pack[] = [];
  readonly refused: Pack[] = [];
  private time = SIM_T0;
  private readonly back: number[];
  private seq = 0;

  constructor(config: SimConfig) {
    this.back = config.devices.map(() => 0);
    this.installs = config.devices.map((device, i) => ({
      device,
      clock: createClock(device, () => this.time + config.skews[i] - this.back[i]),
      state: new Map(),
      log: [],
      logIds: new Set(),
      conflicts: [],
      knows: {},
      lastImported: {},
    }));
  }

  run(commands: Command[]): this {
    for (const c of commands) this.step(c);
    return this;
  }

  step(c: Command): void {
    const n = this.installs.length;
    switch (c.kind) {
      case 'edit':
        return this.edit(this.installs[c.who % n], c);
      case 'advance':
        this.time += c.ms;
        return;
      case 'clockBack':
        this.back[c.who % n] = Math.min(this.back[c.who % n] + c.ms, 90_000);
        return;
      case 'sync':
      case 'export': {
        const from = c.from % n;
        const to = (from + 1 + (c.to % (n - 1))) % n;
        const pack = this.exportPack(from, to);
        if (c.kind === 'sync') this.importPack(pack);
        else this.outbox.push(pack);
        return;
      }
      case 'deliver':
        if (this.outbox.length > 0) this.importPack(this.outbox.splice(c.index % this.outbox.length, 1)[0]);
    }
  }

  /** Everyone exports to everyone, each pack imported at once; one round makes all installs equal. */
  exchangeAll(): void {
    for (let from = 0; from < this.installs.length; from++) {
      for (let to = 0; to < this.installs.length; to++) if (to !== from) this.importPack(this.exportPack(from, to));
    }
  }

  deliverAll(): void {
    while (this.outbox.length > 0) this.importPack(this.outbox.shift()!);
  }

  private edit(at: Install, c: Extract<Command, { kind: 'edit' }>): void {
    const hlc = at.clock.tick();
    const changes = c.columns.map((column): Change => ({
      table: c.table,
      rowId: `r${c.row}`,
      column,
      // deleted: tombstone or restore; other columns: a value unique to this edit
      value: column === 'deleted' ? (c.restore ? 0 : 1) : this.seq % 2 ? { by: at.device, n: this.seq++ } : this.seq++,
      hlc,
    }));
    at.state = applyChanges(at.state, changes).state; // a local write is never a conflict
    this.remember(at, changes);
    this.edits.push(...changes);
  }

  exportPack(fromIndex: number, toIndex: number): Pack {
    const from = this.installs[fromIndex];
    const to = this.installs[toIndex];
    return createPack({
      from: from.device,
      to: to.device,
      role: fromIndex === 0 ? 'manager' : 'rep',
      createdHlc: from.clock.tick(),
      changes: changesSince(from.log, from.knows[to.device] ?? {}),
      vector: versionVector(from.log),
    });
  }

  importPack(sent: Pack): void {
    const decoded = decodePackBody(encodePackBody(sent));
    if (!decoded.ok) throw new Error(`decode failed: ${decoded.error.message.en}`);
    const pack = decoded.value;
    const at = this.installs.find((i) => i.device === pack.to)!;
    const check = checkPackFor(pack, { deviceId: at.device, lastImportedHlc: at.lastImported[pack.from] });
    if (!check.ok) {
      if (check.error.code !== 'pack_replayed') throw new Error(check.error.message.en);
      // the replay guard must only drop packs that would change nothing
      if (applyChanges(at.state, pack.changes).applied.length > 0) throw new Error('refused a pack with news');
      this.refused.push(pack);
      return;
    }
    const newest = pack.changes.reduce((m, c) => maxHlc(m, c.hlc), pack.createdHlc);
    const received = at.clock.receive(newest);
    if (!received.ok) throw new Error(received.error.message.en);
    const result = applyChanges(at.state, pack.changes);
    at.state = result.state;
    at.conflicts.push(...result.conflicts);
    this.remember(at, pack.changes);
    at.knows[pack.from] = mergeVectors(at.knows[pack.from] ?? {}, pack.vector);
    at.lastImported[pack.from] = pack.createdHlc;
  }

  private remember(at: Install, changes: Change[]): void {
    for (const c of changes) {
      const id = changeId(c);
      if (!at.logIds.has(id)) {
        at.logIds.add(id);
        at.log.push(c);
      }
    }
  }
}
