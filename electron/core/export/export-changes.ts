/** Tier changes between two rating runs (upgrades and downgrades, optionally new and lost customers) with reasons. */
import type { ExportResult } from '../../../shared/ipc/channels/export';
import type { RunDiff } from '../../../shared/ipc/channels/ratings';
import type { Lang, Reason } from '../../../shared/scoring';
import { formatReason } from '../../../shared/scoring';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import type { HandlerContext } from '../handlers/types';
import { diffRuns } from '../scoring/run-diff';
import { exportPath, writeAtomically } from './export-target';
import { LIST_LABELS } from './list-labels';
import { REPORT_LABELS, langOf } from './report-labels';
import { writeTable, type TableColumn } from './table-export';

export interface ChangesExportOptions {
  fromRunId: string;
  toRunId: string;
  includeNewAndLost: boolean;
  format: 'xlsx' | 'csv';
  language: 'zh-CN' | 'en';
  out?: string;
}

type Change = RunDiff['changes'][number] & { score: number | null; reasons: string };

export async function exportChanges(core: Core, opts: ChangesExportOptions, ctx: Pick<HandlerContext, 'progress' | 'cancelled'>): Promise<ExportResult> {
  const started = performance.now();
  const lang: Lang = langOf(opts.language);
  const L = LIST_LABELS[lang];
  const R = REPORT_LABELS[lang];
  const diff = diffRuns(core, opts.fromRunId, opts.toRunId, Number.MAX_SAFE_INTEGER);
  const labels = new Map([...diff.from.tiers, ...diff.to.tiers].map((t) => [t.id, t]));
  const tierLabel = (id: string, l: Lang) => labels.get(id)?.label[l] ?? id;
  const result = core.store.sqlite.prepare('SELECT total_score, explanation FROM rating_results WHERE run_id = ? AND customer_id = ?');
  const rank = { upgrade: 0, downgrade: 1, new: 2, lost: 3 } as const;
  const changes = diff.changes
    .filter((c) => opts.includeNewAndLost || c.change === 'upgrade' || c.change === 'downgrade')
    .sort((a, b) => rank[a.change] - rank[b.change]);
  const rows = function* (): Generator<Change> {
    for (const c of changes) {
      const stored = result.get(opts.toRunId, c.customerId) as { total_score: number; explanation: string } | undefined;
      const reasons = stored ? (JSON.parse(stored.explanation) as { r: Reason[] }).r.map((r) => formatReason(r, lang, tierLabel)).join(lang === 'zh' ? '；' : '; ') : '';
      yield { ...c, score: stored?.total_score ?? null, reasons };
    }
  };
  const columns: TableColumn<Change>[] = [
    { header: L.c.code, format: 'plain', width: 14, value: (r) => r.code },
    { header: L.c.name, format: 'plain', width: 32, value: (r) => r.name },
    { header: L.d.from, format: 'tier', value: (r) => r.from, color: (r) => (r.from ? labels.get(r.from)?.color : undefined) },
    { header: L.d.to, format: 'tier', value: (r) => r.to, color: (r) => (r.to ? labels.get(r.to)?.color : undefined) },
    { header: L.d.change, format: 'plain', value: (r) => R.change[r.change] },
    { header: L.d.fromAsOf, format: 'plain', width: 14, value: () => diff.from.asOf },
    { header: L.d.toAsOf, format: 'plain', width: 14, value: () => diff.to.asOf },
    { header: L.d.score, format: 'score', value: (r) => r.score },
    { header: L.d.reasons, format: 'plain', width: 90, value: (r) => r.reasons || null },
  ];
  const file = exportPath(core, `${L.changesFile(diff.from.asOf, diff.to.asOf)}.${opts.format}`, opts.out, [opts.format]);
  const written = await writeAtomically(file, (target) =>
    writeTable({ file, format: opts.format, sheetName: L.changesSheet, columns, rows: rows(), total: changes.length, ctx }, target),
  );
  return { file, exportsDir: exportsDir(core), rows: written, ms: Math.round(performance.now() - started) };
}
