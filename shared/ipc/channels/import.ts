import { z } from 'zod';
import type { FieldType, ImportKind, Msg } from '../../import';
import { channel } from '../define';

const kind = z.enum(['customers', 'orders', 'assessments']);
const format = z.enum(['generic', 'online-retail', 'cdnow']);
/** field → column index (0-based) or header name; null: not imported. */
const mapping = z.record(z.string(), z.union([z.number().int().min(0), z.string(), z.null()]));
const file = z.string().min(1);

export const PreviewImportSchema = z.object({
  file, kind, format: format.optional(), mapping: mapping.optional(), sheet: z.string().optional(),
  dayFirst: z.boolean().optional(), decimalComma: z.boolean().optional(),
});
export const RunImportSchema = PreviewImportSchema.extend({
  mode: z.enum(['all-or-nothing', 'skip-bad-rows']).default('all-or-nothing'),
  dryRun: z.boolean().default(false),
  /** language of the error report's headers and messages */
  language: z.enum(['zh', 'en']).default('zh'),
});
export type PreviewImportInput = z.input<typeof PreviewImportSchema>;
export type RunImportInput = z.input<typeof RunImportSchema>;

export interface ImportError {
  /** 1-based row of the source file (sheet row or text line) */
  row: number;
  /** header of the column ('' when the problem is not one cell's) */
  column: string;
  value: string;
  message: Msg;
}

export interface ImportResult {
  /** rows (orders: orders) created */
  imported: number;
  /** existing rows changed */
  updated: number;
  /** existing rows the file left as they were */
  unchanged: number;
  /** source rows not imported: bad rows in skip mode, lines the format skips (no customer) */
  skipped: number;
  /** orders: source lines stored (a multi-line order counts each line) */
  lines: number;
  /** customers created because an order named an unknown code */
  customersCreated: number;
  errors: ImportError[];
  /** all problems found (errors lists at most 1,000) */
  errorCount: number;
  /** the xlsx error report in the exports folder, when there were problems */
  errorReport: string | null;
  dryRun: boolean;
  ms: number;
}

export interface PreviewCell {
  text: string;
  problem?: Msg;
}

export interface ImportPreview {
  headers: string[];
  headerRow: number | null;
  signature: string;
  mapping: Record<string, number | null>;
  mappingFrom: 'input' | 'format' | 'saved' | 'suggested';
  missingRequired: string[];
  /** a workbook: the sheet read, and the visible sheets to choose from */
  source: { type: 'text' | 'workbook'; encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] };
  rows: { row: number; cells: PreviewCell[]; ok: boolean; problems: { column: string; field: string; message: Msg }[] }[];
}

export interface ImportField {
  key: string;
  label: Msg;
  type: FieldType;
  required: boolean;
}

export const importChannels = {
  'import.preview': channel<ImportPreview>('read')(PreviewImportSchema),
  'import.run': channel<ImportResult>('write')(RunImportSchema),
  'import.saveMapping': channel<{ key: string }>('write')(
    z.object({ kind, signature: z.string().regex(/^[0-9a-f]{8}$/), mapping: z.record(z.string(), z.number().int().min(0).nullable()) }),
  ),
  'import.fields': channel<Record<ImportKind, ImportField[]>>('read')(z.object({})),
};
