/** Visits with visits.list's filters, every matching row (through the same query), as xlsx or CSV. */
import type { ExportResult } from '../../../shared/ipc/channels/export';
import type { VisitRow } from '../../../shared/ipc/channels/visits';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import type { HandlerContext } from '../handlers/types';
import { listRuns } from '../scoring/run-info';
import { listVisits, type VisitListQuery } from '../visits/visit-queries';
import { exportPath, writeAtomically } from './export-target';
import { LIST_LABELS } from './list-labels';
import { langOf } from './report-labels';
import { writeTable, type TableColumn } from './table-export';

export interface VisitsExportOptions extends Omit<VisitListQuery, 'limit' | 'offset'> {
  format: 'xlsx' | 'csv';
  language: 'zh-CN' | 'en';
  out?: string;
}

const PAGE = 5000;

function* allVisits(core: Core, q: Omit<VisitListQuery, 'limit' | 'offset'>): Generator<VisitRow> {
  for (let offset = 0; ; offset += PAGE) {
    const page = listVisits(core, { ...q, offset, limit: PAGE });
    yield* page.rows;
    if (page.rows.length < PAGE) return;
  }
}

export async function exportVisits(core: Core, opts: VisitsExportOptions, ctx: Pick<HandlerContext, 'progress' | 'cancelled'>): Promise<ExportResult> {
  const started = performance.now();
  const L = LIST_LABELS[langOf(opts.language)];
  const { format, language: _language, out, ...query } = opts;
  const colors = new Map<string, string>();
  for (const run of listRuns(core.store, { limit: 20, offset: 0 }).reverse()) for (const t of run.tiers) colors.set(t.id, t.color);
  const columns: TableColumn<VisitRow>[] = [
    { header: L.v.planned, format: 'plain', width: 12, value: (r) => r.plannedDate },
    { header: L.v.done, format: 'plain', width: 12, value: (r) => r.doneDate },
    { header: L.v.status, format: 'plain', value: (r) => L.visitStatus[r.status] },
    { header: L.c.code, format: 'plain', width: 14, value: (r) => r.code },
    { header: L.c.name, format: 'plain', width: 32, value: (r) => r.name },
    { header: L.v.city, format: 'plain', value: (r) => r.city },
    { header: L.c.tier, format: 'tier', value: (r) => r.tier, color: (r) => (r.tier ? colors.get(r.tier) : undefined) },
    { header: L.v.rep, format: 'plain', value: (r) => r.repName },
    { header: L.v.outcome, format: 'plain', value: (r) => (r.outcome ? L.outcome[r.outcome] : null) },
    { header: L.v.note, format: 'plain', width: 40, value: (r) => r.note },
    { header: L.v.nextAction, format: 'plain', width: 30, value: (r) => r.nextAction },
  ];
  const file = exportPath(core, `${L.visitsFile(core.today())}.${format}`, out, [format]);
  const total = listVisits(core, { ...query, offset: 0, limit: 1 }).total;
  const rows = await writeAtomically(file, (target) =>
    writeTable({ file, format, sheetName: L.visitsSheet, columns, rows: allVisits(core, query), total, ctx }, target),
  );
  return { file, exportsDir: exportsDir(core), rows, ms: Math.round(performance.now() - started) };
}
