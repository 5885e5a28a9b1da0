import type { Command } from 'commander';
import { generateDemoBook } from '../core/demo/demo-book';
import { action, integerOption, isoDateOption, print } from './run';

/** `demo` and `summary`: make a demo book, and the book's headline figures. */
export function registerBookCommands(program: Command) {
  program
    .command('demo')
    .description('create a deterministic demo book (reps, customers, ~20 orders each, assessments)')
    .requiredOption('--customers <n>', 'number of customers', integerOption)
    .option('--seed <s>', 'random seed', integerOption, 1)
    .option('--end <date>', 'last order date (default today)', isoDateOption)
    .action(
      action(async (ctx, opts: { customers: number; seed: number; end?: string }) => {
        const started = performance.now();
        const result = generateDemoBook(ctx.core, {
          customers: opts.customers,
          seed: opts.seed,
          endDate: opts.end,
          progress: (p) => process.stderr.write(`demo: ${p.done}/${p.total}\n`),
        });
        const ms = Math.round(performance.now() - started);
        print(ctx, { ...result, ms }, `${result.customers} customers, ${result.orders} orders, ${result.reps} reps in ${ms} ms`);
      }),
    );

  program
    .command('summary')
    .description('customers, orders, net revenue and the top-20 % revenue share')
    .option('--as-of <date>', 'as-of date (default today)', isoDateOption)
    .option('--window <w>', 'all | 365', 'all')
    .action(
      action(async (ctx, opts: { asOf?: string; window: string }) => {
        const summary = await ctx.call('book.summary', { asOf: opts.asOf, window: opts.window as 'all' | '365' });
        const value = { ...summary, revenue: summary.revenue / 100 };
        print(
          ctx,
          value,
          `customers ${value.customers}, orders ${value.orders}, revenue ${value.revenue.toFixed(2)}, top 20 % share ${(value.top20Share * 100).toFixed(1)} %`,
        );
      }),
    );
}
