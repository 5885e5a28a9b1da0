import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../import/run-import';
import { RunImportSchema } from '../../../shared/ipc/channels/import';
import { openCore } from '../core';
import { checkpointsSettled } from './background-checkpoint';
import { JOURNAL_SIZE_LIMIT } from './store';

describe('journal_size_limit', () => {
  it('cuts the WAL back to at most the limit after a bulk import and its checkpoint', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-wal-'));
    const file = path.join(dir, 'book.db');
    const orders = path.join(dir, 'orders.csv');
    const lines = ['order_no,customer_code,order_date,amount,category'];
    for (let i = 0; i < 150_000; i++) {
      lines.push(`ORDER-${i},C${i % 5000},2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${(i % 997) + 1}.50,category ${i % 37}`);
    }
    fs.writeFileSync(orders, lines.join('\n'));
    const core = openCore(file, { now: () => new Date('2026-01-15T10:00:00Z') });
    expect(core.store.sqlite.pragma('journal_size_limit', { simple: true })).toBe(JOURNAL_SIZE_LIMIT);
    let largest = 0;
    const result = await runImport(
      core,
      RunImportSchema.parse({ file: orders, kind: 'orders' }),
      { progress: () => (largest = Math.max(largest, walSize(file))), cancelled: () => false },
      { large: true },
    );
    expect(result.imported).toBe(150_000);
    largest = Math.max(largest, walSize(file));
    await checkpointsSettled(core.store);
    // the bulk load grew the log past the limit (else this test proves nothing); the checkpoint cut it back
    expect(largest).toBeGreaterThan(JOURNAL_SIZE_LIMIT);
    expect(walSize(file)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT);
    // and a write after it starts the log over within the limit
    core.store.sqlite.prepare("INSERT INTO settings (key, value_json) VALUES ('ui.test', '1')").run();
    expect(walSize(file)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT);
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  });

  it('is what cuts the log back at the first commit after a checkpoint that only copied it', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-wal-')), 'book.db');
    const core = openCore(file, { now: () => new Date('2026-01-15T10:00:00Z') });
    const db = core.store.sqlite;
    db.pragma('wal_autocheckpoint = 0');
    db.transaction(() => {
      const insert = db.prepare("INSERT INTO settings (key, value_json) VALUES (?, ?)");
      for (let i = 0; i < 400; i++) insert.run(`ui.bulk.${i}`, JSON.stringify('x'.repeat(64 * 1024)));
    })();
    db.pragma('wal_checkpoint(PASSIVE)'); // copies the log into the book, leaves the file as large as it was
    expect(walSize(file)).toBeGreaterThan(JOURNAL_SIZE_LIMIT);
    db.prepare("UPDATE settings SET value_json = '1' WHERE key = 'ui.bulk.0'").run();
    expect(walSize(file)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT);
    core.close();
  });
});

function walSize(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}
