import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../shared/ipc/errors';
import type { Core } from '../core/core';
import { action, integerOption, isoDateOption, print } from './run';

/** A rep by id or by exact name. */
function resolveRep(core: Core, ref: string): string {
  const rows = core.store.sqlite.prepare('SELECT id FROM reps WHERE deleted = 0 AND (id = ? OR name = ?)').pluck().all(ref, ref) as string[];
  if (rows.length === 1) return rows[0];
  if (rows.length > 1) throw new AppError('validation', { zh: `有多位业务员叫 ${ref}，请用编号`, en: `More than one rep is called ${ref}; use the id` });
  throw new AppError('not_found', { zh: `找不到业务员 ${ref}`, en: `Rep ${ref} not found` });
}

function weeksOption(text: string): number {
  const n = integerOption(text);
  if (n < 1 || n > 12) throw new InvalidArgumentError('expected 1 to 12 weeks');
  return n;
}

/**
 * `visits plan|compliance|export` and `policies list|set`: visit plans by tier, and each tier's visit interval.
 * `visits plan --json` prints `{ visits: [{ customer, rep, date, tier, reason }], unplanned: [{ customer, reason }], … }`
 * where customer is the customer code and rep the rep's name (repId beside it).
 */
export function registerVisitCommands(program: Command) {
  const visits = program.command('visits').description('visit plans by tier: plan, compliance, export');
  visits
    .command('plan')
    .description('plan the next weeks of visits by tier policy and rep capacity, and save the plan')
    .option('--weeks <n>', 'number of weeks (1-12)', weeksOption, 2)
    .option('--rep <ref>', 'only this rep (id or name)')
    .option('--start <date>', 'first day (default today)', isoDateOption)
    .option('--dry-run', 'show the plan without saving it')
    .action(
      action(async (ctx, opts: { weeks: number; rep?: string; start?: string; dryRun?: boolean }) => {
        const repId = opts.rep ? resolveRep(ctx.core, opts.rep) : undefined;
        const plan = await ctx.call('visits.plan', { weeks: opts.weeks, repId, start: opts.start, save: !opts.dryRun });
        const value = {
          planId: plan.planId, start: plan.start, end: plan.end, weeks: plan.weeks, ms: plan.ms, replaced: plan.replaced,
          visits: plan.visits.map((v) => ({ customer: v.code, rep: v.repName, repId: v.repId, date: v.date, tier: v.tier, reason: v.reason })),
          unplanned: plan.unplanned.map((u) => ({ customer: u.code, reason: u.reason, rep: u.repName, tier: u.tier, dueDate: u.dueDate })),
          unplannedByReason: plan.unplannedByReason,
        };
        const reasons = Object.entries(plan.unplannedByReason).map(([r, n]) => `${r} ${n}`).join(', ') || 'none';
        print(ctx, value, `${plan.visits.length} visits ${plan.start} … ${plan.end}${plan.planId ? '' : ' (not saved)'}; not planned: ${reasons}; ${plan.ms} ms`);
      }),
    );
  visits
    .command('compliance')
    .description('planned vs done and on-time share by tier and by rep')
    .option('--from <date>', 'first planned day', isoDateOption)
    .option('--to <date>', 'last planned day', isoDateOption)
    .option('--rep <ref>', 'only this rep (id or name)')
    .action(
      action(async (ctx, opts: { from?: string; to?: string; rep?: string }) => {
        const repId = opts.rep ? resolveRep(ctx.core, opts.rep) : undefined;
        const report = await ctx.call('visits.compliance', { from: opts.from, to: opts.to, repId });
        const line = (r: typeof report.total) => `${r.label}: planned ${r.planned}, due ${r.due}, done ${r.done}, on time ${r.onTime}`;
        print(ctx, report, [line(report.total), ...report.byTier.map(line)].join('\n'));
      }),
    );
  visits
    .command('export')
    .description('write the visits of a period to an xlsx file')
    .option('--from <date>', 'first day', isoDateOption)
    .option('--to <date>', 'last day', isoDateOption)
    .option('--rep <ref>', 'only this rep (id or name)')
    .option('--lang <language>', 'zh-CN | en', 'zh-CN')
    .action(
      action(async (ctx, opts: { from?: string; to?: string; rep?: string; lang: string }) => {
        const repId = opts.rep ? resolveRep(ctx.core, opts.rep) : undefined;
        const result = await ctx.call('visits.export', { from: opts.from, to: opts.to, repId, language: opts.lang === 'en' ? 'en' : 'zh-CN' });
        print(ctx, result, `${result.rows} visits → ${result.file}`);
      }),
    );

  const policies = program.command('policies').description('visit interval and service level per tier');
  policies
    .command('list')
    .action(
      action(async (ctx) => {
        const list = await ctx.call('policies.list', {});
        print(ctx, { policies: list }, list.map((p) => `${p.tier}: every ${p.visitIntervalDays} days  ${p.serviceLevel ?? ''}`).join('\n'));
      }),
    );
  policies
    .command('set <tier> <days>')
    .description('set a tier visit interval in days')
    .option('--service <text>', 'service level')
    .option('--notes <text>', 'notes')
    .action(
      action(async (ctx, opts: { service?: string; notes?: string }, tier: string, days: string) => {
        const current = (await ctx.call('policies.list', {})).find((p) => p.tier === tier);
        const policy = await ctx.call('policies.update', {
          tier, visitIntervalDays: integerOption(days), serviceLevel: opts.service ?? current?.serviceLevel, notes: opts.notes ?? current?.notes,
        });
        print(ctx, policy, `${policy.tier}: every ${policy.visitIntervalDays} days`);
      }),
    );
}
