import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './bridge';
import { openCore, type Core } from './core/core';

const ONLINE_RETAIL = path.resolve(__dirname, '../../shared/data/online-retail/OnlineRetail.csv.gz');

let core: Core;
let bridge: Bridge;

beforeAll(async () => {
  core = openCore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bridge-')), 'book.db'));
  bridge = await startBridge({ core });
});
afterAll(async () => {
  await bridge.close();
  core.close();
});

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(route, bridge.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the browser-mode bridge', () => {
  it('listens on loopback only and answers calls with result envelopes', async () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
    const answer = await (await post('/api/call/customers.list', {})).json();
    expect(answer).toEqual({ ok: true, value: { total: 0, rows: [] } });
    const refused = await (await post('/api/call/customers.create', { code: '' })).json();
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a non-JSON body (cross-site form posts)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(new URL('/api/call/customers.list', bridge.url), { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(403);
    const form = await fetch(new URL('/api/call/customers.list', bridge.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('cancels a running import by job id: it rolls back and answers cancelled', async () => {
    const running = post('/api/call/import.run', { file: ONLINE_RETAIL, kind: 'orders', format: 'online-retail', mode: 'skip-bad-rows' }, { 'x-job-id': 'job-test-1' });
    await new Promise((r) => setTimeout(r, 300));
    const cancel = await (await post('/api/cancel/job-test-1', {})).json();
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    const answer = await (await running).json();
    expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const counts = core.store.sqlite.prepare('SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers').get();
    expect(counts).toEqual({ orders: 0, customers: 0 });
    // an unknown job cannot be cancelled
    expect(await (await post('/api/cancel/job-nobody', {})).json()).toEqual({ ok: true, value: { cancelled: false } });
  });
});
