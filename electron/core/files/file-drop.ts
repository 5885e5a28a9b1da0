import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { Core } from '../core';

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
  const base = bookFile === ':memory:' ? path.join(process.cwd(), '.tmp') : path.dirname(path.resolve(bookFile));
  const dir = path.join(base, `${path.basename(bookFile).replace(/\.[^.]+$/, '')}-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves an uploaded stream under a unique name (the original name kept for messages) and returns its path. */
export async function saveUpload(core: Core, originalName: string, body: Readable): Promise<string> {
  const safeName = path.basename(originalName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'upload.bin';
  const dir = path.join(uploadsDir(core), crypto.randomUUID());
  fs.mkdirSync(dir);
  const target = path.join(dir, safeName);
  await pipeline(body, fs.createWriteStream(target));
  return target;
}

/** A path the browser may download: only files inside the exports folder. */
export function resolveDownload(core: Core, requested: string): string | null {
  const root = exportsDir(core);
  const file = path.resolve(root, requested);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return null;
  return file;
}
