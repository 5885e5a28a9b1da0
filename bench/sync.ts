/**
 * Sync pack speed (docs/ARCHITECTURE.md §6): a book with 100,000 changed cells (10,000 customers × 10 cells) is exported
 * to a pack file and imported into a fresh install. Targets: export < 3 s, import < 3 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { exportPack } from '../electron/core/sync/export-pack';
import { importPack } from '../electron/core/sync/import-pack';
import { addPeer } from '../electron/core/sync/peers';
import { CELL_COUNT } from '../electron/core/sync/log-cells';

export const SYNC_TARGET_MS = 3000;

export async function benchSync(customers = 10_000): Promise<{ cells: number; exportMs: number; importMs: number; bytes: number; received: number; targetMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-sync-'));
  const sender = openCore(path.join(dir, 'sender.db'), { backup: false });
  const receiver = openCore(path.join(dir, 'receiver.db'), { backup: false });
  try {
    sender.store.tx(() => {
      for (let i = 0; i < customers; i++) {
        sender.rows.insert('customers', {
          code: `B${String(i).padStart(6, '0')}`,
          name: `客户 ${i}`,
          industry: ['retail', 'food', 'tools'][i % 3],
          region: ['华东', '华南', '华北'][i % 3],
          city: `City ${i % 97}`,
          address: `${i} Nanjing Road`,
          contact_name: `Contact ${i}`,
          contact_phone: `138${String(i).padStart(8, '0')}`,
          created_at: '2025-01-01T00:00:00.000Z',
        });
      }
    });
    const cells = sender.store.sqlite.prepare(`SELECT sum(${CELL_COUNT}) FROM change_log l`).pluck().get() as number;
    addPeer(receiver, { deviceId: sender.clock.deviceId, name: 'sender', role: 'manager' });
    const file = path.join(dir, 'bench.tdsync');
    let started = performance.now();
    const exported = exportPack(sender, { peerDeviceId: null, file });
    const exportMs = Math.round(performance.now() - started);
    started = performance.now();
    const summary = importPack(receiver, file);
    const importMs = Math.round(performance.now() - started);
    if (summary.applied !== cells) throw new Error(`bench: applied ${summary.applied} of ${cells} cells`);
    const received = receiver.store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    return { cells, exportMs, importMs, bytes: exported.bytes, received, targetMs: SYNC_TARGET_MS };
  } finally {
    sender.close();
    receiver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(JSON.stringify(await benchSync()));
}
