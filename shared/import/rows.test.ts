import { describe, expect, it } from 'vitest';
import { mapRow } from './rows';
import { suggestMapping } from './mapping';

describe('mapRow customers', () => {
  const headers = ['客户编号', '客户名称', '城市', '手机', '邮箱', '状态', '合作日期', '标签', '年采购额', '备注'];
  const { mapping } = suggestMapping('customers', headers);

  it('produces a typed record; empty optional cells are left out', () => {
    const r = mapRow('customers', [' ＣＵ００１ ', ' 上海  某某 公司 ', '上海', '138 0013 8000', 'li@example.cn', '活跃', '2020/1/5', '重点, 华东；制造、重点', '', 'x'], mapping, { headers });
    expect(r).toEqual({
      ok: true,
      warnings: [],
      record: {
        code: 'CU001', name: '上海 某某 公司', city: '上海', contactPhone: '138 0013 8000', contactEmail: 'li@example.cn',
        status: 'active', cooperationStart: '2020-01-05', tags: ['重点', '华东', '制造'],
      },
    });
  });

  it('keeps unmapped columns in custom when asked', () => {
    const r = mapRow('customers', ['C1', '甲', '', '', '', '', '', '', '1,000', '老客户'], mapping, { headers, customColumns: true });
    expect(r.ok && r.record.custom).toEqual({ 年采购额: '1,000', 备注: '老客户' });
    const only = mapRow('customers', ['C1', '甲', '', '', '', '', '', '', '1,000', '老客户'], mapping, { headers, customColumns: [9] });
    expect(only.ok && only.record.custom).toEqual({ 备注: '老客户' });
    const none = mapRow('customers', ['C1', '甲'], mapping, { headers });
    expect(none.ok && none.record.custom).toBeUndefined();
  });

  it('names custom columns without headers and de-duplicates names', () => {
    const r = mapRow('customers', ['C1', '甲', 'x', 'y'], { code: 0, name: 1 }, { customColumns: true, headers: ['编号', '名称', '备注', '备注'] });
    expect(r.ok && r.record.custom).toEqual({ 备注: 'x', '备注 (2)': 'y' });
    const n = mapRow('customers', ['C1', '甲', 'x'], { code: 0, name: 1 }, { customColumns: true });
    expect(n.ok && n.record.custom).toEqual({ 'column 3': 'x' });
  });

  it('reports every bad cell with its column, field, value and a bilingual message', () => {
    const r = mapRow('customers', ['', '甲', '', '12', 'not-an-email', 'VIP', '2023-02-29', '', '', ''], mapping, { headers });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.column, e.field, e.value])).toEqual([
      ['客户编号', 'code', ''],
      ['手机', 'contactPhone', '12'],
      ['邮箱', 'contactEmail', 'not-an-email'],
      ['状态', 'status', 'VIP'],
      ['合作日期', 'cooperationStart', '2023-02-29'],
    ]);
    expect(r.errors[0].message).toEqual({ zh: '客户编号为空（必填）', en: 'Customer code is required but the cell is empty' });
    expect(r.errors[4].message.en).toBe("'2023-02-29' is not a real date: February 2023 has 28 days");
  });

  it('an unmapped required field is an error with no column', () => {
    const r = mapRow('customers', ['甲'], { name: 0 });
    expect(!r.ok && r.errors).toEqual([
      { column: '', field: 'code', value: '', message: { zh: '缺少必填字段“客户编号”的列', en: "no column is mapped to the required field 'Customer code'" } },
    ]);
  });

  it('defaults fill unmapped or empty cells', () => {
    const r = mapRow('customers', ['C1', '甲', ''], { code: 0, name: 1, status: 2 }, { defaults: { status: 'prospect' } });
    expect(r.ok && r.record.status).toBe('prospect');
  });
});

describe('mapRow orders', () => {
  it('money in minor units, dates ISO, time kept, kind from the sign', () => {
    const mapping = { orderNo: 0, customerCode: 1, date: 2, amount: 3, cost: 4, quantity: 5, category: 6 };
    const r = mapRow('orders', ['SO-001', 'C001', '2024/3/5 14:30', '¥1,234.56', '800', '3', '办公'], mapping);
    expect(r).toEqual({
      ok: true, warnings: [],
      record: { orderNo: 'SO-001', customerCode: 'C001', date: '2024-03-05', time: '14:30:00', amount: 123456, cost: 80000, quantity: 3, category: '办公', kind: 'sale' },
    });
    const neg = mapRow('orders', ['SO-002', 'C001', '2024-03-06', '(100.00)', '', '', ''], mapping);
    expect(neg.ok && [neg.record.kind, neg.record.amount]).toEqual(['return', -10000]);
  });

  it('an explicit return with a positive amount is stored negative; a negative sale becomes a return with a warning', () => {
    const mapping = { orderNo: 0, customerCode: 1, date: 2, amount: 3, kind: 4 };
    const ret = mapRow('orders', ['R1', 'C1', '2024-03-05', '50', '退货'], mapping);
    expect(ret.ok && [ret.record.kind, ret.record.amount, ret.warnings]).toEqual(['return', -5000, []]);
    const sale = mapRow('orders', ['S1', 'C1', '2024-03-05', '-50', '销售'], mapping);
    expect(sale.ok && [sale.record.kind, sale.record.amount]).toEqual(['return', -5000]);
    expect(sale.ok && sale.warnings.map((w) => w.field)).toEqual(['kind']);
  });

  it('computes the amount from unit price × quantity exactly (Online Retail lines)', () => {
    const headers = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
    const { mapping } = suggestMapping('orders', headers);
    const line = mapRow('orders', ['536365', '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', '6', '2010-12-01 08:26:00', '2.55', '17850', 'United Kingdom'], mapping, { headers, customColumns: true });
    expect(line).toEqual({
      ok: true, warnings: [],
      record: {
        orderNo: '536365', customerCode: '17850', date: '2010-12-01', time: '08:26:00', amount: 1530, quantity: 6, unitPrice: 255, kind: 'sale',
        custom: { StockCode: '85123A', Description: 'WHITE HANGING HEART T-LIGHT HOLDER', Country: 'United Kingdom' },
      },
    });
    const credit = mapRow('orders', ['C536379', 'D', 'Discount', '-1', '2010-12-01 09:41:00', '27.5', '14527', 'United Kingdom'], mapping, { headers });
    expect(credit.ok && [credit.record.kind, credit.record.amount]).toEqual(['return', -2750]);
    const frac = mapRow('orders', ['1', 'x', 'y', '2.5', '2010-12-01', '0.33', '1', 'UK'], mapping, { headers });
    expect(frac.ok && [frac.record.amount, frac.warnings.map((w) => w.field)]).toEqual([83, ['amount']]); // 82.5 → 83
    const noCustomer = mapRow('orders', ['536365', 'x', 'y', '6', '2010-12-01 08:26:00', '2.55', '', 'UK'], mapping, { headers });
    expect(!noCustomer.ok && noCustomer.errors.map((e) => [e.column, e.field])).toEqual([['CustomerID', 'customerCode']]);
    const noPrice = mapRow('orders', ['536365', 'x', 'y', '6', '2010-12-01', '', '1', 'UK'], mapping, { headers });
    expect(!noPrice.ok && noPrice.errors.map((e) => e.field)).toEqual(['unitPrice']);
  });

  it('reads CDNOW rows with a synthesised order number', () => {
    const headers = ['customer_id', 'date', 'number_of_cds', 'dollar_value'];
    const { mapping } = suggestMapping('orders', headers);
    const r = mapRow('orders', ['00001', '19970101', '1', '11.77'], mapping, { headers, defaults: { orderNo: '00001-19970101-1' } });
    expect(r).toEqual({
      ok: true, warnings: [],
      record: { orderNo: '00001-19970101-1', customerCode: '00001', date: '1997-01-01', amount: 1177, quantity: 1, kind: 'sale' },
    });
  });

  it('accepts xlsx cell values (numbers and Dates) as they come', () => {
    const r = mapRow('orders', ['A1', 1001, new Date(Date.UTC(2024, 2, 5)), 19.99], { orderNo: 0, customerCode: 1, date: 2, amount: 3 });
    expect(r.ok && r.record).toMatchObject({ customerCode: '1001', date: '2024-03-05', amount: 1999 });
    const serial = mapRow('orders', ['A1', 'C1', 45356, '1'], { orderNo: 0, customerCode: 1, date: 2, amount: 3 });
    expect(serial.ok && serial.record.date).toBe('2024-03-05');
  });

  it('warns when money is rounded, and honours dayFirst/decimalComma', () => {
    const mapping = { orderNo: 0, customerCode: 1, date: 2, amount: 3 };
    const r = mapRow('orders', ['1', 'C1', '05/03/2024', '1.234,565'], mapping, { dayFirst: true, decimalComma: true });
    expect(r.ok && [r.record.date, r.record.amount]).toEqual(['2024-03-05', 123457]);
    expect(r.ok && r.warnings[0].message.en).toBe("the amount '1.234,565' has too many decimals; rounded half away from zero");
  });

  it('lists all errors of a bad row', () => {
    const r = mapRow('orders', ['', 'C1', '2024/13/45', 'abc'], { orderNo: 0, customerCode: 1, date: 2, amount: 3 }, { headers: ['单号', '客户', '日期', '金额'] });
    expect(!r.ok && r.errors.map((e) => `${e.column}|${e.message.en}`)).toEqual([
      '单号|Order no. is required but the cell is empty',
      "日期|cannot read '2024/13/45' as a date (expected e.g. 2024-03-05, 2024/3/5, 2024年3月5日)",
      "金额|cannot read 'abc' as an amount of money (expected e.g. 1234.56, ¥1,234.56, (1,234.00))",
    ]);
  });
});

describe('mapRow assessments', () => {
  const headers = ['客户编号', '日期', '满意度', '推荐意愿', '转介绍', '影响力', '潜力', '关系', '评估人', '备注'];
  const { mapping } = suggestMapping('assessments', headers);

  it('reads scores, counts and the relationship type', () => {
    const r = mapRow('assessments', ['C1', '2024年3月5日', '4分', '9', '2', '5', '3', '伙伴', '王经理', '重点维护'], mapping, { headers });
    expect(r).toEqual({
      ok: true, warnings: [],
      record: { customerCode: 'C1', date: '2024-03-05', satisfaction: 4, recommend: 9, referrals: 2, influence: 5, potential: 3, relationship: 'partner', assessor: '王经理', note: '重点维护' },
    });
  });

  it('rejects out-of-range scores and negative referrals', () => {
    const r = mapRow('assessments', ['C1', '2024-03-05', '6', '11', '-1', '0', '3', 'x', '', ''], mapping, { headers });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['satisfaction', 'recommend', 'referrals', 'influence', 'relationship']);
  });

  it('a row without any assessment value is an error', () => {
    const r = mapRow('assessments', ['C1', '2024-03-05', '', '', '', '', '', '', '', ''], mapping, { headers });
    expect(!r.ok && r.errors[0].message.en).toBe('this row has no assessment values');
  });
});
