/**
 * kill -9: the real CLI (`node bin/tierdesk.js`) is killed with SIGKILL while it imports orders, rates the book,
 * imports a sync pack, writes the tier report and migrates an older book. Each job is run once uninterrupted
 * (its duration spreads the kill points; its result is the "after" state), then again from the same starting
 * book for each kill point. After every kill the book must reopen with `integrity_check` = ok and hold exactly
 * the state before or after the interrupted transaction (a migration runs one transaction per step, so a
 * book killed between steps 9 and 10 is at step 9); backups and the report are never left half-written under
 * their own names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAt, migrateTo } from '../../migrations/migration-test-kit';
import { openCore } from '../core/core';
import { generateDemoBook } from '../core/demo/demo-book';
import { dispatch } from '../core/dispatch';
import { resolveModel, runnableVersionId } from '../core/models/model-resolve';
import { exportPack } from '../core/sync/export-pack';
import { addPeer } from '../core/sync/peers';
import { addCustomer } from '../core/sync/sync-test-kit';
import { backupsDir, listBackups } from '../core/backups/backup-files';
import { type Anchor, bookDigest, copyBook, isCompleteZip, runCli } from './kill-nine-kit';

const NOW = () => new Date('2026-12-01T09:00:00Z');
const AS_OF = '2026-11-30';

interface Scenario {
  name: string;
  /** the book the job starts from (closed, one file) */
  start: string;
  args: (book: string) => string[];
  kills: number;
  /** states a kill may also leave (a migration between its steps) */
  between?: string[];
  /** the report file the job writes */
  out?: string;
  /** when the job starts (default: its first progress line on stderr) */
  anchor?: (book: string) => Anchor;
}

let dir: string;
const scenarios: Scenario[] = [];
const KILLS = { import: 5, score: 5, sync: 5, report: 4, migration: 6 };
const TOTAL = Object.values(KILLS).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-kill9-'));
  // a rated demo book: 2,000 customers, ~40,000 orders
  const base = path.join(dir, 'base.db');
  const core = openCore(base, { now: NOW, actor: 'manager' });
  generateDemoBook(core, { customers: 2000, seed: 7, endDate: AS_OF });
  const versionId = runnableVersionId(resolveModel(core, 'seed'));
  const rated = await dispatch({ core, progress: () => {}, cancelled: () => false }, 'ratings.run', { versionId, asOf: AS_OF });
  expect(rated.ok).toBe(true);
  const pack = path.join(dir, 'manager.tdsync');
  exportPack(core, { peerDeviceId: null, file: pack });
  const managerId = core.clock.deviceId;
  core.close();

  // 50,000 more orders of the book's customers
  const csv = path.join(dir, 'orders.csv');
  const lines = ['order_no,customer_code,order_date,amount,category'];
  for (let i = 0; i < 50_000; i++) {
    const code = `C${String((i % 2000) + 1).padStart(6, '0')}`;
    lines.push(`K9-${i},${code},2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${(i % 500) + 20}.00,kind ${i % 9}`);
  }
  fs.writeFileSync(csv, lines.join('\n'));

  // a rep's install that holds a customer of its own and has accepted the manager
  const receiver = path.join(dir, 'receiver.db');
  const rep = openCore(receiver, { now: NOW, actor: 'rep' });
  addCustomer(rep, 'OWN-1');
  addPeer(rep, { deviceId: managerId, name: 'HQ', role: 'manager' });
  rep.close();

  // a book at schema 8 (before orders were keyed by customer_key) with 2,000 customers and 120,000 orders
  const old = bookAt(8);
  old.db.exec(`
    INSERT INTO settings (key, value_json) VALUES ('sync.deviceId', '"0123456789abcdef"');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO customers (id, code, name, created_at, updated_at)
      SELECT printf('c-%05d', i), printf('OLD%05d', i), 'Customer ' || i, '2024-01-01', 'h' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000)
      INSERT INTO orders (source, external_no, customer_id, order_date, amount, updated_at)
      SELECT 'erp', 'E' || i, printf('c-%05d', (i % 2000) + 1), date('2024-01-01', '+' || (i % 700) || ' days'), 100 + i % 900, 'h' FROM n;
  `);
  old.db.close();
  const at9 = path.join(dir, 'at9.db');
  copyBook(old.file, at9);
  const step9 = new Database(at9);
  migrateTo(step9, at9, 9);
  step9.close();

  scenarios.push(
    { name: 'import', start: base, args: (b) => ['--db', b, 'import', 'orders', csv, '--json'], kills: KILLS.import },
    { name: 'score', start: base, args: (b) => ['--db', b, 'score', '--as-of', AS_OF, '--json'], kills: KILLS.score },
    {
      name: 'sync',
      start: receiver,
      args: (b) => ['--db', b, 'sync', 'import', pack, '--json'],
      // it starts with the backup of the (non-empty) book, into the backups folder it creates
      anchor: (b) => ({ path: path.join(path.dirname(b), 'book-backups') }),
      kills: KILLS.sync,
    },
    { name: 'report', start: base, out: path.join(dir, 'report.xlsx'), args: (b) => ['--db', b, 'export', 'report', '--out', path.join(dir, 'report.xlsx'), '--lang', 'en', '--json'], kills: KILLS.report },
    {
      name: 'migration',
      start: old.file,
      between: [bookDigest(at9).digest],
      args: (b) => ['--db', b, 'summary', '--as-of', AS_OF, '--json'],
      // the first thing a migration does is the backup, into the backups folder it creates
      anchor: (b) => ({ path: path.join(path.dirname(b), 'book-backups') }),
      kills: KILLS.migration,
    },
  );
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the starting book, with no backups or report left by an earlier run. */
function prepare(s: Scenario): string {
  const book = path.join(dir, 'work', s.name, 'book.db');
  fs.rmSync(path.dirname(book), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(book), { recursive: true });
  copyBook(s.start, book);
  if (s.out) fs.rmSync(s.out, { force: true });
  return book;
}

/** Nothing half-written under a final name: every listed backup is a whole database, the report a whole zip. */
function assertNoHalfFiles(s: Scenario, book: string) {
  for (const backup of listBackups(backupsDir(book))) {
    const db = new Database(backup.file, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  }
  if (s.out && fs.existsSync(s.out)) expect(isCompleteZip(s.out)).toBe(true);
}

describe('kill -9', () => {
  it(`leaves every book whole and before or after the interrupted transaction, at ${TOTAL} kill points (≥ 20 landed) over an import, a rating run, a sync import, a report export and a migration`, async () => {
    const figures: string[] = [];
    let landed = 0;
    const digests = new Map<string, string>();
    for (const s of scenarios) {
      const anchor = (book: string) => s.anchor?.(book) ?? { stderr: true as const };
      const before = digests.get(s.start) ?? bookDigest(s.start).digest;
      digests.set(s.start, before);
      const book = prepare(s);
      const reference = await runCli(s.args(book), anchor(book));
      expect(reference.status, `${s.name}: ${reference.stderr}`).toBe(0);
      expect(reference.anchorMs, `${s.name} shows when it starts`).not.toBeNull();
      const after = bookDigest(book).digest;
      if (s.name !== 'report') expect(after, `${s.name} changes the book`).not.toBe(before);
      const allowed = new Map([[before, 'before'], ...(s.between ?? []).map((d) => [d, 'between'] as const), [after, after === before ? 'unchanged' : 'after']]);

      // kill points spread over the job (from its anchor to its end in the uninterrupted run)
      const step = (0.75 * (reference.ms - (reference.anchorMs ?? 0))) / s.kills;
      const seen: string[] = [];
      for (let k = 0; k < s.kills; k++) {
        const killAt = Math.round((k + 0.5) * step);
        const target = prepare(s);
        const run = await runCli(s.args(target), anchor(target), killAt);
        if (run.killed) landed++;
        else expect(run.status, `${s.name} at +${killAt} ms: ${run.stderr}`).toBe(0);
        const { digest, integrity } = bookDigest(target);
        expect(integrity, `${s.name} killed at +${killAt} ms`).toBe('ok');
        expect(allowed.has(digest), `${s.name} killed at +${killAt} ms: neither before nor after`).toBe(true);
        assertNoHalfFiles(s, target);
        seen.push(`+${killAt}ms:${run.killed ? allowed.get(digest) : 'exited'}`);
      }
      figures.push(`${s.name} (job ${Math.round(reference.ms - (reference.anchorMs ?? 0))} ms of ${Math.round(reference.ms)}): ${seen.join(' ')}`);
    }
    console.log(`kill -9: ${landed} of ${TOTAL} kills landed\n  ${figures.join('\n  ')}`);
    expect(landed).toBeGreaterThanOrEqual(20);
  }, 240_000);
});
