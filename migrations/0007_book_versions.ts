import type { Migration } from './migration';

/**
 * A change counter per part of the book that rating reads in bulk: customers, assessments and the order day
 * blocks. Triggers count every inserted, updated or deleted row, whoever writes it (the core, raw SQL, another
 * connection such as the CLI beside the app), so the core can keep what it read in memory and know, with one
 * lookup, whether it still holds (electron/core/scoring/book-cache.ts). A rolled-back change rolls its count
 * back too; the core only caches what it reads outside a transaction, so committed counts never repeat.
 */
const COUNTED = { customers: 'customers', assessments: 'assessments', order_days: 'order_day_blocks' } as const;

export const bookVersions: Migration = {
  version: 7,
  name: 'book_versions',
  up(db) {
    db.exec('CREATE TABLE book_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID');
    for (const [name, table] of Object.entries(COUNTED)) {
      db.prepare('INSERT INTO book_versions (name, version) VALUES (?, 0)').run(name);
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TRIGGER ${table}_count_${event.toLowerCase()} AFTER ${event} ON ${table}
          BEGIN UPDATE book_versions SET version = version + 1 WHERE name = '${name}'; END`);
      }
    }
  },
};
