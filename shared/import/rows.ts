/** mapRow: one row of cells + a column mapping → a typed record, or every problem in the row. */
import { parseDateTime } from './dates';
import { parseDecimal, multiplyScaled } from './decimal';
import { parseEnum } from './enums';
import { fieldsOf, type ColumnMapping, type FieldDef, type ImportKind } from './fields';
import { parseMoney } from './money';
import { parseInteger, parseNumber, parseScale } from './numbers';
import type { CustomColumns, RecordMap, RowIssue } from './records';
import { fail, foldForParsing, normalizeCode, normalizeText, quote, toHalfWidth, type Fail, type Msg } from './text';

export type Cell = string | number | Date | null | undefined;

export interface MapRowOptions {
  /** Header texts, used to name columns in errors and custom keys. */
  headers?: readonly string[];
  /** Ambiguous dates like 05/03/2024: true → 5 March, false (default) → May 3. */
  dayFirst?: boolean;
  /** Money and numbers written '1.234,56'. */
  decimalComma?: boolean;
  /** Minor-unit digits of the currency (default 2). */
  minorDigits?: number;
  /** Keep unmapped columns in `record.custom`: true for all, or the column indexes to keep. */
  customColumns?: boolean | readonly number[];
  /** Text used when a field has no column or an empty cell (e.g. { kind: 'sale' }, a synthesised orderNo). */
  defaults?: Partial<Record<string, string>>;
}

export type MapRowResult<K extends ImportKind> =
  | { ok: true; record: RecordMap[K]; warnings: RowIssue[] }
  | { ok: false; errors: RowIssue[] };

type Parsed = { ok: true; value: unknown; time?: string | null; warning?: Msg } | Fail;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cellText(cell: Cell): string {
  if (cell == null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}

function parseField(def: FieldDef, cell: Cell, opts: MapRowOptions): Parsed {
  const text = cellText(cell);
  switch (def.type) {
    case 'code':
      return { ok: true, value: normalizeCode(text) };
    case 'date': {
      const r = parseDateTime(typeof cell === 'number' || cell instanceof Date ? cell : text, { dayFirst: opts.dayFirst });
      return r.ok ? { ok: true, value: r.iso, time: r.time } : r;
    }
    case 'money': {
      const r = parseMoney(typeof cell === 'number' ? cell : text, { decimalComma: opts.decimalComma, minorDigits: opts.minorDigits });
      if (!r.ok) return r;
      const warning = r.rounded
        ? { zh: `金额 ${quote(text)} 的小数位超出，已四舍五入（远离零）`, en: `the amount ${quote(text)} has too many decimals; rounded half away from zero` }
        : undefined;
      return { ok: true, value: r.minor, warning };
    }
    case 'integer': {
      const r = parseInteger(typeof cell === 'number' ? cell : text, { decimalComma: opts.decimalComma, min: def.min, max: def.max });
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'number': {
      const r = parseNumber(typeof cell === 'number' ? cell : text, { decimalComma: opts.decimalComma, min: def.min, max: def.max });
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'scale': {
      const r = parseScale(typeof cell === 'number' ? cell : text, def.min ?? 0, def.max ?? 10, { decimalComma: opts.decimalComma });
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'enum': {
      const r = parseEnum(def.enumName!, text);
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'email': {
      const v = normalizeText(toHalfWidth(text)).replace(/^mailto:/i, '');
      return EMAIL.test(v) ? { ok: true, value: v } : fail(`${quote(v)} 不是有效的邮箱地址`, `${quote(v)} is not an email address`);
    }
    case 'phone': {
      const v = normalizeText(toHalfWidth(text));
      return (v.match(/\d/g) ?? []).length >= 5
        ? { ok: true, value: v }
        : fail(`${quote(v)} 不像电话号码`, `${quote(v)} does not look like a phone number`);
    }
    case 'tags': {
      const tags = [...new Set(normalizeText(text).split(/[,，;；、|/]/).map((t) => normalizeText(t)).filter(Boolean))];
      return { ok: true, value: tags };
    }
    default:
      return { ok: true, value: normalizeText(text) };
  }
}

function columnName(col: number | null | undefined, opts: MapRowOptions): string {
  if (typeof col !== 'number') return '';
  const h = normalizeText(opts.headers?.[col]);
  return h || `column ${col + 1}`;
}

function customOf(cells: readonly Cell[], mapping: Record<string, number | null | undefined>, opts: MapRowOptions): CustomColumns | undefined {
  if (!opts.customColumns) return undefined;
  const used = new Set(Object.values(mapping).filter((c): c is number => typeof c === 'number'));
  const width = Math.max(cells.length, opts.headers?.length ?? 0);
  const out: CustomColumns = {};
  for (let i = 0; i < width; i++) {
    if (used.has(i) || (Array.isArray(opts.customColumns) && !opts.customColumns.includes(i))) continue;
    const value = normalizeText(cellText(cells[i]));
    if (value === '') continue;
    let key = columnName(i, opts);
    for (let n = 2; key in out; n++) key = `${columnName(i, opts)} (${n})`;
    out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Orders: amount from unit price × quantity when needed, and the sign/kind rule (returns are negative). */
function finishOrder(rec: Record<string, unknown>, cells: readonly Cell[], mapping: Record<string, number | null | undefined>, opts: MapRowOptions, issue: (f: string, m: Msg) => RowIssue): RowIssue[] {
  const warnings: RowIssue[] = [];
  if (rec.amount === undefined && typeof rec.unitPrice === 'number' && rec.quantity !== undefined) {
    const q = parseDecimal(foldForParsing(cellText(cells[mapping.quantity as number])), { decimalComma: opts.decimalComma });
    if (q.ok) {
      const r = multiplyScaled(BigInt(rec.unitPrice), q.parts);
      rec.amount = Number(r.value) || 0;
      if (r.rounded) warnings.push(issue('amount', { zh: '单价 × 数量 已四舍五入到分', en: 'unit price × quantity was rounded to the minor unit' }));
    }
  }
  const amount = rec.amount as number;
  if (rec.kind === undefined) rec.kind = amount < 0 ? 'return' : 'sale';
  else if (rec.kind === 'return' && amount > 0) rec.amount = -amount;
  else if (rec.kind === 'sale' && amount < 0) {
    rec.kind = 'return';
    warnings.push(issue('kind', { zh: '负数金额的销售单按退货导入', en: 'a sale with a negative amount is imported as a return' }));
  }
  return warnings;
}

const NO_AMOUNT: Msg = { zh: '金额为空，且无法由单价 × 数量算出', en: 'the amount is empty and cannot be computed from unit price × quantity' };
const NO_ASSESSMENT: Msg = { zh: '这一行没有任何评估值', en: 'this row has no assessment values' };

/**
 * Turn one row into a typed record for the kind: money in integer minor units, dates ISO, enums
 * canonical, texts trimmed. Every bad cell is reported (not just the first) with its column, field,
 * value and a bilingual message. Warnings (e.g. money rounded) do not fail the row.
 */
export function mapRow<K extends ImportKind>(kind: K, cells: readonly Cell[], mapping: ColumnMapping<K>, opts: MapRowOptions = {}): MapRowResult<K> {
  const map = mapping as Record<string, number | null | undefined>;
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const rec: Record<string, unknown> = {};
  const issue = (field: string, message: Msg, value = ''): RowIssue => ({ column: columnName(map[field], opts), field, value, message });
  const amountFromLine = kind === 'orders' && typeof map.unitPrice === 'number' && typeof map.quantity === 'number';
  for (const def of fieldsOf(kind)) {
    const col = map[def.key];
    let cell: Cell = typeof col === 'number' ? cells[col] : undefined;
    if (cellText(cell).trim() === '' && opts.defaults?.[def.key] !== undefined) cell = opts.defaults[def.key];
    const text = cellText(cell);
    if (text.trim() === '') {
      if (def.required && !(def.key === 'amount' && amountFromLine)) {
        const message: Msg = typeof col === 'number'
          ? { zh: `${def.label.zh}为空（必填）`, en: `${def.label.en} is required but the cell is empty` }
          : { zh: `缺少必填字段“${def.label.zh}”的列`, en: `no column is mapped to the required field '${def.label.en}'` };
        errors.push(issue(def.key, message));
      }
      continue;
    }
    const r = parseField(def, cell, opts);
    if (!r.ok) { errors.push(issue(def.key, r.message, text)); continue; }
    if (def.type === 'tags' && (r.value as string[]).length === 0) continue;
    rec[def.key] = r.value;
    if (r.time && kind === 'orders' && def.key === 'date') rec.time = r.time;
    if (r.warning) warnings.push(issue(def.key, r.warning, text));
  }
  if (errors.length) return { ok: false, errors };
  if (kind === 'orders') {
    if (rec.amount === undefined && (rec.unitPrice === undefined || rec.quantity === undefined)) {
      return { ok: false, errors: [issue(rec.unitPrice === undefined ? 'unitPrice' : 'quantity', NO_AMOUNT)] };
    }
    warnings.push(...finishOrder(rec, cells, map, opts, (f, m) => issue(f, m)));
  }
  if (kind === 'assessments') {
    const measures = ['satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship', 'assessor', 'note'];
    if (!measures.some((k) => rec[k] !== undefined)) return { ok: false, errors: [issue('', NO_ASSESSMENT)] };
  }
  const custom = customOf(cells, map, opts);
  if (custom) rec.custom = custom;
  return { ok: true, record: rec as unknown as RecordMap[K], warnings };
}
