import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from './core/core';
import { dispatch } from './core/dispatch';
import type { Progress } from './core/handlers/types';
import { clearUploads, resolveDownload, saveUpload } from './core/files/file-drop';
import { isAppError } from '../shared/ipc/errors';
import { JOB_ID_PATTERN, JobRegistry } from './core/jobs';

/**
 * Browser mode (docs/ARCHITECTURE.md §1): the same handler map over HTTP on 127.0.0.1, and the built renderer.
 *   POST /api/call/<channel>   JSON input → JSON result envelope (an X-Job-Id header makes it cancellable)
 *   POST /api/cancel/<jobId>   asks that job to stop (it rolls back and answers 'cancelled')
 *   GET  /api/events           server-sent progress events of long work
 *   POST /api/upload           a file's bytes (X-File-Name header) → { path } for import channels; up to
 *                              MAX_UPLOAD_BYTES, kept until the bridge stops (deleted then, and leftovers at start)
 *   GET  /api/download?path=   a file the core wrote into its exports folder
 * It only binds to loopback and only answers requests whose Host is loopback (no DNS rebinding).
 */
export interface BridgeOptions {
  core: Core;
  port?: number;
  /** folder of the built renderer (index.html); omit to serve only the API */
  staticDir?: string;
  /** the upload cap (default MAX_UPLOAD_BYTES, file-drop.ts) */
  maxUploadBytes?: number;
}

export interface Bridge {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const listeners = new Set<http.ServerResponse>();
  const jobs = new JobRegistry();
  const broadcast = (event: { channel: string; jobId: string } & Progress) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of listeners) res.write(line);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!isLoopbackHost(req.headers.host)) {
      res.writeHead(403).end('TierDesk answers loopback requests only');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/call/') && req.method === 'POST') {
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        res.writeHead(415).end('expected application/json');
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      const body = await readBody(req, 64 * 1024 * 1024);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        sendJson(res, { ok: false, error: { code: 'validation', message: { zh: '请求不是有效的 JSON', en: 'The request is not valid JSON' } } });
        return;
      }
      const jobId = String(req.headers['x-job-id'] ?? '');
      const job = jobs.start(JOB_ID_PATTERN.test(jobId) ? jobId : undefined);
      try {
        const result = await dispatch(
          { core: options.core, progress: (p) => broadcast({ channel, jobId, ...p }), cancelled: job.cancelled },
          channel,
          input,
        );
        sendJson(res, result);
      } finally {
        job.finish();
      }
      return;
    }
    if (url.pathname.startsWith('/api/cancel/') && req.method === 'POST') {
      const jobId = decodeURIComponent(url.pathname.slice('/api/cancel/'.length));
      sendJson(res, { ok: true, value: { cancelled: JOB_ID_PATTERN.test(jobId) && jobs.cancel(jobId) } });
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname === '/api/upload' && req.method === 'POST') {
      const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload.bin'));
      const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
      try {
        const saved = await saveUpload(options.core, name, req, { maxBytes: options.maxUploadBytes, declaredBytes: declared });
        sendJson(res, { ok: true, value: { path: saved } });
      } catch (error) {
        if (!isAppError(error)) throw error;
        sendJson(res, { ok: false, error: error.toShape() }); // the unread rest of the body is dropped by Node
      }
      return;
    }
    if (url.pathname === '/api/download' && req.method === 'GET') {
      const file = resolveDownload(options.core, url.searchParams.get('path') ?? '');
      if (!file) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`,
      });
      fs.createReadStream(file).pipe(res);
      return;
    }
    serveStatic(options.staticDir, url.pathname, res);
  }

  clearUploads(options.core); // left by a browser mode that was killed
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => {
          clearUploads(options.core);
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function sendJson(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function serveStatic(staticDir: string | undefined, pathname: string, res: http.ServerResponse) {
  if (!staticDir) {
    res.writeHead(404).end('no renderer build: run `npm run build` first');
    return;
  }
  const root = path.resolve(staticDir);
  const wanted = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  const file = wanted.startsWith(root) && fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(404).end('no renderer build: run `npm run build` first');
    return;
  }
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': RENDERER_CSP,
  });
  fs.createReadStream(file).pipe(res);
}

/** The same strict policy as the Electron window: only our own scripts and styles, no remote content. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
