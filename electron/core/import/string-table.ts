/**
 * A string → non-negative integer map for the import's hot loops (order numbers in the assembler's window,
 * customer codes): open addressing over typed arrays with an FNV-1a hash of the UTF-16 code units. On a
 * 100,000-code book it looks a code up several times faster than a `Map` (fewer cache misses, no entry
 * objects for the collector). No deletion: the window overwrites stale values and clears the table now
 * and then.
 */
export class StringTable {
  private keys: (string | undefined)[];
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private position(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    let p = h & this.mask;
    for (;;) {
      const k = this.keys[p];
      if (k === undefined || k === key) return p;
      p = (p + 1) & this.mask;
    }
  }

  /** The value stored for `key`, or -1. */
  get(key: string): number {
    const p = this.position(key);
    return this.keys[p] === undefined ? -1 : this.values[p];
  }

  /**
   * The value stored for `key` when it is at least `liveFrom`; otherwise (none, or a stale one) stores `value`
   * (≥ 0) for `key` and returns -1. One lookup where `get` then `set` would take two.
   */
  claim(key: string, value: number, liveFrom: number): number {
    const p = this.position(key);
    if (this.keys[p] !== undefined && this.values[p] >= liveFrom) return this.values[p];
    this.store(p, key, value);
    return -1;
  }

  /** Store `value` (≥ 0) for `key`, replacing any value it had. */
  set(key: string, value: number): void {
    this.store(this.position(key), key, value);
  }

  private store(p: number, key: string, value: number): void {
    if (this.keys[p] === undefined) {
      this.keys[p] = key;
      if (++this.size * 2 > this.keys.length) {
        this.values[p] = value;
        this.grow();
        return;
      }
    }
    this.values[p] = value;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.size = 0;
  }

  private grow() {
    const { keys, values } = this;
    this.keys = new Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const p = this.position(k);
      this.keys[p] = k;
      this.values[p] = values[i];
    }
  }
}
