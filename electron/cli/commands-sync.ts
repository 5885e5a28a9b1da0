import path from 'node:path';
import type { Command } from 'commander';
import { action, print } from './run';

/** `sync export FILE` and `sync import FILE`: file-based sync packs (DESIGN.md §6). */
export function registerSyncCommands(program: Command) {
  const sync = program.command('sync').description('exchange changes with other TierDesk installs through pack files');

  sync
    .command('export <file>')
    .description('write the changes a peer has not seen (or everything, without --peer) to a pack file')
    .option('--peer <deviceId>', 'the peer the pack is for (a known peer); default: everything, for a new peer')
    .option('--passphrase <p>', 'encrypt the pack (AES-256-GCM, key from scrypt)')
    .option('--no-personal-data', 'leave customers’ address and contact fields out of the pack')
    .action(
      action(async (ctx, opts: { peer?: string; passphrase?: string; personalData: boolean }, file: string) => {
        const started = performance.now();
        const result = await ctx.call('sync.export', {
          file: path.resolve(file),
          peerDeviceId: opts.peer ?? null,
          passphrase: opts.passphrase,
          includePersonalData: opts.personalData,
        });
        const ms = Math.round(performance.now() - started);
        const value = { file: result.file, changes: result.changes, bytes: result.bytes, encrypted: result.encrypted, ms };
        print(ctx, value, `${result.changes} changes written to ${result.file} (${result.bytes} bytes) in ${ms} ms`);
      }),
    );

  sync
    .command('import <file>')
    .description('apply a pack file from another install (all or nothing)')
    .option('--passphrase <p>', 'the passphrase the pack was encrypted with')
    .action(
      action(async (ctx, opts: { passphrase?: string }, file: string) => {
        const started = performance.now();
        const summary = await ctx.call('sync.import', { file: path.resolve(file), passphrase: opts.passphrase });
        const ms = Math.round(performance.now() - started);
        print(
          ctx,
          { ...summary, ms },
          `from ${summary.from} (${summary.role}): ${summary.applied} applied, ${summary.ignored} ignored, ${summary.conflicts} conflicts in ${ms} ms`,
        );
      }),
    );

  sync
    .command('status')
    .description('this device, its role and its peers')
    .action(
      action(async (ctx) => {
        const status = await ctx.call('sync.status', {});
        const peers = status.peers.map((p) => `  ${p.deviceId} ${p.name} (${p.role}) sent ${p.lastSentAt ?? '—'} received ${p.lastReceivedAt ?? '—'}`);
        print(ctx, status, [`device ${status.deviceId} (${status.role}), ${status.changes} logged changes`, ...peers].join('\n'));
      }),
    );
}
