/** Every damaged, foreign or replayed pack is refused with AppError('bad_pack') and leaves the book unchanged. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { createPack, encodePackBody, formatHlc } from '../../../shared/sync';
import type { Core } from '../core';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';
import { decodePackFile, encodePackFile } from './pack-file';
import { addPeer } from './peers';
import { addCustomer, dumpAll, tempCore, tempDir } from './sync-test-kit';

let dir: string;
let sender: Core;
let receiver: Core;
let plain: Buffer;
let encrypted: Buffer;
let before: Record<string, unknown[]>;

beforeAll(() => {
  dir = tempDir('tierdesk-faults-');
  sender = tempCore(dir, 'sender');
  receiver = tempCore(dir, 'receiver');
  const id = addCustomer(sender, 'F-1', { city: 'Ningbo', contact_phone: '13900000000' });
  sender.store.tx(() => sender.rows.insert('visits', { customer_id: id, outcome: 'positive', created_at: 'x' }));
  addCustomer(receiver, 'R-1'); // the receiver has a book of its own that must survive untouched
  addPeer(receiver, { deviceId: sender.clock.deviceId, name: 'Head office', role: 'manager' });
  exportPack(sender, { peerDeviceId: null, file: path.join(dir, 'plain.tdsync') });
  exportPack(sender, { peerDeviceId: null, file: path.join(dir, 'secret.tdsync'), passphrase: 'right', scryptLogN: 10 });
  plain = fs.readFileSync(path.join(dir, 'plain.tdsync'));
  encrypted = fs.readFileSync(path.join(dir, 'secret.tdsync'));
  before = dumpAll(receiver);
});
afterAll(() => {
  sender.close();
  receiver.close();
});

function refusal(bytes: Buffer, passphrase?: string): AppError {
  const file = path.join(dir, 'attempt.tdsync');
  fs.writeFileSync(file, bytes);
  try {
    importPack(receiver, file, { passphrase });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the pack was accepted');
}

function withChecksum(body: Buffer): Buffer {
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

describe('damaged packs change nothing', () => {
  it('the pack is small enough to cut at every byte', () => {
    expect(plain.length).toBeGreaterThan(100);
    expect(plain.length).toBeLessThan(4000);
  });

  it('a pack cut at every byte offset is refused', () => {
    for (let cut = 0; cut < plain.length; cut++) {
      expect(refusal(plain.subarray(0, cut)).code).toBe('bad_pack');
    }
    for (let cut = 0; cut < encrypted.length; cut += 7) {
      expect(refusal(encrypted.subarray(0, cut), 'right').code).toBe('bad_pack');
    }
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('a flipped bit at any byte offset is refused', () => {
    for (const [bytes, passphrase] of [[plain, undefined], [encrypted, 'right']] as const) {
      for (let at = 0; at < bytes.length; at += 3) {
        const copy = Buffer.from(bytes);
        copy[at] ^= 1 << at % 8;
        expect(refusal(copy, passphrase).code).toBe('bad_pack');
      }
    }
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('a tampered payload with a tampered checksum is refused (encrypted: by the GCM tag)', () => {
    const copy = Buffer.from(encrypted);
    copy[copy.length - 40] ^= 0xff;
    const forged = withChecksum(copy.subarray(0, copy.length - 32));
    expect(refusal(forged, 'right').details?.reason).toBe('pack_passphrase_wrong');
    const badSum = Buffer.from(plain);
    badSum[badSum.length - 1] ^= 0x55;
    expect(refusal(badSum).message).toMatch(/damaged/);
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('a pack from a newer TierDesk is refused with a clear message (file format and body format)', () => {
    const newerFile = Buffer.from(plain.subarray(0, plain.length - 32));
    newerFile[6] = 2;
    expect(refusal(withChecksum(newerFile)).message).toMatch(/newer TierDesk/);
    const body = JSON.parse(encodePackBody(decodePackFile(plain))) as Record<string, unknown>;
    const newerBody = Buffer.concat([Buffer.from('TDSYNC'), Buffer.from([1, 0]), gzipSync(JSON.stringify({ ...body, version: 3 }))]);
    const error = refusal(withChecksum(newerBody));
    expect(error.message).toMatch(/newer TierDesk/);
    expect(error.bilingual.zh).toMatch(/更新版本/);
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('a wrong or missing passphrase is refused', () => {
    expect(refusal(encrypted, 'wrong').details?.reason).toBe('pack_passphrase_wrong');
    expect(refusal(encrypted).details?.reason).toBe('pack_passphrase_needed');
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('a pack for another device, an own pack, a pack from the far future and unknown columns are refused', () => {
    const pack = decodePackFile(plain);
    const other = { ...pack, to: 'ffffffffffffffff' };
    expect(refusal(encodePackFile(other)).details?.reason).toBe('pack_foreign');
    expect(refusal(encodePackFile({ ...pack, from: receiver.clock.deviceId, createdHlc: receiverHlc(receiver.now().getTime()) })).details?.reason).toBe(
      'pack_own',
    );
    const future = formatHlc({ millis: receiver.now().getTime() + 3600_000, counter: 0, node: pack.from });
    const ahead = createPack({ ...pack, createdHlc: future, vector: { [pack.from]: future } });
    expect(refusal(encodePackFile(ahead)).message).toMatch(/ahead/);
    const unknown = { ...pack, changes: [{ ...pack.changes[0], column: 'secret_column' }] };
    expect(refusal(encodePackFile(unknown)).details?.reason).toBe('pack_unknown_cell');
    expect(refusal(Buffer.from('PK\u0003\u0004 not a pack at all')).details?.reason).toBe('pack_format');
    expect(dumpAll(receiver)).toEqual(before);
  });

  it('an intact pack still imports after all that, once, and a replay is refused without changes', () => {
    const file = path.join(dir, 'plain.tdsync');
    expect(importPack(receiver, file).tables.customers).toEqual({ inserted: 1, updated: 0, deleted: 0 });
    const after = dumpAll(receiver);
    expect(() => importPack(receiver, file)).toThrow(/already imported/);
    expect(dumpAll(receiver)).toEqual(after);
  });
});

function receiverHlc(millis: number) {
  return formatHlc({ millis, counter: 0, node: receiver.clock.deviceId });
}
