/** Cell value parsers (pure, browser-safe). One module per value family; this file gathers them. */
export { parseMoney, formatMinor, CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from './money';
export type { MoneyOptions, MoneyOk, MoneyEmpty, MoneyResult } from './money';
export { parseDate, parseDateTime, excelSerialToIso, isoDate, daysInMonth } from './dates';
export type { DateOptions, DateResult, DateTimeResult } from './dates';
export { parseNumber, parseInteger, parseScale } from './numbers';
export type { NumberOptions, NumberResult, ScaleOptions } from './numbers';
export { parseEnum, normalizeEnumText, ENUM_LABELS, CUSTOMER_STATUSES, ORDER_KINDS, RELATIONSHIPS } from './enums';
export type { EnumName, EnumValueMap, EnumResult, CustomerStatus, OrderKind, Relationship } from './enums';
export { normalizeText, normalizeCode, toHalfWidth } from './text';
export type { Msg, Fail } from './text';
