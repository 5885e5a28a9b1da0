/**
 * One source row of an orders file → an order line (money in units of 10^-scale), a skip, or its problems.
 * The common spellings take the fast path, read from the cells' ranges (cell-ranges.ts): a delimited line in
 * place, or a row of cells; anything else goes through shared/import's mapRow.
 */
import { mapRow, normalizeText, type Cell, type OrderKind, type OrderRecord, type RowIssue } from '../../../shared/import';
import { CellRanges, cellString } from './cell-ranges';
import { fastCode, fastDay, fastMoney, fastNumber } from './fast-values';
import { parseDay } from '../../../shared/scoring/dates';
import type { ImportPlan } from './import-plan';

export interface OrderLine {
  orderNo: string;
  code: string;
  name: string | undefined;
  region: string | undefined;
  /** the order date's day number (shared/scoring/dates) */
  day: number;
  /** Explicit kind (a kind column, or the format's rule); undefined: by the sign of the order's net. */
  kind: OrderKind | undefined;
  amount: number;
  cost: number | null;
  quantity: number | null;
  category: string | null;
}

export interface OrderRowOptions {
  dayFirst?: boolean;
  decimalComma?: boolean;
}

const MONEY_DIGITS = 2;
const NO_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({});

/** mapRow's dates are calendar days of 1900–2999 written YYYY-MM-DD: anything else is a bug here, not a bad cell. */
function dayOf(date: string): number {
  const day = parseDay(date);
  if (day === null) throw new Error(`an order date read as ${JSON.stringify(date)}, which is no calendar day`);
  return day;
}

/** Amounts from unit price × quantity are kept at 4 more decimals until the order's total is rounded. */
export function orderScale(plan: ImportPlan): number {
  const m = plan.mapping;
  return m.amount == null && m.unitPrice != null && m.quantity != null ? 4 : 0;
}

export function makeOrderRowReader(plan: ImportPlan, opts: OrderRowOptions) {
  const m = plan.mapping;
  const scale = orderScale(plan);
  const digits = MONEY_DIGITS + scale;
  const preset = plan.preset;
  const col = (k: string) => (m[k] == null ? -1 : (m[k] as number));
  const [cNo, cCode, cDate, cAmount, cKind, cCost, cQty, cPrice, cCat, cName] =
    ['orderNo', 'customerCode', 'date', 'amount', 'kind', 'cost', 'quantity', 'unitPrice', 'category', 'customerName'].map(col);
  const cRegion = plan.regionColumn ?? -1;
  const mapOpts = { headers: plan.headers, dayFirst: opts.dayFirst, decimalComma: opts.decimalComma, minorDigits: digits };
  const syntheticCounts = new Map<string, number>();

  const needed = Math.max(cNo, cCode, cDate, cAmount, cKind, cCost, cQty, cPrice, cCat, cName, cRegion) + 1;
  const ranges = new CellRanges(needed);
  const money = (r: CellRanges, c: number) => (opts.decimalComma ? null : fastMoney(r.text, digits, r.from(c), r.to(c)));
  const optionalText = (r: CellRanges, c: number) => (c === -1 ? '' : normalizeText(r.cell(c)));

  /** The common spellings, read from the row's ranges; null to go the full way. `orderNo`: the format made it. */
  function fast(r: CellRanges, orderNo: string | null): OrderLine | null {
    const code = fastCode(r.text, r.from(cCode), r.to(cCode));
    orderNo ??= cNo === -1 ? null : fastCode(r.text, r.from(cNo), r.to(cNo));
    if (code === null || !orderNo) return null;
    if (cKind !== -1 && r.cell(cKind).trim() !== '') return null;
    const day = fastDay(r.text, r.from(cDate), r.to(cDate));
    if (day === null) return null;
    let amount: number | null;
    if (cAmount !== -1) amount = money(r, cAmount);
    else {
      const p = money(r, cPrice);
      const q = fastNumber(r.cell(cQty));
      amount = p === null || q === null || !Number.isInteger(q) ? null : p * q || 0; // no -0 (a price of -0 times a negative count)
    }
    if (amount === null || !Number.isSafeInteger(amount)) return null;
    let cost: number | null = null;
    if (cCost !== -1 && !r.isEmpty(cCost)) if ((cost = money(r, cCost)) === null) return null;
    let quantity: number | null = null;
    if (cQty !== -1 && !r.isEmpty(cQty)) if ((quantity = fastNumber(r.cell(cQty))) === null) return null;
    return {
      orderNo, code, day, amount, cost, quantity, kind: undefined,
      name: optionalText(r, cName) || undefined,
      region: optionalText(r, cRegion) || undefined,
      category: optionalText(r, cCat) || null,
    };
  }

  function full(cells: Cell[], defaults: Readonly<Record<string, string>>): OrderLine | RowIssue[] {
    const r = mapRow('orders', cells, m, { ...mapOpts, defaults });
    if (!r.ok) return r.errors;
    const o: OrderRecord = r.record;
    const explicit = cKind !== -1 && cellString(cells[cKind]).trim() !== '';
    return {
      orderNo: o.orderNo, code: o.customerCode, name: o.customerName, region: cRegion === -1 ? undefined : normalizeText(cellString(cells[cRegion])) || undefined, day: dayOf(o.date),
      kind: explicit ? o.kind : undefined, amount: o.amount, cost: o.cost ?? null, quantity: o.quantity ?? null, category: o.category ?? null,
    };
  }

  /** A row of cells; 'skip' for a line the format skips (Online Retail lines without a customer). */
  function readCells(cells: Cell[]): OrderLine | RowIssue[] | 'skip' {
    const rawCode = cellString(cells[cCode]);
    if (preset?.skipWithoutCustomer && rawCode.trim() === '') return 'skip';
    let synthetic: string | null = null;
    let defaults = NO_DEFAULTS;
    if (preset?.syntheticOrderNo) {
      const day = cellString(cells[cDate]).trim();
      const key = `${normalizeText(rawCode)}-${day}`;
      const n = (syntheticCounts.get(key) ?? 0) + 1;
      syntheticCounts.set(key, n);
      synthetic = `${key}-${n}`;
      defaults = { orderNo: synthetic };
    }
    const line = fast(ranges.ofCells(cells), synthetic) ?? full(cells, defaults);
    if (Array.isArray(line)) return line;
    line.kind = preset?.kindFromOrderNo?.(line.orderNo) ?? line.kind;
    return line;
  }

  /**
   * A reader of the lines of a delimited file (delimited-stream-parser.ts): each read in place, split into cells
   * only when it is not in the common spellings. Null when the plan has a format preset (its rules read cells).
   */
  function lineReader(delimiter: string) {
    if (preset !== null || delimiter.length !== 1) return null;
    return (text: string, start: number, end: number): OrderLine | RowIssue[] | 'skip' =>
      fast(ranges.ofLine(text, start, end, delimiter), null) ?? readCells(text.slice(start, end).split(delimiter));
  }

  return { readCells, lineReader };
}
