import type { Command } from 'commander';
import { resolveModel, runnableVersionId } from '../core/models/model-resolve';
import { action, isoDateOption, print } from './run';

/** `score`, `runs list`, `runs diff A B`: rate the book and compare rating runs (docs/ARCHITECTURE.md §4). */
export function registerScoreCommands(program: Command) {
  program
    .command('score')
    .description('rate the book with a published model as of a date (default: the seed scorecard, today)')
    .option('--model <ref>', 'model id, name, or built-in template id (seed, rfm, abc, value-potential)', 'seed')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today)', isoDateOption)
    .action(
      action(async (ctx, opts: { model: string; asOf?: string }) => {
        const started = performance.now();
        const model = resolveModel(ctx.core, opts.model);
        const run = await ctx.call('ratings.run', { versionId: runnableVersionId(model), asOf: opts.asOf ?? ctx.core.today() });
        const ms = Math.round(performance.now() - started);
        const value = { runId: run.id, asOf: run.asOf, customers: run.customers, tiers: run.tierCounts, ms, model: { id: model.id, name: model.name, version: run.version } };
        const tiers = Object.entries(run.tierCounts).map(([t, n]) => `${t} ${n}`).join(', ');
        print(ctx, value, `run ${run.id} as of ${run.asOf}: ${run.customers} customers (${tiers}) in ${ms} ms`);
      }),
    );

  const runs = program.command('runs').description('rating runs');
  runs
    .command('list')
    .description('rating runs, newest first')
    .option('--model <ref>', 'only runs of this model')
    .action(
      action(async (ctx, opts: { model?: string }) => {
        const modelId = opts.model ? resolveModel(ctx.core, opts.model).id : undefined;
        const list = await ctx.call('ratings.list', { modelId, limit: 1000 });
        const value = {
          runs: list.map((r) => ({
            runId: r.id, asOf: r.asOf, createdAt: r.createdAt, model: r.modelName, modelId: r.modelId, version: r.version,
            customers: r.customers, tiers: r.tierCounts, ms: r.ms,
          })),
        };
        const human = list.map((r) => `${r.id}  ${r.asOf}  ${r.modelName} v${r.version}  ${r.customers} customers`).join('\n') || 'no runs';
        print(ctx, value, human);
      }),
    );
  runs
    .command('diff <from> <to>')
    .description('compare two runs: upgrades, downgrades, unchanged, new, lost and tier transitions')
    .action(
      action(async (ctx, _opts: object, from: string, to: string) => {
        const diff = await ctx.call('ratings.diff', { fromRunId: from, toRunId: to, limit: 100 });
        const value = {
          from: diff.from.id, to: diff.to.id, tierOrder: diff.tierOrder, ...diff.counts,
          transitions: diff.transitions, changes: diff.changes, changesTotal: diff.changesTotal,
        };
        const c = diff.counts;
        print(ctx, value, `upgrades ${c.upgrades}, downgrades ${c.downgrades}, unchanged ${c.unchanged}, new ${c.new}, lost ${c.lost}`);
      }),
    );
}
