/** Text normalisation helpers shared by every parser in shared/import (pure, browser-safe). */

export interface Msg {
  zh: string;
  en: string;
}

export type Fail = { ok: false; message: Msg };

export function fail(zh: string, en: string): Fail {
  return { ok: false, message: { zh, en } };
}

/** Any whitespace, including NBSP, thin/narrow spaces, ideographic space and zero-width characters. */
const WS = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Full-width ASCII (U+FF01–U+FF5E) → half-width, ideographic space → space. Nothing else changes. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else if (c === 0xffe0) out += '¢';
    else if (c === 0xffe1) out += '£';
    else out += ch;
  }
  return out;
}

/** Trim and collapse runs of whitespace to one space. Full-width punctuation in prose is kept. */
export function normalizeText(text: string | null | undefined): string {
  if (text == null) return '';
  return String(text).replace(WS, ' ').trim();
}

/**
 * Normalise an identifier (customer code, order number): whitespace collapsed, full-width ASCII folded
 * to half-width ('ＣＵ００１' → 'CU001'). Case is kept: codes are compared as the ERP wrote them.
 */
export function normalizeCode(text: string | null | undefined): string {
  return normalizeText(toHalfWidth(normalizeText(text)));
}

/**
 * Fold a value for number/date parsing: half-width, every kind of space → ' ', Unicode minus signs
 * and full-width parentheses → ASCII. Returns a trimmed string.
 */
export function foldForParsing(text: string): string {
  return toHalfWidth(String(text))
    .replace(/[\u2212\u2012\u2013\u2014\ufe63]/g, '-')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .trim();
}

/** Quote a value for an error message, shortened so one bad cell cannot flood a report. */
export function quote(text: string): string {
  const t = String(text);
  return `'${t.length > 40 ? `${t.slice(0, 37)}…` : t}'`;
}
