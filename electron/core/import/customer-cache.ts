/**
 * Customers by code for an import: loaded once, then a Map lookup per row. An unknown code creates a
 * minimal customer (code; name from a mapped name column, else the code; region when the format has one)
 * through the row writer, so it reaches change_log and syncs. A known customer's empty region is filled.
 * Orders resolve their codes to slots elsewhere (CustomerSlots, seeded by `seed`), and `adopt` replays that.
 */
import type { Statement } from 'better-sqlite3';
import type { Core } from '../core';
import type { CustomerChanges, CustomerSeed } from './customer-slots';

export class CustomerCache {
  /** code → slot in `ids` (a slot stays with its customer for the cache's life: the order writer keys by it) */
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  /** customers.local_key by slot (what orders store) */
  private readonly keys: number[] = [];
  private readonly codes: string[] = [];
  private readonly regionless = new Set<string>();
  created = 0;
  private keyQuery: Statement | null = null;

  constructor(private readonly core: Core) {
    const rows = core.store.sqlite.prepare('SELECT id, code, local_key AS key, region IS NULL AS noRegion FROM customers').all() as { id: string; code: string; key: number; noRegion: number }[];
    for (const r of rows) {
      this.set(r.code, r.id, r.key);
      if (r.noRegion) this.regionless.add(r.code);
    }
  }

  private set(code: string, id: string, key: number): number {
    let slot = this.slots.get(code);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(code, slot);
      this.codes[slot] = code;
    }
    this.ids[slot] = id;
    this.keys[slot] = key;
    return slot;
  }

  find(code: string): string | undefined {
    const slot = this.slots.get(code);
    return slot === undefined ? undefined : this.ids[slot];
  }

  /** The customer id in a slot from `resolveSlot`. */
  idAt(slot: number): string {
    return this.ids[slot];
  }

  /** The customer's local_key in a slot (what its orders store). */
  keyAt(slot: number): number {
    return this.keys[slot];
  }

  /** The slot for a code, creating the customer when it is new and filling a region it lacks. */
  private resolveSlot(code: string, name: string | undefined, region: string | undefined): number {
    let slot = this.slots.get(code);
    if (slot === undefined) {
      const id = this.core.rows.insert('customers', {
        code, name: name || code, region: region ?? null, status: 'active', tags: '[]', custom: '{}', created_at: this.core.now().toISOString(),
      });
      slot = this.set(code, id, this.keyOf(id));
      if (!region) this.regionless.add(code);
      this.created++;
    } else if (region && this.regionless.has(code)) {
      this.core.rows.update('customers', this.ids[slot], { region });
      this.regionless.delete(code);
    }
    return slot;
  }

  /** The codes by slot and which customers lack a region, for a CustomerSlots that resolves codes elsewhere. */
  seed(): CustomerSeed {
    const codes = this.codes.slice();
    const regionless = new Uint8Array(codes.length);
    codes.forEach((code, slot) => { regionless[slot] = this.regionless.has(code) ? 1 : 0; });
    return { codes, regionless };
  }

  /** Replay what a CustomerSlots seeded from this cache recorded: create its new customers at their slots, fill regions. */
  adopt(changes: CustomerChanges) {
    for (const c of changes.created) {
      if (c.slot !== this.ids.length) throw new Error(`customer slot ${c.slot} arrived out of order (next is ${this.ids.length})`);
      this.resolveSlot(c.code, c.name ?? undefined, c.region ?? undefined);
    }
    for (const r of changes.regions) this.resolveSlot(this.codes[r.slot], undefined, r.region);
  }

  private keyOf(id: string): number {
    this.keyQuery ??= this.core.store.sqlite.prepare('SELECT local_key FROM customers WHERE id = ?').pluck();
    return this.keyQuery.get(id) as number;
  }

  remember(code: string, id: string, hasRegion: boolean) {
    const slot = this.slots.get(code);
    this.set(code, id, slot !== undefined && this.ids[slot] === id ? this.keys[slot] : this.keyOf(id));
    if (hasRegion) this.regionless.delete(code);
    else this.regionless.add(code);
  }
}
