import fs from 'node:fs';
import { Argument, type Command } from 'commander';
import { AppError, isAppError } from '../../shared/ipc/errors';
import { action, print } from './run';

interface ImportOpts {
  format?: 'generic' | 'online-retail' | 'cdnow';
  mapping?: string;
  sheet?: string;
  skipBadRows?: boolean;
  dryRun?: boolean;
  dayFirst?: boolean;
  decimalComma?: boolean;
}

function readMapping(file: string): Record<string, number | string | null> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number | string | null>;
  } catch (error) {
    throw new AppError('bad_file', { zh: `无法读取映射文件 ${file}`, en: `cannot read the mapping file ${file}: ${(error as Error).message}` }, { file });
  }
}

/** `import orders|customers|assessments FILE`: the one import pipeline, with the JSON shape of docs/ARCHITECTURE.md §4. */
export function registerImportCommands(program: Command) {
  program
    .command('import')
    .description('import orders, customers or assessments from .csv/.txt(.gz) or a workbook (.xlsx, .xlsm, .xlsb, .xls, .et, .ods)')
    .addArgument(new Argument('<kind>', 'what the file holds').choices(['orders', 'customers', 'assessments']))
    .argument('<file>', 'the file to import')
    .option('--format <format>', 'generic | online-retail | cdnow', 'generic')
    .option('--mapping <file>', 'JSON { field: column index or header name }')
    .option('--sheet <name>', 'worksheet of a workbook (default: the first visible one; a hidden sheet is read only when named)')
    .option('--skip-bad-rows', 'import the good rows and report the bad ones (default: all or nothing)')
    .option('--dry-run', 'check everything, write nothing')
    .option('--day-first', 'read 05/03/2024 as 5 March')
    .option('--decimal-comma', "read 1.234,56 as 1234.56")
    .action(
      action(async (ctx, opts: ImportOpts, kind: string, file: string) => {
        try {
          const r = await ctx.call('import.run', {
            file, kind: kind as 'orders', format: opts.format, mapping: opts.mapping ? readMapping(opts.mapping) : undefined,
            sheet: opts.sheet, mode: opts.skipBadRows ? 'skip-bad-rows' : 'all-or-nothing', dryRun: opts.dryRun ?? false,
            dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, language: 'en',
          });
          for (const e of r.errors) process.stderr.write(`${file}:${e.row}:${e.column}: ${e.message.en}\n`);
          const value = {
            imported: r.imported, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped, lines: r.lines,
            customersCreated: r.customersCreated, errors: r.errors.map((e) => ({ row: e.row, column: e.column, message: e.message.en })),
            errorCount: r.errorCount, errorReport: r.errorReport, dryRun: r.dryRun, ms: r.ms,
          };
          print(ctx, value, `${r.dryRun ? 'dry run: ' : ''}${r.imported} imported, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped in ${r.ms} ms`);
        } catch (error) {
          const listed = isAppError(error) ? (error.details?.errors as { row: number; column: string; expected: { en: string } }[] | undefined) : undefined;
          for (const e of listed ?? []) process.stderr.write(`${file}:${e.row}:${e.column}: ${e.expected.en}\n`);
          throw error;
        }
      }),
    );
}
