/**
 * The entries of a zip file (an .xlsx, .xlsm or .ods) as its central directory lists them, and how many bytes an
 * entry really inflates to: counted as it streams through zlib and given up past a limit, so a zip bomb (or sizes
 * that lie) costs a bounded amount of work and no memory.
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressed: number;
  /** the inflated size the directory declares */
  size: number;
  /** where its local header starts */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Sizes and offsets that do not fit 32 bits live in a ZIP64 record; a workbook that large is refused anyway. */
const ZIP64 = 0xffffffff;

/** The central directory's entries; null when there is none to read (a truncated or damaged file). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

export const isZip64 = (e: ZipEntry) => e.size === ZIP64 || e.compressed === ZIP64 || e.offset === ZIP64;

/** The entry's data as stored (compressed); null when its local header is not where the directory says. */
function storedData(buf: Buffer, e: ZipEntry): Buffer | null {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) return null;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.compressed > buf.length) return null;
  return buf.subarray(start, start + e.compressed);
}

/**
 * The bytes the entry inflates to, or `limit + 1` as soon as it passes `limit`; null when its data cannot be read
 * (a missing local header, a cut or corrupt deflate stream).
 */
export function inflatedSize(buf: Buffer, e: ZipEntry, limit: number): Promise<number | null> {
  const data = storedData(buf, e);
  if (data === null) return Promise.resolve(null);
  if (e.method === 0) return Promise.resolve(data.length);
  if (e.method !== 8) return Promise.resolve(null);
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    let settled = false;
    const settle = (value: number | null) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) settle(limit + 1);
    });
    inflate.on('end', () => settle(total));
    inflate.on('error', () => settle(null));
    inflate.end(data);
  });
}
