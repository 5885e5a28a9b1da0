/**
 * Customers by code for an import: loaded once, then a Map lookup per row. An unknown code creates a
 * minimal customer (code; name from a mapped name column, else the code; region when the format has one)
 * through the row writer, so it reaches change_log and syncs. A known customer's empty region is filled.
 */
import type { Core } from '../core';

export class CustomerCache {
  /** code → slot in `ids` (a slot stays with its customer for the cache's life: the order writer keys by it) */
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly regionless = new Set<string>();
  created = 0;

  constructor(private readonly core: Core) {
    const rows = core.store.sqlite.prepare('SELECT id, code, region IS NULL AS noRegion FROM customers').all() as { id: string; code: string; noRegion: number }[];
    for (const r of rows) {
      this.set(r.code, r.id);
      if (r.noRegion) this.regionless.add(r.code);
    }
  }

  private set(code: string, id: string): number {
    let slot = this.slots.get(code);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(code, slot);
    }
    this.ids[slot] = id;
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

  /** The id for a code, creating the customer when it is new. */
  resolve(code: string, name: string | undefined, region: string | undefined): string {
    return this.ids[this.resolveSlot(code, name, region)];
  }

  /** `resolve`, as the customer's slot (one Map lookup a row for the order writer and its day totals). */
  resolveSlot(code: string, name: string | undefined, region: string | undefined): number {
    let slot = this.slots.get(code);
    if (slot === undefined) {
      const id = this.core.rows.insert('customers', {
        code, name: name || code, region: region ?? null, status: 'active', tags: '[]', custom: '{}', created_at: this.core.now().toISOString(),
      });
      slot = this.set(code, id);
      if (!region) this.regionless.add(code);
      this.created++;
    } else if (region && this.regionless.has(code)) {
      this.core.rows.update('customers', this.ids[slot], { region });
      this.regionless.delete(code);
    }
    return slot;
  }

  remember(code: string, id: string, hasRegion: boolean) {
    this.set(code, id);
    if (hasRegion) this.regionless.delete(code);
    else this.regionless.add(code);
  }
}
