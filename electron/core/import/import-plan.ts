/**
 * How a file's columns feed the fields of a kind: an explicit mapping, a format preset, a mapping saved for
 * this header signature (settings key `import.mapping.<kind>.<signature>`), or the suggestion from headers.
 */
import { fieldsOf, headerSignature, missingRequired, normalizeHeader, normalizeText, suggestMapping, type Cell, type ImportKind } from '../../../shared/import';
import type { Core } from '../core';
import { readSetting, writeSetting } from '../settings/settings';
import { FORMAT_PRESETS, type FormatPreset, type ImportFormat } from './import-formats';
import { missingColumnsError } from './import-errors';

export type MappingInput = Record<string, number | string | null>;
export type ResolvedMapping = Record<string, number | null>;
export type MappingOrigin = 'input' | 'format' | 'saved' | 'suggested';

export interface ImportPlan {
  kind: ImportKind;
  headers: string[];
  hasHeader: boolean;
  signature: string;
  mapping: ResolvedMapping;
  origin: MappingOrigin;
  preset: FormatPreset | null;
  source: string;
  regionColumn: number | null;
  /** Required fields without a column. */
  missing: string[];
}

/** A missing required column fails the whole file before anything is written. */
export function assertComplete(plan: ImportPlan, file: string) {
  if (!plan.missing.length) return;
  const labels = plan.missing.map((k) => fieldsOf(plan.kind).find((d) => d.key === k)!.label);
  throw missingColumnsError(file, labels, plan.headers);
}

export const mappingKey = (kind: ImportKind, signature: string) => `import.mapping.${kind}.${signature}`;

export function saveMapping(core: Core, kind: ImportKind, signature: string, mapping: ResolvedMapping) {
  writeSetting(core.store, mappingKey(kind, signature), mapping);
}

export function cellText(cell: Cell): string {
  if (cell == null) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
}

function columnOf(headers: string[], name: string): number | null {
  const want = normalizeHeader(name);
  const i = headers.findIndex((h) => normalizeHeader(h) === want);
  return i === -1 ? null : i;
}

/** Names given in a mapping file are looked up among the headers; numbers are column indexes (0-based). */
function resolveInput(kind: ImportKind, input: MappingInput, headers: string[]): ResolvedMapping {
  const out: ResolvedMapping = Object.fromEntries(fieldsOf(kind).map((d) => [d.key, null]));
  for (const [field, col] of Object.entries(input)) {
    if (!(field in out)) continue;
    out[field] = typeof col === 'number' ? (col >= 0 && col < headers.length ? col : null) : col == null ? null : columnOf(headers, col);
  }
  return out;
}

export function planImport(core: Core, kind: ImportKind, headerCells: Cell[] | null, width: number, opts: { mapping?: MappingInput; format?: ImportFormat }): ImportPlan {
  const hasHeader = headerCells !== null;
  const headers = hasHeader
    ? headerCells.map((c, i) => normalizeText(cellText(c)) || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const signature = headerSignature(headers);
  const preset = opts.format && opts.format !== 'generic' && kind === 'orders' ? FORMAT_PRESETS[opts.format] : null;
  let mapping: ResolvedMapping;
  let origin: MappingOrigin;
  if (opts.mapping) {
    mapping = resolveInput(kind, opts.mapping, headers);
    origin = 'input';
  } else if (preset) {
    mapping = resolveInput(kind, hasHeader ? preset.columns : (preset.indexes ?? {}), headers);
    origin = 'format';
  } else {
    const saved = readSetting<ResolvedMapping>(core.store, mappingKey(kind, signature));
    mapping = saved ? resolveInput(kind, saved, headers) : (suggestMapping(kind, headers).mapping as ResolvedMapping);
    origin = saved ? 'saved' : 'suggested';
  }
  const missing = missingRequired(kind, mapping).filter((k) => !(k === 'orderNo' && preset?.syntheticOrderNo));
  return {
    missing,
    kind, headers, hasHeader, signature, mapping, origin, preset,
    source: preset?.source ?? 'import',
    regionColumn: preset?.regionColumn && hasHeader ? columnOf(headers, preset.regionColumn) : null,
  };
}
