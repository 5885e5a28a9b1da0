import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, IMPORT_KINDS, missingRequired } from './fields';
import { fnv1a32, headerSignature, mappingFits, normalizeHeader, suggestMapping } from './mapping';
import { SYNONYMS } from './synonyms';

describe('normalizeHeader', () => {
  it('ignores case, width, spaces, punctuation and required marks', () => {
    expect(normalizeHeader(' Customer ID ')).toBe('customerid');
    expect(normalizeHeader('customer_id')).toBe('customerid');
    expect(normalizeHeader('ＣｕｓｔｏｍｅｒＩＤ')).toBe('customerid');
    expect(normalizeHeader('客户编号*')).toBe('客户编号');
    expect(normalizeHeader('金额（元）')).toBe('金额元');
    expect(normalizeHeader('E-mail')).toBe('email');
  });
});

describe('suggestMapping', () => {
  it('maps the Online Retail header (line items: amount from UnitPrice × Quantity)', () => {
    const s = suggestMapping('orders', ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
    expect(s.mapping).toMatchObject({ orderNo: 0, quantity: 3, date: 4, unitPrice: 5, customerCode: 6, amount: null });
    expect(s.unmapped).toEqual([1, 2, 7]);
    expect(s.missingRequired).toEqual([]);
    expect(s.confidence).toBe(1);
  });

  it('maps the CDNOW header; the order number is missing', () => {
    const s = suggestMapping('orders', ['customer_id', 'date', 'number_of_cds', 'dollar_value']);
    expect(s.mapping).toMatchObject({ customerCode: 0, date: 1, quantity: 2, amount: 3, orderNo: null });
    expect(s.missingRequired).toEqual(['orderNo']);
    expect(s.confidence).toBe(0.75);
  });

  it('maps a Chinese customer list', () => {
    const headers = ['客户代码', '公司名称', '所属行业', '省份', '城市', '地址', '联系人', '手机', '邮箱', '业务员', '状态', '合作日期', '标签', '年采购额'];
    const s = suggestMapping('customers', headers);
    expect(s.mapping).toEqual({
      code: 0, name: 1, industry: 2, region: 3, city: 4, address: 5, contactName: 6, contactPhone: 7, contactEmail: 8,
      ownerRep: 9, status: 10, cooperationStart: 11, tags: 12,
    });
    expect(s.unmapped).toEqual([13]);
  });

  it.each([
    ['客户编号', 'customerCode'], ['客户代码', 'customerCode'], ['客户号', 'customerCode'], ['客户ID', 'customerCode'], ['Customer ID', 'customerCode'],
    ['CustomerID', 'customerCode'], ['Customer No', 'customerCode'], ['Cust Code', 'customerCode'], ['下单日期', 'date'], ['订单日期', 'date'],
    ['日期', 'date'], ['交易日期', 'date'], ['Date', 'date'], ['Order Date', 'date'], ['InvoiceDate', 'date'], ['订单金额', 'amount'],
    ['金额', 'amount'], ['销售额', 'amount'], ['实收金额', 'amount'], ['含税金额', 'amount'], ['Amount', 'amount'], ['Net Amount', 'amount'],
    ['Total', 'amount'], ['Revenue', 'amount'], ['订单号', 'orderNo'], ['单号', 'orderNo'], ['发票号', 'orderNo'], ['Order No', 'orderNo'],
    ['Invoice No', 'orderNo'], ['InvoiceNo', 'orderNo'], ['成本', 'cost'], ['Cost', 'cost'], ['数量', 'quantity'], ['Qty', 'quantity'],
    ['类别', 'category'], ['品类', 'category'], ['Category', 'category'], ['客户名称', 'customerName'],
  ])('orders: %s → %s', (header, field) => {
    const s = suggestMapping('orders', ['xyz', header]);
    expect((s.mapping as Record<string, number | null>)[field]).toBe(1);
  });

  it.each([
    ['满意度', 'satisfaction'], ['Satisfaction', 'satisfaction'], ['推荐意愿', 'recommend'], ['NPS', 'recommend'], ['Recommend', 'recommend'],
    ['转介绍', 'referrals'], ['Referrals', 'referrals'], ['影响力', 'influence'], ['Influence', 'influence'], ['潜力', 'potential'],
    ['Potential', 'potential'], ['关系类型', 'relationship'], ['评估人', 'assessor'], ['备注', 'note'],
  ])('assessments: %s → %s', (header, field) => {
    const s = suggestMapping('assessments', [header]);
    expect((s.mapping as Record<string, number | null>)[field]).toBe(0);
  });

  it.each([
    ['城市', 'city'], ['City', 'city'], ['地区', 'region'], ['区域', 'region'], ['Region', 'region'], ['Country', 'region'], ['联系人', 'contactName'],
    ['Contact', 'contactName'], ['电话', 'contactPhone'], ['联系电话', 'contactPhone'], ['Mobile', 'contactPhone'], ['Email', 'contactEmail'],
    ['负责人', 'ownerRep'], ['销售代表', 'ownerRep'], ['Sales Rep', 'ownerRep'], ['Owner', 'ownerRep'], ['合作开始', 'cooperationStart'],
    ['Since', 'cooperationStart'], ['标签', 'tags'], ['Tags', 'tags'], ['状态', 'status'], ['Status', 'status'], ['客户', 'name'], ['Name', 'name'],
  ])('customers: %s → %s', (header, field) => {
    const s = suggestMapping('customers', [header]);
    expect((s.mapping as Record<string, number | null>)[field]).toBe(0);
  });

  it('prefers exact synonyms over partial ones, whatever the column order', () => {
    const s = suggestMapping('orders', ['订单金额(含税)', '金额', '订单日期']);
    expect(s.mapping.amount).toBe(1);
    expect(s.mapping.date).toBe(2);
    expect(s.scores.amount).toBe(1);
  });

  it('falls back to partial matches with a lower score', () => {
    const s = suggestMapping('orders', ['单据编号ERP', '客户编号（ERP）', '开票日期 (本地)', '价税合计金额', 'Total Qty']);
    expect(s.mapping).toMatchObject({ orderNo: 0, customerCode: 1, date: 2, amount: 3, quantity: 4 });
    expect(s.scores.customerCode).toBeLessThan(1);
    expect(s.confidence).toBeLessThan(1);
    expect(s.confidence).toBeGreaterThan(0.5);
  });

  it('one column feeds at most one field; duplicates go unmapped', () => {
    const s = suggestMapping('orders', ['金额', '金额', '']);
    expect(s.mapping.amount).toBe(0);
    expect(s.unmapped).toEqual([1, 2]);
  });

  it('nothing recognisable → confidence 0 and every required field missing', () => {
    const s = suggestMapping('customers', ['foo', 'bar']);
    expect(s.confidence).toBe(0);
    expect(s.missingRequired).toEqual(['code', 'name']);
  });

  it('every field label and key maps to its own field', () => {
    for (const kind of IMPORT_KINDS) {
      for (const def of IMPORT_FIELDS[kind]) {
        for (const header of [def.label.zh, def.label.en, def.key]) {
          const s = suggestMapping(kind, [header]);
          expect((s.mapping as Record<string, number | null>)[def.key], `${kind}.${def.key} ← ${header}`).toBe(0);
        }
      }
      // no synonym is listed for two fields of the same kind
      const seen = new Map<string, string>();
      for (const [field, words] of Object.entries(SYNONYMS[kind] as Record<string, readonly string[]>)) {
        for (const w of words) {
          const n = normalizeHeader(w);
          expect(seen.get(n) ?? field, `${kind}: '${w}'`).toBe(field);
          seen.set(n, field);
        }
      }
    }
  });
});

describe('missingRequired', () => {
  it('orders need amount unless unit price and quantity are mapped', () => {
    expect(missingRequired('orders', { orderNo: 0, customerCode: 1, date: 2 })).toEqual(['amount']);
    expect(missingRequired('orders', { orderNo: 0, customerCode: 1, date: 2, unitPrice: 3, quantity: 4 })).toEqual([]);
  });
});

describe('headerSignature', () => {
  it('is stable, 8 hex digits, and ignores cosmetic differences', () => {
    const a = headerSignature(['Customer ID', 'Order Date', '金额']);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(headerSignature(['customer_id', 'ORDER DATE', '金额 '])).toBe(a);
    expect(headerSignature(['ＣｕｓｔｏｍｅｒＩＤ', 'order-date', '金额'])).toBe(a);
  });
  it('changes with order, content and count', () => {
    const a = headerSignature(['a', 'b']);
    expect(headerSignature(['b', 'a'])).not.toBe(a);
    expect(headerSignature(['a', 'c'])).not.toBe(a);
    expect(headerSignature(['a', 'b', ''])).not.toBe(a);
    expect(headerSignature(['ab'])).not.toBe(a);
  });
  it('is FNV-1a 32 (reference vectors)', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
    expect(headerSignature([])).toBe(fnv1a32('0\u001e'));
  });
  it('mappingFits checks column bounds', () => {
    expect(mappingFits({ code: 0, name: 2 }, ['a', 'b', 'c'])).toBe(true);
    expect(mappingFits({ code: 0, name: 3 }, ['a', 'b', 'c'])).toBe(false);
  });
});
