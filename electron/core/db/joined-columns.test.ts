import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinedColumns } from './joined-columns';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-joined-columns-'));
const db = new Database(path.join(dir, 't.db'));
db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT, note TEXT, n REAL)`);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('joinedColumns', () => {
  it('reads rows as text columns, NULL as empty text', () => {
    db.exec(`DELETE FROM t; INSERT INTO t (code, note, n) VALUES ('A', NULL, 1.5), ('B', '客户,乙', NULL), ('', 'x', -2)`);
    expect(joinedColumns(db, ['code', 'note', 'n'], 'FROM t WHERE id > ? ORDER BY id', [0])).toEqual([
      ['A', 'B', ''],
      ['', '客户,乙', 'x'],
      ['1.5', '', '-2.0'],
    ]);
  });

  it('is exact when a value holds the separator itself', () => {
    db.exec(`DELETE FROM t; INSERT INTO t (code, note) VALUES ('A' || char(31) || 'B', 'x'), ('C', 'y' || char(31))`);
    expect(joinedColumns(db, ['code', 'note'], 'FROM t ORDER BY id', [])).toEqual([
      ['A\u001fB', 'C'],
      ['x', 'y\u001f'],
    ]);
  });

  it('gives empty columns for no rows', () => {
    db.exec('DELETE FROM t');
    expect(joinedColumns(db, ['code', 'note'], 'FROM t', [])).toEqual([[], []]);
  });
});
