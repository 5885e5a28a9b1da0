import { Argument, Option, type Command } from 'commander';
import type { ExportResult } from '../../shared/ipc/channels/export';
import { EXIT_USAGE, action, print } from './run';

interface ExportOpts {
  out?: string;
  run?: string;
  previous?: string;
  from?: string;
  to?: string;
  lang: 'zh-CN' | 'en';
  format?: 'xlsx' | 'csv';
  search?: string;
  tier?: string[];
  status?: string[];
  region?: string[];
  archived?: boolean;
  contacts: boolean;
  newAndLost?: boolean;
}

/** Bad usage: a message on stderr and exit status 2. */
function usage(message: string) {
  process.stderr.write(`tierdesk: ${message}\n`);
  process.exitCode = EXIT_USAGE;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** xlsx or csv: --format, else the --out file's extension, else xlsx. */
function formatOf(opts: ExportOpts): 'xlsx' | 'csv' {
  if (opts.format) return opts.format;
  return opts.out?.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
}

/** `export report|customers|changes|visits --out FILE.xlsx|FILE.csv`: the tier report workbook and list exports (docs/ARCHITECTURE.md §4). */
export function registerExportCommands(program: Command) {
  program
    .command('export')
    .description('write the tier report workbook of a rating run, or a list (customers, tier changes, visits) as xlsx or CSV')
    .addArgument(new Argument('<what>', 'what to export').choices(['report', 'customers', 'changes', 'visits']))
    .option('--out <file>', 'the file to write (.xlsx, or .csv for lists); default: the book’s exports folder')
    .option('--run <id>', 'report: the rating run (default: the newest)')
    .option('--previous <id>', 'report: the run to compare with (default: the model’s previous run; "none" for no comparison)')
    .option('--from <id|date>', 'changes: the earlier run; visits: from this date')
    .option('--to <id|date>', 'changes: the later run; visits: up to this date')
    .addOption(new Option('--lang <language>', 'headers and sheet names').choices(['zh-CN', 'en']).default('zh-CN'))
    .addOption(new Option('--format <format>', 'lists: xlsx or csv (default: from --out)').choices(['xlsx', 'csv']))
    .option('--search <text>', 'customers: search code, name, city, contact or phone')
    .option('--tier <tier>', 'customers: only this tier (repeatable; "none" = not rated)', collect)
    .option('--status <status>', 'customers: only this status (repeatable)', collect)
    .option('--region <region>', 'customers: only this region (repeatable)', collect)
    .option('--archived', 'customers: include archived customers')
    .option('--no-contacts', 'customers: leave out contact person, phone, e-mail and address')
    .option('--new-and-lost', 'changes: also list customers new in the later run or missing from it')
    .action(
      action(async (ctx, opts: ExportOpts, what: string) => {
        let result: ExportResult;
        if (what === 'report') {
          if (opts.format === 'csv') return usage('the report is a workbook: use --out FILE.xlsx');
          const previousRunId = opts.previous === 'none' ? null : opts.previous;
          result = await ctx.call('export.report', { runId: opts.run, previousRunId, language: opts.lang, out: opts.out });
        } else if (what === 'customers') {
          const filter = {
            search: opts.search, tiers: opts.tier, statuses: opts.status as ('active' | 'prospect')[] | undefined, regions: opts.region,
            includeArchived: opts.archived ?? false,
          };
          result = await ctx.call('export.customers', { filter, format: formatOf(opts), language: opts.lang, includeContacts: opts.contacts, out: opts.out });
        } else if (what === 'visits') {
          result = await ctx.call('export.visits', { from: opts.from, to: opts.to, search: opts.search, tiers: opts.tier, format: formatOf(opts), language: opts.lang, out: opts.out });
        } else {
          if (!opts.from || !opts.to) return usage('export changes needs --from RUN and --to RUN');
          result = await ctx.call('export.changes', {
            fromRunId: opts.from, toRunId: opts.to, includeNewAndLost: opts.newAndLost ?? false, format: formatOf(opts), language: opts.lang, out: opts.out,
          });
        }
        print(ctx, result, `${result.file}: ${result.rows} rows in ${result.ms} ms`);
      }),
    );
}
