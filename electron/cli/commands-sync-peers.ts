import type { Command } from 'commander';
import type { SyncPeer } from '../../shared/ipc/channels/sync';
import { action, print } from './run';

function peerLine(p: SyncPeer): string {
  const rep = p.role === 'rep' ? ` rep ${p.repName ?? p.repId ?? '—'}` : '';
  return `${p.deviceId} ${p.name} (${p.role}${rep}) sent ${p.lastSentAt ?? '—'} received ${p.lastReceivedAt ?? '—'} pending ${p.pending}`;
}

/** `sync peers add|update|list`: the installs this one exchanges packs with, each with its role (and rep). */
export function registerPeerCommands(sync: Command) {
  const peers = sync.command('peers').description('the installs this one exchanges packs with');

  peers
    .command('add <deviceId>')
    .description('accept an install as a peer with a role; a rep install names its rep (id or name)')
    .requiredOption('--role <role>', 'manager or rep')
    .option('--rep <idOrName>', 'for a rep install: the rep record it is (its customers make its territory)')
    .option('--name <name>', 'a name to show (default: the device id)')
    .action(
      action(async (ctx, opts: { role: string; rep?: string; name?: string }, deviceId: string) => {
        const peer = await ctx.call('sync.peers.add', { deviceId, name: opts.name ?? deviceId, role: opts.role as 'manager' | 'rep', rep: opts.rep ?? null });
        print(ctx, peer, `added ${peerLine(peer)}`);
      }),
    );

  peers
    .command('update <deviceId>')
    .description('change a peer’s name, role or rep')
    .option('--role <role>', 'manager or rep')
    .option('--rep <idOrName>', 'the rep record a rep install is')
    .option('--name <name>', 'a name to show')
    .action(
      action(async (ctx, opts: { role?: string; rep?: string; name?: string }, deviceId: string) => {
        const peer = await ctx.call('sync.peers.update', { deviceId, name: opts.name, role: opts.role as 'manager' | 'rep' | undefined, rep: opts.rep });
        print(ctx, peer, `updated ${peerLine(peer)}`);
      }),
    );

  peers
    .command('list')
    .description('every peer with its role, rep and last exchange')
    .action(
      action(async (ctx) => {
        const status = await ctx.call('sync.status', {});
        print(ctx, { peers: status.peers }, status.peers.length ? status.peers.map(peerLine).join('\n') : 'no peers yet');
      }),
    );
}
