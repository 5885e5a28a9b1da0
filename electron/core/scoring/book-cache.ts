/**
 * What rating reads in bulk and rarely changes (the customers, their latest assessments, the order day
 * blocks), kept in memory per store while the book's change counters (migration 0007) stand still: a
 * rescoring, a model preview or a churn pass after the first then reads one counter instead of 100,000 rows.
 * Only reads outside a transaction are cached (inside one the data may not be committed), and large books
 * beyond MAX_CACHED_ROWS are read afresh every time to keep memory bounded.
 */
import type { Store } from '../db/store';

export type BookPart = 'customers' | 'assessments' | 'order_days';

const KEYS_PER_PART = 4;
const MAX_CACHED_ROWS = 400_000;

interface Entry {
  version: number;
  value: unknown;
}

const caches = new WeakMap<Store, Map<BookPart, Map<string, Entry>>>();

/** The committed change count of a part of the book. */
export function bookVersion(store: Store, part: BookPart): number {
  return store.sqlite.prepare('SELECT version FROM book_versions WHERE name = ?').pluck().get(part) as number;
}

/** `read()` once per change of the part (and key); `rows` tells how large a value is, to skip caching huge ones. */
export function cachedRead<T>(store: Store, part: BookPart, key: string, read: () => T, rows: (value: T) => number): T {
  if (store.sqlite.inTransaction) return read();
  const version = bookVersion(store, part);
  let parts = caches.get(store);
  if (!parts) caches.set(store, (parts = new Map()));
  let entries = parts.get(part);
  if (!entries) parts.set(part, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit.value as T;
  }
  const value = read();
  entries.delete(key);
  if (rows(value) <= MAX_CACHED_ROWS) entries.set(key, { version, value });
  for (const [k, e] of entries) if (e.version !== version) entries.delete(k);
  while (entries.size > KEYS_PER_PART) entries.delete(entries.keys().next().value as string);
  return value;
}
