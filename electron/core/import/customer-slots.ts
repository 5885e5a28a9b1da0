/**
 * Customer codes → CustomerCache slots where the orders are read (the import's worker thread, or in-thread):
 * seeded with the book's customers, it gives a new code the next slot and records the new customer, and
 * records the region for a known customer without one. The writer replays both on the CustomerCache
 * (`CustomerCache.adopt`) before it writes the orders of that batch, so slots agree on both sides.
 */
import { StringTable } from './string-table';

export interface CustomerSeed {
  /** customer codes by slot */
  codes: string[];
  /** 1 for a slot whose customer has no region */
  regionless: Uint8Array;
}

export interface NewCustomer {
  slot: number;
  code: string;
  name: string | null;
  region: string | null;
}

export interface CustomerChanges {
  created: NewCustomer[];
  regions: { slot: number; region: string }[];
}

export class CustomerSlots {
  private readonly table: StringTable;
  private regionless: Uint8Array;
  private next: number;
  private changes: CustomerChanges = { created: [], regions: [] };

  constructor(seed: CustomerSeed) {
    this.table = new StringTable(seed.codes.length + 1024);
    seed.codes.forEach((code, slot) => this.table.set(code, slot));
    this.next = seed.codes.length;
    this.regionless = new Uint8Array(Math.max(1024, this.next * 2));
    this.regionless.set(seed.regionless.subarray(0, this.next));
  }

  /** The slot for a code: the known customer's (noting a region it lacked), or a new customer's. */
  slotOf(code: string, name: string | undefined, region: string | undefined): number {
    let slot = this.table.get(code);
    if (slot === -1) {
      slot = this.next++;
      this.table.set(code, slot);
      this.changes.created.push({ slot, code, name: name ?? null, region: region ?? null });
      if (slot >= this.regionless.length) {
        const grown = new Uint8Array(this.regionless.length * 2);
        grown.set(this.regionless);
        this.regionless = grown;
      }
      this.regionless[slot] = region ? 0 : 1;
    } else if (region && this.regionless[slot] === 1) {
      this.changes.regions.push({ slot, region });
      this.regionless[slot] = 0;
    }
    return slot;
  }

  /** What changed since the last call. */
  take(): CustomerChanges {
    const out = this.changes;
    this.changes = { created: [], regions: [] };
    return out;
  }
}
