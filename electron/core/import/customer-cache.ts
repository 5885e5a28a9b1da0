/**
 * Customers by code for an import: loaded once, then a Map lookup per row. An unknown code creates a
 * minimal customer (code; name from a mapped name column, else the code; region when the format has one)
 * through the row writer, so it reaches change_log and syncs. A known customer's empty region is filled.
 */
import type { Core } from '../core';

export class CustomerCache {
  private readonly ids = new Map<string, string>();
  private readonly regionless = new Set<string>();
  created = 0;

  constructor(private readonly core: Core) {
    const rows = core.store.sqlite.prepare('SELECT id, code, region IS NULL AS noRegion FROM customers').all() as { id: string; code: string; noRegion: number }[];
    for (const r of rows) {
      this.ids.set(r.code, r.id);
      if (r.noRegion) this.regionless.add(r.code);
    }
  }

  find(code: string): string | undefined {
    return this.ids.get(code);
  }

  /** The id for a code, creating the customer when it is new. */
  resolve(code: string, name: string | undefined, region: string | undefined): string {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.core.rows.insert('customers', {
        code, name: name || code, region: region ?? null, status: 'active', tags: '[]', custom: '{}', created_at: this.core.now().toISOString(),
      });
      this.ids.set(code, id);
      if (!region) this.regionless.add(code);
      this.created++;
    } else if (region && this.regionless.has(code)) {
      this.core.rows.update('customers', id, { region });
      this.regionless.delete(code);
    }
    return id;
  }

  remember(code: string, id: string, hasRegion: boolean) {
    this.ids.set(code, id);
    if (hasRegion) this.regionless.delete(code);
    else this.regionless.add(code);
  }
}
