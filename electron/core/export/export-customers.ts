/** The customer list with customers.list's filters and sort, every matching row, as xlsx or CSV. */
import type { z } from 'zod';
import type { Customer, CustomerListQuerySchema } from '../../../shared/domain/customer';
import type { ExportResult } from '../../../shared/ipc/channels/export';
import type { Core } from '../core';
import { listCustomers } from '../customers/customer-queries';
import { exportsDir } from '../files/file-drop';
import type { HandlerContext } from '../handlers/types';
import { listRuns } from '../scoring/run-info';
import { exportPath, writeAtomically } from './export-target';
import { LIST_LABELS } from './list-labels';
import { langOf } from './report-labels';
import { writeTable, type TableColumn } from './table-export';

type Filter = Omit<z.output<typeof CustomerListQuerySchema>, 'offset' | 'limit'>;

export interface CustomerExportOptions {
  filter: Filter;
  format: 'xlsx' | 'csv';
  language: 'zh-CN' | 'en';
  includeContacts: boolean;
  out?: string;
}

const PAGE = 2000;

/** Every customer the filter matches, page by page through the same query as the list screen. */
function* allCustomers(core: Core, filter: Filter): Generator<Customer> {
  for (let offset = 0; ; offset += PAGE) {
    const page = listCustomers(core.store, { ...filter, offset, limit: PAGE });
    yield* page.rows;
    if (page.rows.length < PAGE) return;
  }
}

/** Tier id → colour from recent runs (the newest run's colour wins). */
function recentTierColors(core: Core): Map<string, string> {
  const colors = new Map<string, string>();
  for (const run of listRuns(core.store, { limit: 20, offset: 0 }).reverse()) for (const t of run.tiers) colors.set(t.id, t.color);
  return colors;
}

export async function exportCustomers(core: Core, opts: CustomerExportOptions, ctx: Pick<HandlerContext, 'progress' | 'cancelled'>): Promise<ExportResult> {
  const started = performance.now();
  const L = LIST_LABELS[langOf(opts.language)];
  const c = L.c;
  const colors = recentTierColors(core);
  const customKeys = core.store.sqlite
    .prepare(`SELECT DISTINCT j.key FROM customers c, json_each(c.custom) j WHERE c.deleted = 0 ORDER BY j.key`)
    .pluck()
    .all() as string[];
  const columns: TableColumn<Customer>[] = [
    { header: c.code, format: 'plain', width: 14, value: (r) => r.code },
    { header: c.name, format: 'plain', width: 32, value: (r) => r.name },
    { header: c.status, format: 'plain', value: (r) => L.status[r.status] },
    { header: c.tier, format: 'tier', value: (r) => r.tier, color: (r) => (r.tier ? colors.get(r.tier) : undefined) },
    { header: c.score, format: 'score', value: (r) => r.score },
    { header: c.industry, format: 'plain', width: 14, value: (r) => r.industry ?? null },
    { header: c.region, format: 'plain', value: (r) => r.region ?? null },
    { header: c.city, format: 'plain', value: (r) => r.city ?? null },
    { header: c.owner, format: 'plain', value: (r) => r.ownerRepName },
    { header: c.cooperationStart, format: 'plain', width: 14, value: (r) => r.cooperationStart ?? null },
    { header: c.tags, format: 'plain', width: 20, value: (r) => r.tags.join(opts.language === 'en' ? ', ' : '、') || null },
  ];
  if (opts.includeContacts) {
    columns.push(
      { header: c.contactName, format: 'plain', value: (r) => r.contactName ?? null },
      { header: c.contactPhone, format: 'text', width: 16, value: (r) => r.contactPhone ?? null },
      { header: c.contactEmail, format: 'plain', width: 24, value: (r) => r.contactEmail ?? null },
      { header: c.address, format: 'plain', width: 32, value: (r) => r.address ?? null },
    );
  }
  for (const key of customKeys) {
    columns.push({ header: key, format: 'plain', value: (r) => (r.custom[key] === undefined || r.custom[key] === null ? null : typeof r.custom[key] === 'number' ? r.custom[key] : String(r.custom[key])) });
  }
  columns.push({ header: c.updatedAt, format: 'plain', width: 18, value: (r) => r.updatedAt.slice(0, 16).replace('T', ' ') });
  const file = exportPath(core, `${L.customersFile(core.today())}.${opts.format}`, opts.out, [opts.format]);
  const total = listCustomers(core.store, { ...opts.filter, offset: 0, limit: 1 }).total;
  const rows = await writeAtomically(file, (target) =>
    writeTable({ file, format: opts.format, sheetName: L.customersSheet, columns, rows: allCustomers(core, opts.filter), total, ctx }, target),
  );
  return { file, exportsDir: exportsDir(core), rows, ms: Math.round(performance.now() - started) };
}
