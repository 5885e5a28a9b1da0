/** Browser-mode uploads: a size cap, and nothing left on disk once the bridge stops. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { startBridge } from './bridge';
import { openCore } from './core/core';
import { MAX_UPLOAD_BYTES, uploadsDir } from './core/files/file-drop';

const core = openCore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-uploads-')), 'book.db'), { now: () => new Date('2026-12-05T10:00:00') });
afterAll(() => core.close());

const CAP = 64 * 1024;

async function upload(url: string, name: string, body: Buffer | ReadableStream) {
  const init = { method: 'POST', headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' }, body, duplex: 'half' };
  const response = await fetch(new URL('/api/upload', url), init as RequestInit);
  return (await response.json()) as { ok: true; value: { path: string } } | { ok: false; error: { code: string; message: { zh: string; en: string }; details: Record<string, unknown> } };
}

/** Every file under the book's uploads folder. */
const uploaded = () => (fs.existsSync(uploadsDir(core)) ? fs.readdirSync(uploadsDir(core), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : []);

describe('browser-mode uploads', () => {
  it('take files up to the cap (512 MB by default) and keep them while the bridge runs', async () => {
    expect(MAX_UPLOAD_BYTES).toBe(512 * 1024 * 1024);
    const bridge = await startBridge({ core, maxUploadBytes: CAP });
    try {
      const answer = await upload(bridge.url, '客户 名单.csv', Buffer.alloc(CAP, 'a'));
      if (!answer.ok) throw new Error(answer.error.message.en);
      expect(path.basename(answer.value.path)).toBe('客户 名单.csv');
      expect(fs.statSync(answer.value.path).size).toBe(CAP);
    } finally {
      await bridge.close();
    }
  });

  it('refuse a file over the cap from its announced size, and one sent without a size once it passes the cap; nothing stays on disk', async () => {
    const bridge = await startBridge({ core, maxUploadBytes: CAP });
    try {
      const announced = await upload(bridge.url, 'big.csv', Buffer.alloc(CAP + 1, 'b'));
      expect(announced).toMatchObject({ ok: false, error: { code: 'bad_file', details: { file: 'big.csv', size: CAP + 1, maxBytes: CAP } } });
      if (announced.ok) return;
      expect(announced.error.message.en).toBe(
        'big.csv: the file is too large to upload (0.1 MB; browser mode takes up to 0.1 MB); nothing was uploaded. Import it in the desktop app or with the command line',
      );
      expect(announced.error.message.zh).toBe('big.csv：文件过大（0.1 MB，浏览器模式上传上限 0.1 MB），未上传。请在桌面版或命令行中导入此文件');
      // a stream has no Content-Length: it is cut off at the cap, read to its end and dropped
      const chunks = Array.from({ length: 40 }, () => Buffer.alloc(4096, 'c'));
      const streamed = await upload(bridge.url, 'stream.csv', Readable.toWeb(Readable.from(chunks)) as ReadableStream);
      expect(streamed).toMatchObject({ ok: false, error: { code: 'bad_file', details: { file: 'stream.csv', size: 40 * 4096, maxBytes: CAP } } });
      expect(uploaded()).toEqual([]);
      // the bridge still answers after both
      const small = await upload(bridge.url, 'small.csv', Buffer.from('a,b\n1,2\n'));
      expect(small.ok).toBe(true);
    } finally {
      await bridge.close();
    }
  });

  it('are deleted when the bridge stops, and leftovers of a killed bridge when it starts', async () => {
    const bridge = await startBridge({ core, maxUploadBytes: CAP });
    const answer = await upload(bridge.url, 'orders.csv', Buffer.from('a,b\n1,2\n'));
    if (!answer.ok) throw new Error(answer.error.message.en);
    expect(fs.existsSync(answer.value.path)).toBe(true);
    await bridge.close();
    expect(fs.existsSync(answer.value.path)).toBe(false);
    expect(uploaded()).toEqual([]);

    const leftover = path.join(uploadsDir(core), 'from-a-killed-server', 'orders.csv');
    fs.mkdirSync(path.dirname(leftover), { recursive: true });
    fs.writeFileSync(leftover, 'a,b\n');
    const next = await startBridge({ core });
    try {
      expect(fs.existsSync(leftover)).toBe(false);
    } finally {
      await next.close();
    }
  });
});
