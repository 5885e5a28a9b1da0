import { z } from 'zod';
import { CustomerListQuerySchema } from '../../domain/customer';
import { channel } from '../define';

const id = z.string().min(1);
const language = z.enum(['zh-CN', 'en']).default('zh-CN');
const format = z.enum(['xlsx', 'csv']).default('xlsx');
/** a path to write to (CLI); without it the file goes into the book's exports folder */
const out = z.string().min(1).optional();

/** What every export answers: the file written, the folder the browser may download from, data rows, time. */
export interface ExportResult {
  file: string;
  exportsDir: string;
  /** data rows written (customers of the report; rows of a list) */
  rows: number;
  ms: number;
}

/** customers.list's filters and sort, without paging: the export holds every matching customer. */
export const CustomerExportFilterSchema = CustomerListQuerySchema.omit({ offset: true, limit: true });

export const ExportReportSchema = z.object({
  /** default: the newest rating run */
  runId: id.optional(),
  /** default: the previous run of the same model; null: no comparison */
  previousRunId: id.nullable().optional(),
  language,
  out,
});

export const ExportCustomersSchema = z.object({
  filter: CustomerExportFilterSchema.default({ includeArchived: false, sortBy: 'code', sortDir: 'asc' }),
  format,
  language,
  /** contact person, phone, e-mail and address (personal data): leave out when the list goes further */
  includeContacts: z.boolean().default(true),
  out,
});

export const ExportChangesSchema = z.object({
  fromRunId: id,
  toRunId: id,
  /** also list customers that are new in `to` or not in it any more */
  includeNewAndLost: z.boolean().default(false),
  format,
  language,
  out,
});

/** visits.list's filters, without paging */
export const ExportVisitsSchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  repId: id.optional(),
  status: z.enum(['planned', 'done', 'overdue', 'all']).default('all'),
  tiers: z.array(z.string()).max(50).optional(),
  search: z.string().max(100).optional(),
  format,
  language,
  out,
});

export type ExportReportInput = z.input<typeof ExportReportSchema>;
export type ExportCustomersInput = z.input<typeof ExportCustomersSchema>;
export type ExportChangesInput = z.input<typeof ExportChangesSchema>;
export type ExportVisitsInput = z.input<typeof ExportVisitsSchema>;

export const exportChannels = {
  /** the tier report workbook of a rating run (Summary with chart, Customers, Tier changes, Model) */
  'export.report': channel<ExportResult>('read')(ExportReportSchema),
  /** the customer list with customers.list's filters, as xlsx or CSV (UTF-8 with BOM) */
  'export.customers': channel<ExportResult>('read')(ExportCustomersSchema),
  /** tier changes between two runs, as xlsx or CSV */
  'export.changes': channel<ExportResult>('read')(ExportChangesSchema),
  /** visits with visits.list's filters, as xlsx or CSV */
  'export.visits': channel<ExportResult>('read')(ExportVisitsSchema),
};
