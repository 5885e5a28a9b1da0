/** Device ids: 16 lowercase hex characters (64 random bits), one per install. */

const DEVICE_ID_RE = /^[0-9a-f]{16}$/;

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID_RE.test(value);
}

/**
 * Makes a new device id from 8 random bytes. `randomBytes` is injectable for tests;
 * by default it uses the Web Crypto API (`globalThis.crypto`, present in Node 20 and Electron).
 */
export function createDeviceId(randomBytes: (n: number) => Uint8Array = webCryptoBytes): string {
  const bytes = randomBytes(8);
  if (bytes.length !== 8) throw new RangeError('createDeviceId: randomBytes(8) must return 8 bytes');
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function webCryptoBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}
