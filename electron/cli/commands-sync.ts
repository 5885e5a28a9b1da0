import fs from 'node:fs';
import path from 'node:path';
import { Argument, type Command } from 'commander';
import { isEncryptedPackFile } from '../core/sync/pack-file';
import { readPassphrase } from './passphrase';
import { registerPeerCommands } from './commands-sync-peers';
import { action, print } from './run';

/** `sync export FILE` and `sync import FILE`: file-based sync packs (docs/ARCHITECTURE.md §6). */
export function registerSyncCommands(program: Command) {
  const sync = program.command('sync').description('exchange changes with other TierDesk installs through pack files');

  sync
    .command('export <file>')
    .description('write the changes a peer has not seen (or everything, without --peer) to a pack file')
    .option('--peer <deviceId>', 'the peer the pack is for (a known peer); default: everything, for a new peer')
    .option('--encrypt', 'encrypt the pack (AES-256-GCM, key from scrypt); passphrase from TIERDESK_PASSPHRASE or asked')
    .option('--passphrase <p>', 'encrypt with this passphrase (visible to other users of the machine: prefer --encrypt)')
    .option('--no-personal-data', 'leave customers’ address and contact fields out of the pack')
    .action(
      action(async (ctx, opts: { peer?: string; encrypt?: boolean; passphrase?: string; personalData: boolean }, file: string) => {
        const started = performance.now();
        const encrypt = opts.encrypt || opts.passphrase !== undefined;
        const passphrase = encrypt ? await readPassphrase(opts.passphrase, { zh: '加密同步包', en: 'to encrypt the pack' }) : undefined;
        const result = await ctx.call('sync.export', {
          file: path.resolve(file),
          peerDeviceId: opts.peer ?? null,
          passphrase,
          includePersonalData: opts.personalData,
        });
        const ms = Math.round(performance.now() - started);
        const value = { file: result.file, changes: result.changes, customers: result.customers, orders: result.orders, bytes: result.bytes, encrypted: result.encrypted, ms };
        print(ctx, value, `${result.changes} changes, ${result.customers} customers' orders (${result.orders}) and ratings written to ${result.file} (${result.bytes} bytes) in ${ms} ms`);
      }),
    );

  sync
    .command('import <file>')
    .description('apply a pack file from another install (all or nothing)')
    .option('--passphrase <p>', 'the passphrase of an encrypted pack (prefer TIERDESK_PASSPHRASE, or be asked)')
    .action(
      action(async (ctx, opts: { passphrase?: string }, file: string) => {
        const started = performance.now();
        const encrypted = isEncryptedPackFile(readHead(file));
        const passphrase = encrypted ? await readPassphrase(opts.passphrase, { zh: '解密同步包', en: 'to decrypt the pack' }) : undefined;
        const summary = await ctx.call('sync.import', { file: path.resolve(file), passphrase });
        const ms = Math.round(performance.now() - started);
        print(
          ctx,
          { ...summary, ms },
          `from ${summary.from} (${summary.role}): ${summary.applied} applied, ${summary.ignored} ignored, ${summary.conflicts} conflicts; ${summary.orders} orders, ${summary.rated} customers rated, ${summary.evicted} moved away; in ${ms} ms`,
        );
      }),
    );

  sync
    .command('status')
    .description('this device, its role and its peers')
    .action(
      action(async (ctx) => {
        const status = await ctx.call('sync.status', {});
        const peers = status.peers.map((p) => `  ${p.deviceId} ${p.name} (${p.role}${p.repName ? `: ${p.repName}` : ''}) sent ${p.lastSentAt ?? '—'} received ${p.lastReceivedAt ?? '—'}`);
        print(ctx, status, [`device ${status.deviceId} (${status.role}), ${status.changes} logged changes`, ...peers].join('\n'));
      }),
    );

  sync
    .command('encrypted-only')
    .addArgument(new Argument('<onOrOff>').choices(['on', 'off']))
    .description('accept encrypted packs only (on) or any pack (off) on this install')
    .action(
      action(async (ctx, _opts, value: string) => {
        const on = value === 'on';
        const status = await ctx.call('sync.encryptedOnly.set', { on });
        print(ctx, status, `encrypted packs only: ${status.encryptedOnly ? 'on' : 'off'}`);
      }),
    );

  registerPeerCommands(sync);
}

/** The first bytes of a file (the pack header), or none when it cannot be read (the import then says why). */
function readHead(file: string): Buffer {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(64);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return Buffer.alloc(0);
  }
}
