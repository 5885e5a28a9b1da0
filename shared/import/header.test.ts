import { describe, expect, it } from 'vitest';
import { readDelimited } from './csv';
import { detectHeaderRow, isValueLike } from './header';

const rows = (text: string, d: ',' | 'whitespace' = ',') => readDelimited(text, d);

describe('detectHeaderRow', () => {
  it('plain header on the first row', () => {
    expect(detectHeaderRow(rows('客户编号,客户名称,金额\nC001,甲,100\nC002,乙,200\n'))).toBe(0);
    expect(detectHeaderRow(rows('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n'))).toBe(0);
  });
  it('skips a title, an export note and blank lines above the table', () => {
    const text = '2024年客户清单,,,\n导出时间：2024-03-05,,,\n,,,\n客户编号,客户名称,城市,合作日期\nC001,甲公司,上海,2020-01-01\nC002,乙公司,北京,2021-05-06\n';
    expect(detectHeaderRow(rows(text))).toBe(3);
    expect(detectHeaderRow(rows('\n\n客户编号,客户名称\nC1,甲\n'))).toBe(2);
  });
  it('null when the first full row is data (CDNOW without header)', () => {
    expect(detectHeaderRow(rows(' 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n', 'whitespace'))).toBeNull();
    expect(detectHeaderRow(rows('1,2024-03-05,¥100\n2,2024-03-06,¥200\n'))).toBeNull();
    expect(detectHeaderRow([])).toBeNull();
  });
  it('CDNOW with its header line', () => {
    expect(detectHeaderRow(rows(' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n', 'whitespace'))).toBe(0);
  });
  it('a header-only file is still a header', () => {
    expect(detectHeaderRow(rows('客户编号,客户名称,城市\n'))).toBe(0);
  });
  it('a row of mostly text followed by narrow rows is not taken', () => {
    const text = '说明,本表由系统生成,请勿修改\n备注\n客户编号,客户名称,城市\nC1,甲,上海\nC2,乙,北京\n';
    expect(detectHeaderRow(rows(text))).toBe(2);
  });
  it('isValueLike recognises numbers, amounts and dates', () => {
    for (const v of ['12', '¥1,234.00', '2024-03-05', '2024年3月5日', '(5)', '13800138000']) expect(isValueLike(v), v).toBe(true);
    for (const v of ['客户编号', 'Amount', 'C001', '', 'Q1 2024']) expect(isValueLike(v), v).toBe(false);
  });
});
