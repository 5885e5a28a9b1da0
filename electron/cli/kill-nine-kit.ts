/**
 * For the kill -9 test: run the real CLI as a child process, kill it with SIGKILL at a chosen moment, and
 * fingerprint a book's content so the state after a kill can be compared with the states before and after an
 * uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const BIN = path.resolve(import.meta.dirname, '../../bin/tierdesk.js');

export interface ChildRun {
  /** ms from spawn to exit */
  ms: number;
  /** ms from spawn to the anchor: the first output on stderr, or the watched path appearing */
  anchorMs: number | null;
  status: number | null;
  /** the kill reached a running process (false: it had exited before the kill was due) */
  killed: boolean;
  stderr: string;
}

/**
 * When the job itself starts, seen from outside: the CLI's first line of progress on stderr, or (for work that
 * prints nothing, such as a migration on open) a path the job creates first.
 */
export type Anchor = { stderr: true } | { path: string };

/** Runs `tierdesk args…`; with `killAfterMs`, sends SIGKILL that many ms after the anchor if the process still runs. */
export function runCli(args: string[], anchor: Anchor, killAfterMs?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let exited = false;
    let killed = false;
    let anchorMs: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const anchored = () => {
      if (anchorMs !== null) return;
      anchorMs = performance.now() - started;
      if (killAfterMs !== undefined) {
        timer = setTimeout(() => {
          if (!exited) killed = child.kill('SIGKILL');
        }, killAfterMs);
      }
    };
    const poll = 'path' in anchor ? setInterval(() => fs.existsSync(anchor.path) && anchored(), 2) : undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if ('stderr' in anchor) anchored();
    });
    child.on('error', reject);
    child.on('exit', (status, signal) => {
      exited = true;
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ ms: performance.now() - started, anchorMs, status, killed: killed && signal === 'SIGKILL', stderr });
    });
  });
}

/** Copies a closed book (one file, no WAL beside it) to `target`, removing what a previous attempt left there. */
export function copyBook(source: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.copyFileSync(source, target);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z(-[0-9a-z]{4}-[0-9a-f]{16})?/g;

/**
 * A fingerprint of everything in the book: schema version, schema, and every row of every table. What differs
 * between two runs of the same command on the same book is left out: random UUIDs (renamed in order of first
 * appearance), wall-clock times and HLC stamps, and columns that hold a time or a duration (`*_at`, `*_ms`, `hlc`), also
 * where the change log repeats their values.
 * Opens the book read-write so a WAL left by a killed process is recovered, as the app would on open.
 */
export function bookDigest(file: string): { digest: string; integrity: string } {
  const db = new Database(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const hash = createHash('sha256');
    const ids = new Map<string, string>();
    const text = (s: string) =>
      s.replace(UUID, (id) => {
        let named = ids.get(id);
        if (!named) ids.set(id, (named = `uuid#${ids.size}`));
        return named;
      }).replace(ISO_TIME, 'time');
    hash.update(`v${String(db.pragma('user_version', { simple: true }))}\n`);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name")
      .all() as { name: string; sql: string | null }[];
    for (const { name, sql } of tables) hash.update(`${name}:${sql ?? ''}\n`);
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name")
      .pluck()
      .all() as string[];
    for (const table of names) {
      const statement = db.prepare(`SELECT * FROM "${table}"`);
      const columns = statement.columns().map((c) => c.name);
      const volatile = columns.map(isVolatile);
      // the change log holds each cell's value too: a volatile column's value is volatile there
      const cellName = columns.indexOf('column_name');
      const cellValue = columns.indexOf('value_json');
      hash.update(`[${table}]\n`);
      for (const row of statement.raw().iterate() as IterableIterator<unknown[]>) {
        const logged = cellName >= 0 && cellValue >= 0 && isVolatile(String(row[cellName]));
        const cells = row.map((cell, i) => {
          if (volatile[i] || (logged && i === cellValue)) return cell === null ? null : 'volatile';
          if (typeof cell === 'string') return cell.length >= 20 ? text(cell) : cell;
          if (Buffer.isBuffer(cell)) return createHash('sha1').update(cell).digest('hex');
          return cell;
        });
        hash.update(`${JSON.stringify(cells)}\n`);
      }
    }
    return { digest: hash.digest('hex').slice(0, 16), integrity };
  } finally {
    db.close();
  }
}

/** A column that holds a time, a stamp or a duration. */
function isVolatile(column: string): boolean {
  return column.endsWith('_at') || column.endsWith('_ms') || column === 'ms' || column === 'hlc';
}

/** Whether an .xlsx file is whole: a zip ends with its end-of-central-directory record. */
export function isCompleteZip(file: string): boolean {
  const bytes = fs.readFileSync(file);
  return bytes.length > 22 && bytes.readUInt32LE(bytes.length - 22) === 0x06054b50;
}
