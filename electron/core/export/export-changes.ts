/** Tier changes between two rating runs (upgrades and downgrades, optionally new and lost customers) with reasons. */
import type { ExportResult } from '../../../shared/ipc/channels/export';
import type { RunDiff } from '../../../shared/ipc/channels/ratings';
import type { Lang, ModelDefinition } from '../../../shared/scoring';
import { formatReason } from '../../../shared/scoring';
import type { Core } from '../core';
import { blockReasons } from '../scoring/result-block';
import { entryAt, runColumns } from '../scoring/run-results';
import { exportsDir } from '../files/file-drop';
import type { HandlerContext } from '../handlers/types';
import { diffRuns } from '../scoring/run-diff';
import { getRunRow } from '../scoring/run-info';
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
  const target = runColumns(core, opts.toRunId);
  const targetModel = JSON.parse(getRunRow(core.store, opts.toRunId).definition) as ModelDefinition;
  const rank = { upgrade: 0, downgrade: 1, new: 2, lost: 3 } as const;
  const changes = diff.changes
    .filter((c) => opts.includeNewAndLost || c.change === 'upgrade' || c.change === 'downgrade')
    .sort((a, b) => rank[a.change] - rank[b.change]);
  const rows = function* (): Generator<Change> {
    for (const c of changes) {
      const i = target.indexOf(c.customerId);
      const stored = i < 0 ? null : entryAt(target, i);
      const reasons = stored
        ? blockReasons(stored.block, stored.k, targetModel).map((r) => formatReason(r, lang, tierLabel)).join(lang === 'zh' ? '；' : '; ')
        : '';
      yield { ...c, score: i < 0 ? null : target.totalScore[i], reasons };
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
