import { Command, CommanderError } from 'commander';
import { APP_VERSION } from './core/version';
import { registerBackupCommands } from './cli/commands-backups';
import { registerBookCommands } from './cli/commands-book';
import { registerScoreCommands } from './cli/commands-score';
import { registerImportCommands } from './cli/commands-import';
import { registerExportCommands } from './cli/commands-export';
import { registerSyncCommands } from './cli/commands-sync';
import { registerVisitCommands } from './cli/commands-visits';
import { EXIT_USAGE } from './cli/run';

/** `tierdesk --db FILE <command> [--json]`: the command line over the same core as the app (docs/ARCHITECTURE.md §4). */
export function buildProgram(): Command {
  const program = new Command('tierdesk')
    .description('TierDesk 客户分层 — offline customer tiering')
    .version(APP_VERSION)
    .option('--db <file>', 'the SQLite database file')
    .option('--json', 'print one JSON object on stdout')
    .showHelpAfterError()
    .exitOverride();
  registerBookCommands(program);
  registerScoreCommands(program);
  registerImportCommands(program);
  registerExportCommands(program);
  registerSyncCommands(program);
  registerVisitCommands(program);
  registerBackupCommands(program);
  return program;
}

async function main(argv: string[]) {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpOrVersion = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = helpOrVersion ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}

await main(process.argv);
