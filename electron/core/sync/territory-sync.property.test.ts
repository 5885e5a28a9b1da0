/**
 * One manager and two reps (each its own SQLite file and device id) edit one book offline through the row
 * writer while the manager moves customers between the reps, and packs travel in random orders — late,
 * twice, or never. After two final rounds every rep holds exactly its territory (no customer of the other rep),
 * row for row as the manager has it, and the shared tables equal the manager's; and every forged pack changes
 * nothing anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import type { SyncedTable } from '../db/schema';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';
import { decodePackFile, encodePackFile } from './pack-file';
import { addPeer } from './peers';
import { writeSyncRole } from './sync-role';
import { cellColumns } from './sync-scope';
import { dumpAll, tempCore, tempDir } from './sync-test-kit';
import { ROW_OWNERSHIP, SHARED_TABLES } from './territory';

type Op =
  | { kind: 'edit'; who: number; action: number; pick: number }
  | { kind: 'export'; rep: number; toRep: boolean }
  | { kind: 'import'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(2), action: fc.nat(8), pick: fc.nat(7) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('export' as const), rep: fc.nat(1), toRep: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('import' as const), pick: fc.nat(50) }) },
);

interface World {
  dir: string;
  manager: Core;
  reps: Core[];
  /** the rep records on the manager's book, one per rep install */
  repIds: string[];
  packs: { file: string; to: Core }[];
}

function ids(core: Core, sql: string, ...params: unknown[]): string[] {
  return core.store.sqlite.prepare(sql).pluck().all(...params) as string[];
}

function setUp(): World {
  const dir = tempDir('tierdesk-territory-');
  const manager = tempCore(dir, 'manager');
  const reps = [tempCore(dir, 'rep1'), tempCore(dir, 'rep2')];
  const repIds = ['Li', 'Wang'].map((name) => manager.store.tx(() => manager.rows.insert('reps', { name, created_at: 't' })));
  reps.forEach((rep, i) => {
    writeSyncRole(rep, 'rep');
    addPeer(manager, { deviceId: rep.clock.deviceId, name: `rep ${i}`, role: 'rep', rep: repIds[i] });
    addPeer(rep, { deviceId: manager.clock.deviceId, name: 'manager', role: 'manager' });
  });
  return { dir, manager, reps, repIds, packs: [] };
}

function send(world: World, from: Core, to: Core) {
  const file = path.join(world.dir, `p${world.packs.length}.tdsync`);
  exportPack(from, { peerDeviceId: to.clock.deviceId, file });
  world.packs.push({ file, to });
  return world.packs[world.packs.length - 1];
}

function receive(pack: { file: string; to: Core }) {
  const before = dumpAll(pack.to);
  try {
    importPack(pack.to, pack.file);
  } catch (error) {
    // the only refusal a correct exchange meets: a pack seen before, or older than one seen
    if (!(error instanceof AppError) || error.details?.reason !== 'pack_replayed') throw error;
    expect(dumpAll(pack.to)).toEqual(before);
  }
}

function managerEdit(world: World, action: number, pick: number, tag: string) {
  const { manager: core, repIds } = world;
  const owner = [repIds[0], repIds[1], null][pick % 3];
  const customers = ids(core, 'SELECT id FROM customers ORDER BY id');
  const customer = customers.length ? customers[pick % customers.length] : null;
  const visits = ids(core, 'SELECT id FROM visits ORDER BY id');
  core.store.tx(() => {
    if (action === 0 || !customer) core.rows.insert('customers', { code: `M-${tag}`, name: `name ${tag}`, owner_rep_id: owner, created_at: tag, contact_phone: '13800000000' });
    else if (action === 1) core.rows.update('customers', customer, [{ name: `name ${tag}` }, { city: `city ${tag}` }][pick % 2]);
    else if (action === 2) core.rows.update('customers', customer, { owner_rep_id: owner });
    else if (action === 3) core.rows.update('customers', customer, { deleted: pick % 3 === 0 ? 0 : 1 });
    else if (action === 4) core.rows.insert('visits', { customer_id: customer, outcome: 'positive', note: `m ${tag}`, created_at: tag });
    else if (action === 5 && visits.length) core.rows.update('visits', visits[pick % visits.length], { note: `m ${tag}` });
    else if (action === 6) core.rows.insert('assessments', { customer_id: customer, assessed_on: '2025-01-01', satisfaction: 1 + (pick % 5), created_at: tag });
    else if (action === 7) core.rows.insert('models', { name: `model ${tag}`, created_at: tag });
    else core.rows.update('reps', repIds[pick % 2], { region: `region ${tag}` });
  });
}

/** A rep edits only what its install shows as its own customers. */
function repEdit(world: World, who: number, action: number, pick: number, tag: string) {
  const core = world.reps[who];
  const mine = ids(core, 'SELECT id FROM customers WHERE owner_rep_id = ? ORDER BY id', world.repIds[who]);
  const customer = mine.length ? mine[pick % mine.length] : null;
  const visits = customer ? ids(core, 'SELECT v.id FROM visits v JOIN customers c ON c.id = v.customer_id WHERE c.owner_rep_id = ? ORDER BY v.id', world.repIds[who]) : [];
  core.store.tx(() => {
    if (action % 5 === 0 || !customer) core.rows.insert('customers', { code: `R${who}-${tag}`, name: `rep name ${tag}`, owner_rep_id: world.repIds[who], created_at: tag });
    else if (action % 5 === 1) core.rows.update('customers', customer, [{ name: `rep name ${tag}` }, { city: `rep city ${tag}` }, { contact_phone: '13900000000' }][pick % 3]);
    else if (action % 5 === 2) core.rows.insert('visits', { customer_id: customer, rep_id: world.repIds[who], done_date: '2025-02-01', outcome: 'order', note: `r ${tag}`, created_at: tag });
    else if (action % 5 === 3 && visits.length) core.rows.update('visits', visits[pick % visits.length], { note: `r ${tag}` });
    else core.rows.insert('assessments', { customer_id: customer, assessed_on: '2025-02-02', satisfaction: 1 + (pick % 5), created_at: tag });
  });
}

/** The rows of a table as synced (id, updated_at, cells), limited to some ids. */
function rows(core: Core, table: SyncedTable, only?: ReadonlySet<string>) {
  const columns = ['id', 'updated_at', ...cellColumns(core.store, table)].map((c) => `"${c}"`).join(', ');
  const all = core.store.sqlite.prepare(`SELECT ${columns} FROM ${table} ORDER BY id`).all() as { id: string }[];
  return only ? all.filter((r) => only.has(r.id)) : all;
}

/** The manager's rows of a rep's territory, table by table. */
function territoryOf(world: World, who: number): Record<string, unknown[]> {
  const m = world.manager;
  const customers = new Set(ids(m, 'SELECT id FROM customers WHERE owner_rep_id = ?', world.repIds[who]));
  const out: Record<string, unknown[]> = {};
  for (const [table, rule] of Object.entries(ROW_OWNERSHIP) as [SyncedTable, (typeof ROW_OWNERSHIP)[SyncedTable]][]) {
    if (rule.kind === 'shared') out[table] = rows(m, table);
    else if (rule.kind === 'customer') {
      const column = rule.column;
      const mine = new Set(ids(m, `SELECT id FROM ${table}`).filter((id) => customers.has(column === 'id' ? id : (m.store.sqlite.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string))));
      out[table] = rows(m, table, mine);
    } else out[table] = rows(m, table, new Set(ids(m, `SELECT id FROM ${table} WHERE ${rule.column} = ? OR ${rule.column} IS NULL`, world.repIds[who])));
  }
  return out;
}

function everything(core: Core): Record<string, unknown[]> {
  return Object.fromEntries((Object.keys(ROW_OWNERSHIP) as SyncedTable[]).map((t) => [t, rows(core, t)]));
}

function run(ops: Op[]) {
  const world = setUp();
  const { manager, reps } = world;
  try {
    for (let i = 0; i < 8; i++) managerEdit(world, [0, 0, 0, 4, 6, 7][i % 6], i, `seed-${i}`);
    reps.forEach((rep) => receive(send(world, manager, rep)));
    let counter = 0;
    for (const op of ops) {
      if (op.kind === 'edit' && op.who === 0) managerEdit(world, op.action, op.pick, `m-${counter++}`);
      else if (op.kind === 'edit') repEdit(world, op.who - 1, op.action, op.pick, `r-${counter++}`);
      else if (op.kind === 'export') send(world, op.toRep ? manager : reps[op.rep], op.toRep ? reps[op.rep] : manager);
      else if (world.packs.length) receive(world.packs[op.pick % world.packs.length]);
    }
    for (let round = 0; round < 2; round++) {
      for (const rep of reps) receive(send(world, rep, manager));
      for (const rep of reps) receive(send(world, manager, rep));
    }
    reps.forEach((rep, who) => {
      const expected = territoryOf(world, who);
      expect(everything(rep)).toEqual(expected);
      const other = new Set(ids(manager, 'SELECT id FROM customers WHERE owner_rep_id IS NOT ?', world.repIds[who]));
      expect(ids(rep, 'SELECT id FROM customers').filter((id) => other.has(id))).toEqual([]);
    });
    fs.rmSync(world.dir, { recursive: true, force: true });
  } finally {
    [manager, ...reps].forEach((c) => c.close());
  }
}

/** The manager moves a customer from rep 1 to rep 2 while rep 1, offline, logs a visit for it. */
const MOVED_WHILE_OFFLINE: Op[] = [
  { kind: 'edit', who: 1, action: 2, pick: 0 },
  { kind: 'edit', who: 0, action: 2, pick: 1 },
  { kind: 'edit', who: 0, action: 2, pick: 0 },
  { kind: 'export', rep: 0, toRep: true },
  { kind: 'export', rep: 1, toRep: true },
  { kind: 'import', pick: 2 },
  { kind: 'import', pick: 3 },
];

describe('a manager and two reps with changing territories', () => {
  it('converge: each rep holds exactly its territory as the manager has it, whatever the order of packs', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 10, maxLength: 50 }), (ops) => run(ops)), { numRuns: 20, examples: [[MOVED_WHILE_OFFLINE]] });
  });

  it('a visit logged offline on a customer that had moved, then edited again after the customer came back, reaches the manager', () => {
    const world = setUp();
    const { manager, reps, repIds } = world;
    try {
      const moved = manager.store.tx(() => manager.rows.insert('customers', { code: 'X-1', name: 'moves', owner_rep_id: repIds[0], created_at: 't' }));
      const kept = manager.store.tx(() => manager.rows.insert('customers', { code: 'K-1', name: 'stays', owner_rep_id: repIds[0], created_at: 't' }));
      receive(send(world, manager, reps[0]));
      manager.store.tx(() => manager.rows.update('customers', moved, { owner_rep_id: repIds[1] }));
      const rep = reps[0];
      const visit = rep.store.tx(() => rep.rows.insert('visits', { customer_id: moved, rep_id: repIds[0], outcome: 'positive', note: 'first', created_at: 't' }));
      rep.store.tx(() => rep.rows.update('customers', kept, { city: 'Ningbo' }));
      receive(send(world, rep, manager));
      expect(manager.store.sqlite.prepare('SELECT note FROM visits WHERE id = ?').pluck().get(visit)).toBe('first');
      // the moved customer leaves the rep … and comes back; the rep edits the visit again
      receive(send(world, manager, rep));
      expect(rep.store.sqlite.prepare('SELECT count(*) FROM visits WHERE id = ?').pluck().get(visit)).toBe(0);
      manager.store.tx(() => manager.rows.update('customers', moved, { owner_rep_id: repIds[0] }));
      receive(send(world, manager, rep));
      rep.store.tx(() => rep.rows.update('visits', visit, { note: 'second' }));
      rep.store.tx(() => rep.rows.update('customers', kept, { city: 'Hangzhou' }));
      receive(send(world, rep, manager));
      expect(manager.store.sqlite.prepare('SELECT note FROM visits WHERE id = ?').pluck().get(visit)).toBe('second');
      expect(manager.store.sqlite.prepare('SELECT city FROM customers WHERE id = ?').pluck().get(kept)).toBe('Hangzhou');
    } finally {
      [manager, ...reps].forEach((c) => c.close());
    }
  });

  it('every forged pack (role escalation, out-of-scope row, bad cell, a published version flipped back) changes nothing', () => {
    const world = setUp();
    const { manager, reps, repIds } = world;
    try {
      const theirs = manager.store.tx(() => manager.rows.insert('customers', { code: 'W-1', name: 'Wang’s', owner_rep_id: repIds[1], created_at: 't' }));
      const mine = manager.store.tx(() => manager.rows.insert('customers', { code: 'L-1', name: 'Li’s', owner_rep_id: repIds[0], created_at: 't' }));
      const modelId = manager.store.tx(() => manager.rows.insert('models', { name: 'M', created_at: 't' }));
      const versionId = manager.store.tx(() =>
        manager.rows.insert('model_versions', { model_id: modelId, version: 1, status: 'published', definition: '{}', created_at: 't' }),
      );
      receive(send(world, manager, reps[0]));
      const rep = reps[0];
      // a genuine rep pack, then forged variants of it
      rep.store.tx(() => rep.rows.update('customers', mine, { city: 'Ningbo' }));
      const genuine = decodePackFile(fs.readFileSync(send(world, rep, manager).file));
      const hlc = genuine.changes[0].hlc;
      const cell = (table: string, rowId: string, column: string, value: unknown) => ({ table, rowId, column, value, hlc });
      const forgeries = {
        'role escalation: a rep claims to be a manager and edits a model': { ...genuine, role: 'manager' as const, changes: [cell('models', modelId, 'name', 'Hacked')] },
        'out of scope: another rep’s customer': { ...genuine, changes: [cell('customers', theirs, 'city', 'Taken')] },
        'taking a customer': { ...genuine, changes: [cell('customers', theirs, 'owner_rep_id', repIds[0])] },
        'giving a customer away': { ...genuine, changes: [cell('customers', mine, 'owner_rep_id', repIds[1])] },
        'a bad cell: tags that are not JSON': { ...genuine, changes: [cell('customers', mine, 'tags', 'not json')] },
        'orders from a rep': { ...genuine, orders: { customers: [mine], customer: [0], source: ['x'], externalNo: ['1'], date: ['2025-01-01'], kind: ['sale' as const], amount: [100], cost: [null], quantity: [null], category: [null], lineCount: [1] } },
        'a published version flipped back to draft': { ...genuine, changes: [cell('model_versions', versionId, 'status', 'draft')] },
      };
      for (const [name, forged] of Object.entries(forgeries)) {
        const before = dumpAll(manager);
        const file = path.join(world.dir, 'forged.tdsync');
        fs.writeFileSync(file, encodePackFile(forged));
        let refusal: unknown;
        try {
          importPack(manager, file);
        } catch (error) {
          refusal = error;
        }
        expect(refusal, name).toBeInstanceOf(AppError);
        expect((refusal as AppError).details, name).toMatchObject({ reason: 'pack_not_allowed', from: rep.clock.deviceId, role: 'rep' });
        expect(dumpAll(manager), name).toEqual(before);
      }
      // a manager's published version is immutable even in a manager's pack
      const flip = decodePackFile(fs.readFileSync(send(world, manager, reps[0]).file));
      const before = dumpAll(rep);
      const file = path.join(world.dir, 'flip.tdsync');
      fs.writeFileSync(file, encodePackFile({ ...flip, changes: [...flip.changes, { table: 'model_versions', rowId: versionId, column: 'status', value: 'draft', hlc: flip.createdHlc }] }));
      expect(() => importPack(rep, file)).toThrow(/cannot be changed|Cannot write/);
      expect(dumpAll(rep)).toEqual(before);
      // the genuine pack still imports
      const ok = path.join(world.dir, 'genuine.tdsync');
      fs.writeFileSync(ok, encodePackFile(genuine));
      importPack(manager, ok);
      expect(manager.store.sqlite.prepare('SELECT city FROM customers WHERE id = ?').pluck().get(mine)).toBe('Ningbo');
      expect(SHARED_TABLES).toContain('models');
    } finally {
      [manager, ...reps].forEach((c) => c.close());
    }
  });
});
