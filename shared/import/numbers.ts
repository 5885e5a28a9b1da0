/** parseNumber, parseInteger and parseScale: exact decimal reading of counts, quantities and scores. */
import { parseDecimal, shiftDecimal, toNumber, toScaledInteger, type DecimalError, type DecimalParts } from './decimal';
import { fail, foldForParsing, quote, type Fail } from './text';

export interface NumberOptions {
  /** ',' is the decimal separator ('1.234,5'). */
  decimalComma?: boolean;
  /** Lowest / highest value accepted (inclusive). */
  min?: number;
  max?: number;
}

export type NumberResult = { ok: true; value: number } | Fail;

function numberError(s: string, reason: DecimalError, what: { zh: string; en: string }): Fail {
  const q = quote(s);
  if (reason === 'empty') return fail(`${what.zh}为空`, `the ${what.en} is empty`);
  if (reason === 'sign') return fail(`无法识别${what.zh} ${q}：正负号重复`, `cannot read ${q} as a ${what.en}: it has more than one sign`);
  return fail(`无法将 ${q} 识别为${what.zh}（示例：1234、1,234.5）`, `cannot read ${q} as a ${what.en} (expected e.g. 1234 or 1,234.5)`);
}

function rangeCheck(s: string, value: number, opts: NumberOptions, what: { zh: string; en: string }): Fail | null {
  const { min, max } = opts;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `≥ ${min}` : `≤ ${max}`;
    return fail(`${what.zh} ${quote(s)} 超出范围（应为 ${range}）`, `the ${what.en} ${quote(s)} is out of range (expected ${range})`);
  }
  return null;
}

function read(text: string | number, opts: NumberOptions, suffixes: readonly string[]): { s: string; parts?: DecimalParts; reason?: DecimalError; percent: boolean } {
  const s = typeof text === 'number' ? String(text) : foldForParsing(text);
  if (typeof text === 'number' && !Number.isFinite(text)) return { s, reason: 'chars', percent: false };
  const r = parseDecimal(s, { decimalComma: opts.decimalComma, suffixes });
  if (!r.ok) return { s, reason: r.reason, percent: false };
  return { s, parts: r.parts, percent: r.affixes.includes('%') };
}

const NUMBER = { zh: '数值', en: 'number' };
const INTEGER = { zh: '整数', en: 'whole number' };

/** Read a decimal number: full-width digits, thousands separators, '12.5%' → 0.125, '1.5E3'. */
export function parseNumber(text: string | number, opts: NumberOptions = {}): NumberResult {
  const r = read(text, opts, ['%']);
  if (!r.parts) return numberError(r.s, r.reason ?? 'chars', NUMBER);
  let value = toNumber(r.parts);
  if (r.percent) value = toNumber(shiftDecimal(r.parts, -2));
  return rangeCheck(r.s, value, opts, NUMBER) ?? { ok: true, value };
}

/** Read a whole number: '1,234', '１２', '12.0' (an integral decimal is fine), '3件'/'3个'/'3 pcs'. */
export function parseInteger(text: string | number, opts: NumberOptions = {}): NumberResult {
  const r = read(text, opts, ['件', '个', '次', '人', '位', 'pcs', 'pc']);
  if (!r.parts) return numberError(r.s, r.reason ?? 'chars', INTEGER);
  if (/[1-9]/.test(r.parts.frac)) {
    return fail(`${quote(r.s)} 不是整数`, `${quote(r.s)} is not a whole number`);
  }
  const { value } = toScaledInteger(r.parts, 0);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail(`${quote(r.s)} 过大`, `${quote(r.s)} is too large`);
  }
  const n = Number(value) || 0;
  return rangeCheck(r.s, n, opts, INTEGER) ?? { ok: true, value: n };
}

export interface ScaleOptions {
  decimalComma?: boolean;
  /** Only whole points (default false: survey averages like 4.5 are fine). */
  integer?: boolean;
}

/**
 * Read a score on a fixed scale (satisfaction 1–5, recommend 0–10): '4', '4分', '4 分', '４', '4/5'
 * (a denominator must equal `max`). Words such as '五星' are not accepted.
 */
export function parseScale(text: string | number, min: number, max: number, opts: ScaleOptions = {}): NumberResult {
  let s = typeof text === 'number' ? String(text) : foldForParsing(text);
  const slash = /^(.+?)\s*\/\s*(\d+)$/.exec(s);
  if (slash) {
    if (Number(slash[2]) !== max) {
      return fail(`评分 ${quote(s)} 的满分应为 ${max}`, `the score ${quote(s)} should be out of ${max}`);
    }
    s = slash[1];
  }
  const r = read(s, { decimalComma: opts.decimalComma }, ['分', 'points', 'point', 'pts', 'pt']);
  if (!r.parts || r.percent) {
    return fail(
      `无法将 ${quote(s)} 识别为 ${min}–${max} 的评分（示例：4、4分）`,
      `cannot read ${quote(s)} as a score from ${min} to ${max} (expected e.g. 4 or 4分)`,
    );
  }
  const value = toNumber(r.parts);
  if (opts.integer && /[1-9]/.test(r.parts.frac)) {
    return fail(`评分 ${quote(s)} 应为整数`, `the score ${quote(s)} must be a whole number`);
  }
  if (value < min || value > max) {
    return fail(`评分 ${quote(s)} 超出范围（应为 ${min}–${max}）`, `the score ${quote(s)} is out of range (expected ${min}–${max})`);
  }
  return { ok: true, value };
}
