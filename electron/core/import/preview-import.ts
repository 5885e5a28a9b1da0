/** Preview of an import: headers, the mapping that would be used, and the first 50 rows with each cell's problem. */
import { mapRow, type Cell } from '../../../shared/import';
import type { ImportPreview, PreviewCell } from '../../../shared/ipc/channels/import';
import type { Core } from '../core';
import { FORMAT_PRESETS, type ImportFormat } from './import-formats';
import { cellText, planImport, type MappingInput } from './import-plan';
import { readTableHead } from './read-table-head';
import { openRowSource } from './source-rows';

export interface PreviewOptions {
  file: string;
  kind: 'customers' | 'orders' | 'assessments';
  format?: ImportFormat;
  mapping?: MappingInput;
  sheet?: string;
  dayFirst?: boolean;
  decimalComma?: boolean;
}

const PREVIEW_ROWS = 50;

export async function previewImport(core: Core, opts: PreviewOptions): Promise<ImportPreview> {
  const preset = opts.kind === 'orders' && opts.format && opts.format !== 'generic' ? FORMAT_PRESETS[opts.format] : null;
  const source = await openRowSource(opts.file, { sheet: opts.sheet, whitespace: preset?.whitespace });
  try {
    const head = await readTableHead(source);
    const plan = planImport(core, opts.kind, head.header?.cells ?? null, head.width, opts);
    const defaults = preset?.syntheticOrderNo ? { orderNo: 'preview' } : undefined;
    const rows = head.rows.slice(0, PREVIEW_ROWS).map((r) => {
      const cells: PreviewCell[] = plan.headers.map((_, i) => ({ text: cellText(r.cells[i] as Cell) }));
      const result = mapRow(opts.kind, r.cells, plan.mapping, { headers: plan.headers, dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, defaults });
      const problems = result.ok ? [] : result.errors.map((e) => ({ column: e.column, field: e.field, message: e.message }));
      for (const p of problems) {
        const col = plan.mapping[p.field];
        if (typeof col === 'number' && cells[col]) cells[col].problem = p.message;
      }
      const ok = problems.length === 0 || (!!preset?.skipWithoutCustomer && problems.every((p) => p.field === 'customerCode'));
      return { row: r.row, cells, ok, problems };
    });
    return {
      headers: plan.headers,
      headerRow: head.header?.row ?? null,
      signature: plan.signature,
      mapping: plan.mapping,
      mappingFrom: plan.origin,
      missingRequired: plan.missing,
      source: source.info,
      rows,
    };
  } finally {
    source.close();
  }
}
