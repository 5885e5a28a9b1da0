import type { Command } from 'commander';
import type { BackupInfo } from '../../shared/ipc/channels/backups';
import { action, print } from './run';

const line = (b: BackupInfo) => `${b.id}  ${b.createdAt}  ${b.reason}  ${b.bytes} bytes`;

/** `backups list|create|restore <id>`: the book's backups folder (the newest five copies), as in Settings. */
export function registerBackupCommands(program: Command) {
  const backups = program.command('backups').description('consistent copies of the book beside it: list, take one, restore one');
  backups
    .command('list')
    .description('the backups of this book, newest first')
    .action(
      action(async (ctx) => {
        const value = await ctx.call('backups.list', {});
        print(ctx, value, value.backups.map(line).join('\n') || `no backups in ${value.dir}`);
      }),
    );
  backups
    .command('create')
    .description('take a backup now (the folder keeps the newest five)')
    .action(
      action(async (ctx) => {
        const backup = await ctx.call('backups.create', {});
        print(ctx, backup, `backup ${line(backup)}\n  ${backup.file}`);
      }),
    );
  backups
    .command('restore <id>')
    .description('replace the book with a backup (the book as it was is kept as a backup first); close the app first')
    .action(
      action(async (ctx, _opts: object, id: string) => {
        const result = await ctx.call('backups.restore', { id });
        print(ctx, result, `restored ${line(result.restored)}\nthe book as it was: ${result.before.id}`);
      }),
    );
}
