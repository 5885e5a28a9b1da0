import { describe, expect, it } from 'vitest';
import { bookAt, migrateTo } from './migration-test-kit';

describe('migration 0011 change_log_by_device', () => {
  it('replaces the hlc index with (device_id, hlc), keeps every entry, and a device range count uses it', () => {
    const { db, file } = bookAt(10);
    const add = db.prepare('INSERT INTO change_log (table_name, row_id, column_name, value_json, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)');
    add.run('customers', 'c1', 'name', '"A"', '2025-01-01T00:00:00.000Z-0000-00000000000000aa', '00000000000000aa');
    add.run('customers', 'c1', 'city', '"B"', '2025-01-02T00:00:00.000Z-0000-00000000000000bb', '00000000000000bb');
    migrateTo(db, file, 11);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['change_log_cell', 'change_log_device_hlc']);
    expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(2);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM change_log WHERE device_id = ? AND hlc > ?").all('x', 'y') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/change_log_device_hlc \(device_id=\? AND hlc>\?\)/);
    db.close();
  });
});
