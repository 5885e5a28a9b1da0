/**
 * Fuzz: mutated sync packs through sync.import, as the UI calls it, each into a fresh copy of the same receiving
 * book. A third have damaged bytes (plain and encrypted packs), a third a mutated body text re-packed with a valid
 * checksum (so the parser and validation see it), a third a body with hostile values put in (seeded).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { generateDemoBook } from '../demo/demo-book';
import { PACK_FILE_VERSION, PACK_MAGIC } from '../sync/pack-file';
import { addPeer } from '../sync/peers';
import { tempCore, tempDir } from '../sync/sync-test-kit';
import { callChannel, expectSafe, FUZZ_SEED, mutate, mutationPlans, tally, type Outcome } from './fuzz-kit';

const DAMAGED = 20;
const MUTATED_TEXT = 20;
const HOSTILE_VALUES = 20;

const now = () => new Date('2026-12-05T10:00:00Z');
const PASSPHRASE = 'fuzz-pass-1';
let dir: string;
let receiverTemplate: string;
let plain: Buffer;
let encrypted: Buffer;
const opened: Core[] = [];

beforeAll(async () => {
  dir = tempDir('tierdesk-pack-fuzz-');
  const sender = tempCore(dir, 'sender', { now });
  opened.push(sender);
  generateDemoBook(sender, { customers: 12, seed: 3, endDate: '2026-11-30' });
  plain = fs.readFileSync(((await callChannel(sender, 'sync.export', { file: path.join(dir, 'plain.tdsync') })) as { file: string }).file);
  encrypted = fs.readFileSync(((await callChannel(sender, 'sync.export', { file: path.join(dir, 'secret.tdsync'), passphrase: PASSPHRASE })) as { file: string }).file);
  const receiver = tempCore(dir, 'receiver-template', { now });
  // the receiving book has accepted the sender as its manager, so packs reach the checks past the sender's
  addPeer(receiver, { deviceId: sender.clock.deviceId, name: 'sender', role: 'manager' });
  receiver.close();
  receiverTemplate = path.join(dir, 'receiver-template.db');
});
afterAll(() => opened.forEach((c) => c.close()));

/** A fresh receiving book (a copy of the same empty one). */
function receiver(name: string): Core {
  const file = path.join(dir, `${name}.db`);
  fs.copyFileSync(receiverTemplate, file);
  const core = openCore(file, { backup: false, now });
  opened.push(core);
  return core;
}

/** A plain pack file around a body text: valid gzip and checksum, whatever the text says. */
function repack(body: Buffer): Buffer {
  const head = Buffer.concat([PACK_MAGIC, Buffer.from([PACK_FILE_VERSION, 0]), gzipSync(body)]);
  return Buffer.concat([head, createHash('sha256').update(head).digest()]);
}

const bodyOf = (pack: Buffer) => gunzipSync(pack.subarray(8, pack.length - 32));

const deep = (depth: number): unknown => Array.from({ length: depth }).reduce((inner) => [inner], 0);
/** Stands for an array nested 20,000 deep, spliced into the text (JSON.stringify cannot write one). */
const VERY_DEEP = '@@very-deep@@';
const hostileValue = fc.constantFrom<unknown>(
  null, 0, -1, 1e308, '', true, [], {}, 'x'.repeat(100_000), '0000000000000000', 'zzzz', '9999999999999-0000-ffffffffffffffff',
  'sqlite_master', '__proto__', { __proto__: { polluted: true } }, deep(50), VERY_DEEP,
);
const hostileEdit = fc.record({
  target: fc.constantFrom('format', 'version', 'from', 'to', 'role', 'createdHlc', 'vector', 'changes', 'table', 'rowId', 'column', 'value', 'hlc', 'duplicate'),
  index: fc.nat(),
  value: hostileValue,
  remove: fc.boolean(),
});

interface Edit {
  target: string;
  index: number;
  value: unknown;
  remove: boolean;
}

/** The body with the edits put in: a top-level field or a field of one change replaced or removed, or changes duplicated. */
function edited(body: Record<string, unknown>, edits: Edit[]): Buffer {
  const pack = structuredClone(body) as Record<string, unknown> & { changes: Record<string, unknown>[] };
  for (const e of edits) {
    const changes = Array.isArray(pack.changes) ? pack.changes : [];
    if (e.target === 'duplicate' && changes.length) pack.changes = [...changes, ...Array.from({ length: 500 }, () => changes[e.index % changes.length])];
    else if (['table', 'rowId', 'column', 'value', 'hlc'].includes(e.target) && changes.length) {
      const change = changes[e.index % changes.length];
      if (typeof change === 'object' && change !== null) {
        if (e.remove) delete change[e.target];
        else change[e.target] = e.value;
      }
    } else if (e.remove) delete pack[e.target];
    else pack[e.target] = e.value;
  }
  const text = JSON.stringify(pack).replaceAll(JSON.stringify(VERY_DEEP), `${'['.repeat(20_000)}0${']'.repeat(20_000)}`);
  return Buffer.from(text, 'utf8');
}

it(`${DAMAGED + MUTATED_TEXT + HOSTILE_VALUES} mutated sync packs (${DAMAGED} damaged, ${MUTATED_TEXT} mutated body texts, ${HOSTILE_VALUES} hostile values) import or are refused clearly, the book unchanged`, async () => {
  const outcomes: Outcome[] = [];
  const attempt = async (label: string, bytes: Buffer, passphrase?: string) => {
    const core = receiver(label.replace(/\W+/g, '-'));
    const file = path.join(dir, `${label.replace(/\W+/g, '-')}.tdsync`);
    fs.writeFileSync(file, bytes);
    outcomes.push(await expectSafe(core, label, () => callChannel(core, 'sync.import', { file, passphrase }), ['bad_pack', 'bad_file']));
    core.close();
    opened.splice(opened.indexOf(core), 1);
  };
  for (const [i, plan] of mutationPlans(DAMAGED, FUZZ_SEED + 3).entries()) {
    const secret = i % 3 === 2;
    await attempt(`pack damaged ${i} ${secret ? 'encrypted' : 'plain'}`, mutate(secret ? encrypted : plain, plan), secret ? PASSPHRASE : undefined);
  }
  const body = bodyOf(plain);
  for (const [i, plan] of mutationPlans(MUTATED_TEXT, FUZZ_SEED + 4).entries()) {
    await attempt(`pack text ${i}`, repack(mutate(body, plan)));
  }
  const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  for (const [i, edits] of fc.sample(fc.array(hostileEdit, { minLength: 1, maxLength: 3 }), { seed: FUZZ_SEED + 5, numRuns: HOSTILE_VALUES }).entries()) {
    await attempt(`pack values ${i} ${edits.map((e) => e.target).join(' ')}`, repack(edited(parsed, edits)));
  }
  const counts = tally(outcomes);
  if (process.env.TIERDESK_FUZZ_SEED) console.log('pack fuzz', counts);
  expect(outcomes).toHaveLength(DAMAGED + MUTATED_TEXT + HOSTILE_VALUES);
  expect(counts.bad_pack, JSON.stringify(counts)).toBeGreaterThan(0);
  // what the seed may not draw: a change's value nested 20,000 deep (it overflowed the validation's stack once)
  await attempt('pack value nested 20000 deep', repack(edited(parsed, [{ target: 'value', index: 0, value: VERY_DEEP, remove: false }])));
  expect(outcomes.at(-1)).toBe('bad_pack');
  // the intact pack imports: the receiving books were able to take it
  await attempt('pack intact', plain);
  expect(outcomes.at(-1)).toBe('imported');
});
