/**
 * Territory packs (docs/ARCHITECTURE.md §6): the 100,000-customer demo book (~2 M orders, 400 reps) rated once; a pack for each
 * of the 400 reps, against one whole-book pack made in the same run. Then one rep's pack is imported into a
 * fresh install. Targets: all 400 packs < 30 s, a rep pack (~250 customers, ~5,000 orders, with results) < 1 MB
 * and imported in < 1 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { generateDemoBook } from '../electron/core/demo/demo-book';
import { builtInVersionId, ensureBuiltInModels } from '../electron/core/models/built-in-models';
import { runRating } from '../electron/core/scoring/rating-run';
import { exportPack } from '../electron/core/sync/export-pack';
import { importPack } from '../electron/core/sync/import-pack';
import { addPeer } from '../electron/core/sync/peers';
import { writeSyncRole } from '../electron/core/sync/sync-role';

export const TERRITORY_TARGETS = { allPacksMs: 30_000, repPackBytes: 1 << 20, repImportMs: 1000 };

export async function benchTerritory(customers = 100_000) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierdesk-bench-territory-'));
  let tick = Date.parse('2025-10-02T08:00:00Z');
  const now = () => new Date((tick += 10));
  const manager = openCore(path.join(dir, 'manager.db'), { backup: false, now });
  const rep = openCore(path.join(dir, 'rep.db'), { backup: false, now });
  try {
    generateDemoBook(manager, { customers, seed: 1, endDate: '2025-10-01' });
    ensureBuiltInModels(manager);
    runRating(manager, { versionId: builtInVersionId('seed'), asOf: '2025-10-01' });
    const reps = manager.store.sqlite.prepare('SELECT id FROM reps ORDER BY id').pluck().all() as string[];
    const devices = reps.map((_, i) => i.toString(16).padStart(16, '0'));
    manager.store.tx(() => reps.forEach((repId, i) => addPeer(manager, { deviceId: devices[i], name: `rep ${i}`, role: 'rep', rep: repId })));

    let started = performance.now();
    const whole = exportPack(manager, { peerDeviceId: null, file: path.join(dir, 'whole.tdsync') });
    const wholeMs = performance.now() - started;

    started = performance.now();
    const sizes: number[] = [];
    for (const device of devices) sizes.push(exportPack(manager, { peerDeviceId: device, file: path.join(dir, `rep-${device}.tdsync`) }).bytes);
    const allPacksMs = performance.now() - started;
    sizes.sort((a, b) => a - b);

    // a real rep install imports the pack made for it
    writeSyncRole(rep, 'rep');
    addPeer(manager, { deviceId: rep.clock.deviceId, name: 'bench rep', role: 'rep', rep: reps[0] });
    addPeer(rep, { deviceId: manager.clock.deviceId, name: 'manager', role: 'manager' });
    const file = path.join(dir, 'rep.tdsync');
    const repPack = exportPack(manager, { peerDeviceId: rep.clock.deviceId, file });
    started = performance.now();
    const imported = importPack(rep, file);
    const repImportMs = performance.now() - started;
    return {
      customers,
      reps: reps.length,
      wholeBookPack: { ms: Math.round(wholeMs), bytes: whole.bytes, orders: whole.orders },
      allRepPacks: { ms: Math.round(allPacksMs), perPackMs: Math.round(allPacksMs / reps.length), ratioToWholeBookPack: +(allPacksMs / wholeMs).toFixed(2) },
      repPackBytes: { median: sizes[sizes.length >> 1], max: sizes[sizes.length - 1] },
      repImport: { ms: Math.round(repImportMs), customers: repPack.customers, orders: imported.orders, rated: imported.rated, bytes: repPack.bytes },
      targets: TERRITORY_TARGETS,
      met: {
        allPacks: allPacksMs < TERRITORY_TARGETS.allPacksMs,
        repPackBytes: sizes[sizes.length - 1] < TERRITORY_TARGETS.repPackBytes,
        repImport: repImportMs < TERRITORY_TARGETS.repImportMs,
      },
    };
  } finally {
    manager.close();
    rep.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(JSON.stringify(await benchTerritory(Number(process.argv[2]) || undefined), null, 2));
}
