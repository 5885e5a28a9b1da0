/**
 * The sync pack file: a small binary envelope around the pure pack body of shared/sync.
 *
 *   offset 0  'TDSYNC'            magic (6 bytes)
 *          6  container version   1 byte (PACK_FILE_VERSION)
 *          7  flags               bit 0 = encrypted; other bits reserved (a newer TierDesk)
 *   if encrypted:
 *          8  scrypt log2(N)      1 byte (r = 8, p = 1)
 *          9  salt                16 bytes
 *         25  iv                  12 bytes (AES-256-GCM)
 *         37  auth tag            16 bytes
 *   then      payload             gzip(JSON body), AES-256-GCM-encrypted when flagged
 *   last 32   SHA-256             over every byte before it (header + payload)
 *
 * The checksum catches damage and truncation; the GCM tag (keyed by the passphrase) catches tampering
 * of an encrypted pack and a wrong passphrase. Node's zlib and crypto do the work; nothing home-made.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodePackBody, encodePackBody, type Pack } from '../../../shared/sync';
import { badPack, badPackFrom, damaged } from './pack-errors';

export const PACK_MAGIC = Buffer.from('TDSYNC', 'latin1');
export const PACK_FILE_VERSION = 1;
export const PACK_FILE_EXTENSION = '.tdsync';

const FLAG_ENCRYPTED = 0b1;
const HEADER = 8;
const CRYPTO_HEADER = 1 + 16 + 12 + 16;
const CHECKSUM = 32;
/** scrypt cost of new packs: N = 2^17 (older packs name their own cost, 10…18, and still open) */
const SCRYPT_LOG_N = 17;
/** A pack file larger than this is refused before it is read (a pack of 100,000 customers is a few MB). */
export const MAX_PACK_FILE_BYTES = 256 << 20;
/** The body is inflated up to this and no further: a gzip bomb is refused once its output passes it. */
export const MAX_PACK_BODY_BYTES = 512 << 20;

export interface PackFileOptions {
  passphrase?: string;
  /** scrypt cost as log2(N); tests may lower it, the default is 17 (N = 131072) */
  scryptLogN?: number;
}

/** Serializes a pack into the bytes of a pack file. */
export function encodePackFile(pack: Pack, options: PackFileOptions = {}): Buffer {
  const zipped = gzipSync(Buffer.from(encodePackBody(pack), 'utf8'));
  const header = Buffer.from([...PACK_MAGIC, PACK_FILE_VERSION, options.passphrase ? FLAG_ENCRYPTED : 0]);
  let parts: Buffer[] = [header, zipped];
  if (options.passphrase) {
    const logN = options.scryptLogN ?? SCRYPT_LOG_N;
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', deriveKey(options.passphrase, salt, logN), iv);
    cipher.setAAD(header);
    const encrypted = Buffer.concat([cipher.update(zipped), cipher.final()]);
    parts = [header, Buffer.from([logN]), salt, iv, cipher.getAuthTag(), encrypted];
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, sha256(body)]);
}

/** Refuses (AppError 'bad_pack') a pack file over the size cap, from its size alone; a missing file is left to the reader. */
export function assertPackFileSize(file: string, maxBytes = MAX_PACK_FILE_BYTES): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return;
  }
  if (size <= maxBytes) return;
  throw badPack(
    'pack_too_large',
    `同步包文件过大（${megabytes(size)}，上限 ${megabytes(maxBytes)}），不是 TierDesk 导出的同步包，未做任何更改。`,
    `The sync pack file is too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)}): it was not exported by TierDesk. Nothing was changed.`,
    { file, size, maxBytes },
  );
}

/** Reads the bytes of a pack file back into a validated pack, or throws AppError('bad_pack'). */
export function decodePackFile(bytes: Buffer, options: { passphrase?: string; file?: string; maxBodyBytes?: number } = {}): Pack {
  const { file } = options;
  if (!bytes.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC.subarray(0, Math.min(bytes.length, PACK_MAGIC.length)))) {
    return notAPack(file);
  }
  if (bytes.length < HEADER + CHECKSUM) throw damaged('cut short', '文件不完整', file);
  const version = bytes[6];
  if (version > PACK_FILE_VERSION) throw newerApp(version, file);
  if (version < 1) throw damaged('bad version byte', '版本字节无效', file);
  const body = bytes.subarray(0, bytes.length - CHECKSUM);
  if (!sha256(body).equals(bytes.subarray(bytes.length - CHECKSUM))) throw damaged('checksum mismatch', '校验和不符', file);
  const flags = bytes[7];
  if ((flags & ~FLAG_ENCRYPTED) !== 0) throw newerApp(version, file);
  const zipped = flags & FLAG_ENCRYPTED ? decrypt(body, options.passphrase, file) : body.subarray(HEADER);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_PACK_BODY_BYTES;
  let text: string;
  try {
    text = gunzipSync(zipped, { maxOutputLength: maxBodyBytes }).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw inflatesTooLarge(maxBodyBytes, file);
    throw damaged('cannot decompress', '无法解压', file);
  }
  const decoded = decodePackBody(text);
  if (!decoded.ok) throw badPackFrom(decoded.error, file);
  return decoded.value;
}

/** True when the bytes say the pack is encrypted (so the UI can ask for the passphrase first). */
export function isEncryptedPackFile(bytes: Buffer): boolean {
  return bytes.length > HEADER && bytes.subarray(0, 6).equals(PACK_MAGIC) && (bytes[7] & FLAG_ENCRYPTED) !== 0;
}

function decrypt(body: Buffer, passphrase: string | undefined, file?: string): Buffer {
  if (!passphrase) {
    throw badPack(
      'pack_passphrase_needed',
      '此同步包已加密，请输入导出时设置的口令。',
      'This sync pack is encrypted; enter the passphrase it was exported with.',
      file ? { file } : {},
    );
  }
  if (body.length < HEADER + CRYPTO_HEADER) throw damaged('cut short', '文件不完整', file);
  const logN = body[HEADER];
  if (logN < 10 || logN > 18) throw damaged('bad key parameters', '密钥参数无效', file);
  let at = HEADER + 1;
  const salt = body.subarray(at, (at += 16));
  const iv = body.subarray(at, (at += 12));
  const tag = body.subarray(at, (at += 16));
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN), iv);
    decipher.setAAD(body.subarray(0, HEADER));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body.subarray(at)), decipher.final()]);
  } catch {
    throw badPack(
      'pack_passphrase_wrong',
      '口令不正确，或同步包已被改动，未做任何更改。',
      'Wrong passphrase, or the pack was altered; nothing was changed.',
      file ? { file } : {},
    );
  }
}

function deriveKey(passphrase: string, salt: Buffer, logN: number): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** logN, r: 8, p: 1, maxmem: 128 * 8 * 2 ** logN + (1 << 20) });
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function notAPack(file?: string): never {
  throw badPack('pack_format', '这不是 TierDesk 同步包。', 'This is not a TierDesk sync pack.', file ? { file } : {});
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1 << 20)) * 10) / 10} MB`;
}

function inflatesTooLarge(maxBytes: number, file?: string) {
  return badPack(
    'pack_body_too_large',
    `同步包解压后超过 ${megabytes(maxBytes)}，已在解压途中拒绝（不是 TierDesk 导出的同步包），未做任何更改。`,
    `The sync pack unpacks to more than ${megabytes(maxBytes)} and was refused while unpacking (it was not exported by TierDesk). Nothing was changed.`,
    { maxBytes, ...(file ? { file } : {}) },
  );
}

function newerApp(version: number, file?: string) {
  return badPack(
    'pack_version',
    `此同步包由更新版本的 TierDesk 生成（文件格式 v${version}），请先升级 TierDesk 再导入。未做任何更改。`,
    `This pack was made by a newer TierDesk (file format v${version}); update TierDesk to import it. Nothing was changed.`,
    { version, supported: PACK_FILE_VERSION, ...(file ? { file } : {}) },
  );
}
