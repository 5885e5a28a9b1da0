import type { Language } from './i18n';

/**
 * Numbers, money and dates in the UI language's conventions. Money arrives as integer minor units
 * and is divided only for display.
 */
export interface Formatters {
  number(value: number, fractionDigits?: number): string;
  money(minorUnits: number): string;
  percent(share: number, fractionDigits?: number): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
}

export function createFormatters(language: Language, currency: string): Formatters {
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en-GB';
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };
  return {
    number: (value, digits = 0) => numberFormat(digits).format(value),
    money: (minor) => moneyFormat.format(minor / 100),
    percent: (share, digits = 1) => `${numberFormat(digits).format(share * 100)}%`,
    date: (iso) => (iso ? dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '—'),
  };
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY'] as const;
