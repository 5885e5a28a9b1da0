import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';

/** The largest file browser mode takes as an upload (the app and the CLI read files where they are). */
export const MAX_UPLOAD_BYTES = 512 << 20;

/**
 * Where files the user hands over (browser-mode uploads) and files the app writes (exports) live:
 * folders beside the database, so a book and its files stay together.
 */
export function uploadsDir(core: Core): string {
  return folderBeside(core, 'uploads');
}

export function exportsDir(core: Core): string {
  return folderBeside(core, 'exports');
}

function folderBeside(core: Core, name: string): string {
  return folderBesideBook(core.store.file, name);
}

/** `<folder of the book>/<book name without extension>-<name>`, made if missing. */
export function folderBesideBook(bookFile: string, name: string): string {
  const dir = folderPathBesideBook(bookFile, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function folderPath(core: Core, name: string): string {
  return folderPathBesideBook(core.store.file, name);
}

/** `<folder of the book>/<book name without extension>-<name>` (not made). */
function folderPathBesideBook(bookFile: string, name: string): string {
  const base = bookFile === ':memory:' ? path.join(process.cwd(), '.tmp') : path.dirname(path.resolve(bookFile));
  return path.join(base, `${path.basename(bookFile).replace(/\.[^.]+$/, '')}-${name}`);
}

export interface UploadLimits {
  /** default MAX_UPLOAD_BYTES */
  maxBytes?: number;
  /** the size the sender announced (Content-Length), refused before a byte is written */
  declaredBytes?: number;
}

/**
 * Saves an uploaded stream under a unique name (the original name kept for messages) and returns its path.
 * An upload over the cap is refused (bad_file): at once when its announced size says so, else once it passes
 * the cap; the rest of it is read and dropped (so the sender gets the answer), and nothing of it stays on disk.
 */
export async function saveUpload(core: Core, originalName: string, body: Readable, limits: UploadLimits = {}): Promise<string> {
  const maxBytes = limits.maxBytes ?? MAX_UPLOAD_BYTES;
  const safeName = path.basename(originalName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'upload.bin';
  if (limits.declaredBytes !== undefined && limits.declaredBytes > maxBytes) throw uploadTooLarge(safeName, limits.declaredBytes, maxBytes);
  const dir = path.join(uploadsDir(core), crypto.randomUUID());
  fs.mkdirSync(dir);
  const target = path.join(dir, safeName);
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(null, size > maxBytes ? undefined : chunk);
    },
  });
  try {
    await pipeline(body, cap, fs.createWriteStream(target));
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (size > maxBytes) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw uploadTooLarge(safeName, size, maxBytes);
  }
  return target;
}

/** Deletes every upload of this book (browser mode calls it when it starts and when it stops). */
export function clearUploads(core: Core): void {
  fs.rmSync(folderPath(core, 'uploads'), { recursive: true, force: true });
}

function uploadTooLarge(name: string, size: number, maxBytes: number): AppError {
  const mb = (bytes: number) => `${Math.round((bytes / (1 << 20)) * 10) / 10} MB`;
  return new AppError(
    'bad_file',
    {
      zh: `${name}：文件过大（${mb(size)}，浏览器模式上传上限 ${mb(maxBytes)}），未上传。请在桌面版或命令行中导入此文件`,
      en: `${name}: the file is too large to upload (${mb(size)}; browser mode takes up to ${mb(maxBytes)}); nothing was uploaded. Import it in the desktop app or with the command line`,
    },
    { file: name, size, maxBytes },
  );
}

/** A path the browser may download: only files inside the exports folder. */
export function resolveDownload(core: Core, requested: string): string | null {
  const root = exportsDir(core);
  const file = path.resolve(root, requested);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return null;
  return file;
}
