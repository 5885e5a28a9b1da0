/** Caps on a sync pack: a file too large is refused before it is read, a gzip bomb before it inflates past the cap. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { decodePackFile, MAX_PACK_BODY_BYTES, MAX_PACK_FILE_BYTES, PACK_FILE_VERSION, PACK_MAGIC } from '../sync/pack-file';
import { addCustomer, dumpAll, tempCore, tempDir } from '../sync/sync-test-kit';

const dir = tempDir('tierdesk-pack-caps-');
const core: Core = tempCore(dir, 'receiver');
addCustomer(core, 'KEEP-1');
afterAll(() => core.close());

/** A pack file, intact by its checksum, whose payload is `zipped` (not encrypted). */
function packFileAround(zipped: Buffer): Buffer {
  const body = Buffer.concat([PACK_MAGIC, Buffer.from([PACK_FILE_VERSION, 0]), zipped]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** A gzip bomb: `mb` gzip members of 1 MB of zeros each (~1 KB apiece), which gunzip inflates one after another. */
function gzipBomb(mb: number): Buffer {
  const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
  return Buffer.concat(Array.from({ length: mb }, () => member));
}

async function refusedImport(file: string) {
  const before = dumpAll(core);
  const result = await dispatch({ core, progress: () => {}, cancelled: () => false }, 'sync.import', { file });
  expect(dumpAll(core)).toEqual(before);
  if (result.ok) throw new Error('the pack was imported');
  return result.error;
}

describe('sync pack caps', () => {
  it('are 256 MB of file and 512 MB inflated', () => {
    expect(MAX_PACK_FILE_BYTES).toBe(256 * 1024 * 1024);
    expect(MAX_PACK_BODY_BYTES).toBe(512 * 1024 * 1024);
  });

  it('refuses a pack file over 256 MB from its size, before reading it, in zh and en', async () => {
    const file = path.join(dir, 'huge.tdsync');
    fs.writeFileSync(file, PACK_MAGIC);
    fs.truncateSync(file, 300 << 20); // sparse: the size without the bytes
    const error = await refusedImport(file);
    expect(error).toMatchObject({ code: 'bad_pack', details: { reason: 'pack_too_large', file, size: 300 << 20 } });
    expect(error.message.en).toBe('The sync pack file is too large (300 MB; the limit is 256 MB): it was not exported by TierDesk. Nothing was changed.');
    expect(error.message.zh).toBe('同步包文件过大（300 MB，上限 256 MB），不是 TierDesk 导出的同步包，未做任何更改。');
  });

  it('refuses a gzip bomb (600 KB inflating to 600 MB) once it passes 512 MB, in zh and en', async () => {
    const file = path.join(dir, 'bomb.tdsync');
    fs.writeFileSync(file, packFileAround(gzipBomb(600)));
    expect(fs.statSync(file).size).toBeLessThan(1 << 20);
    const error = await refusedImport(file);
    expect(error).toMatchObject({ code: 'bad_pack', details: { reason: 'pack_body_too_large', maxBytes: MAX_PACK_BODY_BYTES, file } });
    expect(error.message.en).toMatch(/unpacks to more than 512 MB and was refused while unpacking.*Nothing was changed/);
    expect(error.message.zh).toMatch(/解压后超过 512 MB，已在解压途中拒绝.*未做任何更改/);
  });

  it('applies a lower inflation cap when asked, and still reads a pack within it', () => {
    expect(() => decodePackFile(packFileAround(gzipBomb(3)), { maxBodyBytes: 2 << 20 })).toThrow(expect.objectContaining({ details: { reason: 'pack_body_too_large', maxBytes: 2 << 20 } }));
    expect(() => decodePackFile(packFileAround(gzipBomb(1)), { maxBodyBytes: 2 << 20 })).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'pack_format' }) }));
  });
});
