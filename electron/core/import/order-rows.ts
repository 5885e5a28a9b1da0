/**
 * One source row of an orders file → an order line (money in units of 10^-scale), a skip, or its problems.
 * The common spellings take the fast path; anything else goes through shared/import's mapRow.
 */
import { mapRow, normalizeText, type Cell, type OrderKind, type OrderRecord, type RowIssue } from '../../../shared/import';
import { fastCode, fastDate, fastMoney, fastNumber } from './fast-values';
import type { ImportPlan } from './import-plan';

export interface OrderLine {
  orderNo: string;
  code: string;
  name: string | undefined;
  region: string | undefined;
  date: string;
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

const text = (c: Cell): string => (c == null ? '' : typeof c === 'string' ? c : c instanceof Date ? '' : String(c));
const MONEY_DIGITS = 2;
const NO_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({});

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
  const synthetic = new Map<string, number>();

  function fast(cells: Cell[], orderNo: string, code: string): OrderLine | null {
    if (cKind !== -1 && text(cells[cKind]).trim() !== '') return null;
    const date = fastDate(text(cells[cDate]));
    if (date === null) return null;
    let amount: number | null;
    if (cAmount !== -1) amount = opts.decimalComma ? null : fastMoney(text(cells[cAmount]), digits);
    else {
      const p = opts.decimalComma ? null : fastMoney(text(cells[cPrice]), digits);
      const q = fastNumber(text(cells[cQty]));
      amount = p === null || q === null || !Number.isInteger(q) ? null : p * q;
    }
    if (amount === null || !Number.isSafeInteger(amount)) return null;
    let cost: number | null = null;
    if (cCost !== -1 && text(cells[cCost]) !== '') if ((cost = fastMoney(text(cells[cCost]), digits)) === null) return null;
    let quantity: number | null = null;
    if (cQty !== -1 && text(cells[cQty]) !== '') if ((quantity = fastNumber(text(cells[cQty]))) === null) return null;
    return {
      orderNo, code, date, amount, cost, quantity, kind: undefined,
      name: cName === -1 ? undefined : normalizeText(text(cells[cName])) || undefined,
      region: undefined,
      category: cCat === -1 ? null : normalizeText(text(cells[cCat])) || null,
    };
  }

  function full(cells: Cell[], defaults: Readonly<Record<string, string>>): OrderLine | RowIssue[] {
    const r = mapRow('orders', cells, m, { ...mapOpts, defaults });
    if (!r.ok) return r.errors;
    const o: OrderRecord = r.record;
    const explicit = cKind !== -1 && text(cells[cKind]).trim() !== '';
    return {
      orderNo: o.orderNo, code: o.customerCode, name: o.customerName, region: undefined, date: o.date,
      kind: explicit ? o.kind : undefined, amount: o.amount, cost: o.cost ?? null, quantity: o.quantity ?? null, category: o.category ?? null,
    };
  }

  /** 'skip' for a line the format skips (Online Retail lines without a customer). */
  return function read(cells: Cell[]): OrderLine | RowIssue[] | 'skip' {
    const rawCode = text(cells[cCode]);
    if (preset?.skipWithoutCustomer && rawCode.trim() === '') return 'skip';
    const code = fastCode(rawCode);
    let orderNo = cNo === -1 ? '' : fastCode(text(cells[cNo]));
    let defaults = NO_DEFAULTS;
    if (preset?.syntheticOrderNo) {
      const day = text(cells[cDate]).trim();
      const key = `${normalizeText(rawCode)}-${day}`;
      const n = (synthetic.get(key) ?? 0) + 1;
      synthetic.set(key, n);
      orderNo = `${key}-${n}`;
      defaults = { orderNo };
    }
    const line = (code !== null && orderNo ? fast(cells, orderNo, code) : null) ?? full(cells, defaults);
    if (Array.isArray(line)) return line;
    if (cRegion !== -1) line.region = normalizeText(text(cells[cRegion])) || undefined;
    line.kind = preset?.kindFromOrderNo?.(line.orderNo) ?? line.kind;
    return line;
  };
}
