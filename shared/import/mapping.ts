/** suggestMapping (headers → fields by synonyms) and headerSignature (key for saved mappings). */
import { fieldsOf, missingRequired, type ColumnMapping, type FieldKey, type ImportKind } from './fields';
import { SYNONYMS } from './synonyms';

/** Lower-case, half-width (NFKC), without spaces, punctuation, symbols and a trailing required mark. */
export function normalizeHeader(header: string): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export interface MappingSuggestion<K extends ImportKind = ImportKind> {
  mapping: Record<FieldKey<K>, number | null>;
  /** Column indexes no field took (blank headers included). */
  unmapped: number[];
  /** 0–1: the mean match score over required fields (0 for a missing one). 1 = all exact. */
  confidence: number;
  /** Per mapped field: 1 exact synonym, below 1 a partial (fuzzy) match. */
  scores: Partial<Record<FieldKey<K>, number>>;
  missingRequired: FieldKey<K>[];
}

/** Score of one header against one synonym: 1 exact; partial when the header contains the synonym. */
function matchScore(header: string, synonym: string): number {
  if (header === '' || synonym === '') return 0;
  if (header === synonym) return 1;
  const cjk = /[\u3400-\u9fff]/.test(synonym);
  if (synonym.length < (cjk ? 2 : 3) || !header.includes(synonym)) return 0;
  // Longer overlap is better; the head noun sits at the end in both languages ('Total Qty', '订单金额').
  return 0.5 + 0.3 * (synonym.length / header.length) + (header.endsWith(synonym) ? 0.1 : 0);
}

/**
 * Suggest which column feeds which field. Every (field, column) pair gets its best synonym score; pairs are
 * taken greedily best-first (exact before fuzzy; ties: required fields, then field order, then column
 * order), each field and column at most once.
 */
export function suggestMapping<K extends ImportKind>(kind: K, headers: readonly string[]): MappingSuggestion<K> {
  const defs = fieldsOf(kind);
  const syn = SYNONYMS[kind] as Record<string, readonly string[]>;
  const norm = headers.map(normalizeHeader);
  const pairs: { field: string; col: number; score: number; rank: number }[] = [];
  defs.forEach((def, fi) => {
    const words = [def.key, def.label.zh, def.label.en, ...syn[def.key]].map(normalizeHeader);
    norm.forEach((h, col) => {
      const score = Math.max(...words.map((w) => matchScore(h, w)));
      if (score > 0) pairs.push({ field: def.key, col, score, rank: (def.required ? 0 : 100) + fi });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.rank - b.rank || a.col - b.col);
  const mapping = Object.fromEntries(defs.map((d) => [d.key, null])) as Record<string, number | null>;
  const scores: Record<string, number> = {};
  const usedCols = new Set<number>();
  for (const p of pairs) {
    if (mapping[p.field] !== null || usedCols.has(p.col)) continue;
    mapping[p.field] = p.col;
    scores[p.field] = Math.round(p.score * 100) / 100;
    usedCols.add(p.col);
  }
  const required = defs.filter((d) => d.required);
  const missing = missingRequired(kind, mapping);
  const confidence = required.length
    ? required.reduce((s, d) => s + (scores[d.key] ?? (missing.includes(d.key) ? 0 : 1)), 0) / required.length
    : 1;
  return {
    mapping: mapping as Record<FieldKey<K>, number | null>,
    unmapped: headers.map((_, i) => i).filter((i) => !usedCols.has(i)),
    confidence: Math.round(confidence * 100) / 100,
    scores: scores as Partial<Record<FieldKey<K>, number>>,
    missingRequired: missing as FieldKey<K>[],
  };
}

/**
 * Stable signature of a header row, for reusing a saved mapping: FNV-1a (32-bit) over the normalised
 * headers in order, as 8 hex digits. 'Customer ID' and 'customer_id' sign alike; order matters.
 */
export function headerSignature(headers: readonly string[]): string {
  return fnv1a32(`${headers.length}\u001e${headers.map(normalizeHeader).join('\u001f')}`);
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of the text, as 8 hex digits. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Whether a saved mapping still fits these headers (every mapped column exists). */
export function mappingFits<K extends ImportKind>(mapping: ColumnMapping<K>, headers: readonly string[]): boolean {
  return Object.values(mapping).every((c) => c === null || c === undefined || (typeof c === 'number' && c >= 0 && c < headers.length));
}
