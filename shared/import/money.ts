/** parseMoney: text → integer minor units (fen / cents), exactly, with bilingual errors. */
import { parseDecimal, shiftDecimal, toScaledInteger, isZero, type DecimalError } from './decimal';
import { fail, foldForParsing, quote, type Fail } from './text';

export interface MoneyOptions {
  /** '1.234,56' style: ',' is the decimal separator, '.' and spaces group thousands. */
  decimalComma?: boolean;
  /** Minor-unit digits of the currency (2 for CNY/USD/EUR, 0 for JPY). Default 2. */
  minorDigits?: number;
  /** An empty cell is OK and gives `minor: null`. */
  allowEmpty?: boolean;
}

export type MoneyOk = { ok: true; minor: number; rounded: boolean };
export type MoneyEmpty = { ok: true; minor: null; rounded: false };
export type MoneyResult = MoneyOk | Fail;

/** Currency symbols and codes accepted around an amount (matched case-insensitively). */
export const CURRENCY_PREFIXES = [
  'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', 'US$', 'HK$', 'NT$', 'A$', 'C$', 'S$', '人民币',
  '¥', '￥', '$', '£', '€',
] as const;
export const CURRENCY_SUFFIXES = [
  'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', '人民币', '元', '圆', '块', '¥', '$', '£', '€', '万', '亿',
] as const;

const EXAMPLES = { zh: '示例：1234.56、¥1,234.56、(1,234.00)', en: 'expected e.g. 1234.56, ¥1,234.56, (1,234.00)' };

function moneyError(text: string, reason: DecimalError): Fail {
  const q = quote(text);
  switch (reason) {
    case 'empty':
      return fail('金额为空', 'the amount is empty');
    case 'sign':
      return fail(`无法识别金额 ${q}：正负号重复`, `cannot read ${q} as an amount: it has more than one sign`);
    case 'grouping':
      return fail(
        `无法识别金额 ${q}：小数点或千位分隔符位置不对（${EXAMPLES.zh}）`,
        `cannot read ${q} as an amount: misplaced decimal point or thousands separator (${EXAMPLES.en})`,
      );
    default:
      return fail(`无法将 ${q} 识别为金额（${EXAMPLES.zh}）`, `cannot read ${q} as an amount of money (${EXAMPLES.en})`);
  }
}

/**
 * Read an amount of money as integer minor units without any floating-point step.
 * Accepts currency symbols/codes (¥ ￥ $ £ € RMB CNY 元 …), full-width digits, thousands separators
 * (',', spaces, thin spaces, apostrophes), negatives as '-1234', '1234-' or '(1,234.00)', a decimal comma
 * when unambiguous ('12,50') or with `decimalComma`, and the Chinese multipliers 万 (10⁴) and 亿 (10⁸).
 * More decimals than the currency has are rounded half AWAY from zero (0.005 → 1, -0.005 → -1) and the
 * result says `rounded: true` so the caller can warn.
 */
export function parseMoney(text: string | number | null | undefined, opts: MoneyOptions & { allowEmpty: true }): MoneyResult | MoneyEmpty;
export function parseMoney(text: string | number | null | undefined, opts?: MoneyOptions): MoneyResult;
export function parseMoney(text: string | number | null | undefined, opts: MoneyOptions = {}): MoneyResult | MoneyEmpty {
  const digits = opts.minorDigits ?? 2;
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) return moneyError(String(text), 'chars');
    // String(number) is the shortest round-trip form, so 19.99 → '19.99' → 1999 exactly.
    text = String(text);
  }
  const s = foldForParsing(text ?? '');
  if (s === '') return opts.allowEmpty ? { ok: true, minor: null, rounded: false } : moneyError(s, 'empty');
  const r = parseDecimal(s, { decimalComma: opts.decimalComma, prefixes: CURRENCY_PREFIXES, suffixes: CURRENCY_SUFFIXES });
  if (!r.ok) return moneyError(s, r.reason);
  const multipliers = r.affixes.filter((a) => a === '万' || a === '亿');
  if (multipliers.length > 1) return moneyError(s, 'chars');
  let parts = r.parts;
  if (multipliers[0] === '万') parts = shiftDecimal(parts, 4);
  if (multipliers[0] === '亿') parts = shiftDecimal(parts, 8);
  const { value, rounded } = toScaledInteger(parts, digits);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail(`金额 ${quote(s)} 过大`, `the amount ${quote(s)} is too large`);
  }
  const minor = Number(value);
  return { ok: true, minor: minor === 0 || isZero(parts) ? 0 : minor, rounded };
}

/** Format minor units back to a plain decimal string ('-1234.50'); used for messages and exports. */
export function formatMinor(minor: number, minorDigits = 2): string {
  const neg = minor < 0;
  const digits = String(Math.abs(minor)).padStart(minorDigits + 1, '0');
  const int = digits.slice(0, digits.length - minorDigits);
  const frac = digits.slice(digits.length - minorDigits);
  return `${neg ? '-' : ''}${int}${minorDigits > 0 ? `.${frac}` : ''}`;
}
