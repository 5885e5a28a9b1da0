/** Where an export is written: the given path, else the book's exports folder; via a temporary file renamed at the end. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';

export function exportPath(core: Core, fileName: string, out: string | undefined, extensions: string[]): string {
  if (!out) return path.join(exportsDir(core), fileName.replace(/[\\/:*?"<>|]/g, '_'));
  const file = path.resolve(out);
  const ext = path.extname(file).toLowerCase().slice(1);
  if (!extensions.includes(ext)) {
    const list = extensions.map((e) => `.${e}`).join(' / ');
    throw new AppError('validation', { zh: `导出文件须以 ${list} 结尾：${out}`, en: `The export file must end in ${list}: ${out}` }, { file: out });
  }
  if (!fs.existsSync(path.dirname(file))) {
    throw new AppError('validation', { zh: `文件夹不存在：${path.dirname(file)}`, en: `The folder does not exist: ${path.dirname(file)}` }, { file: out });
  }
  return file;
}

/** Runs `write` on a temporary file beside `file` and renames it into place; a failed export leaves nothing behind. */
export async function writeAtomically<T>(file: string, write: (temporary: string) => Promise<T>): Promise<T> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.part`);
  try {
    const result = await write(temporary);
    fs.renameSync(temporary, file);
    return result;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EBUSY' || (error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new AppError('conflict', { zh: `无法写入 ${file}：文件可能正在被 Excel 打开`, en: `Cannot write ${file}: it may be open in Excel` }, { file });
    }
    throw error;
  }
}
