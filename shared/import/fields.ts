/** Target fields of each import kind: key, bilingual label, value type, required flag. */
import type { EnumName } from './enums';
import type { Msg } from './text';

export type ImportKind = 'customers' | 'orders' | 'assessments';
export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'orders', 'assessments'];

export type FieldType = 'text' | 'code' | 'date' | 'money' | 'integer' | 'number' | 'scale' | 'enum' | 'email' | 'phone' | 'tags';

export interface FieldDef {
  key: string;
  label: Msg;
  type: FieldType;
  required: boolean;
  /** For 'scale' (inclusive) and 'integer' (min only). */
  min?: number;
  max?: number;
  /** For 'enum'. */
  enumName?: EnumName;
}

const f = (key: string, zh: string, en: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  key, label: { zh, en }, type, required: false, ...extra,
});
const REQ = { required: true };

export const CUSTOMER_FIELDS = [
  f('code', '客户编号', 'Customer code', 'code', REQ),
  f('name', '客户名称', 'Customer name', 'text', REQ),
  f('industry', '行业', 'Industry', 'text'),
  f('region', '地区', 'Region', 'text'),
  f('city', '城市', 'City', 'text'),
  f('address', '地址', 'Address', 'text'),
  f('contactName', '联系人', 'Contact', 'text'),
  f('contactPhone', '联系电话', 'Phone', 'phone'),
  f('contactEmail', '邮箱', 'Email', 'email'),
  f('ownerRep', '负责人', 'Sales rep', 'text'),
  f('status', '状态', 'Status', 'enum', { enumName: 'status' }),
  f('cooperationStart', '合作开始日期', 'Customer since', 'date'),
  f('tags', '标签', 'Tags', 'tags'),
] as const satisfies readonly FieldDef[];

/**
 * Orders. Beyond the core fields: customerName (lets an import name new customers) and unitPrice
 * (line-level files such as Online Retail have Quantity × UnitPrice and no amount column). `amount` is
 * required unless both unitPrice and quantity are mapped; see mapRow.
 */
export const ORDER_FIELDS = [
  f('orderNo', '订单号', 'Order no.', 'code', REQ),
  f('customerCode', '客户编号', 'Customer code', 'code', REQ),
  f('date', '下单日期', 'Order date', 'date', REQ),
  f('amount', '金额', 'Amount', 'money', REQ),
  f('kind', '类型', 'Kind', 'enum', { enumName: 'orderKind' }),
  f('cost', '成本', 'Cost', 'money'),
  f('quantity', '数量', 'Quantity', 'number'),
  f('unitPrice', '单价', 'Unit price', 'money'),
  f('category', '类别', 'Category', 'text'),
  f('customerName', '客户名称', 'Customer name', 'text'),
] as const satisfies readonly FieldDef[];

export const ASSESSMENT_FIELDS = [
  f('customerCode', '客户编号', 'Customer code', 'code', REQ),
  f('date', '评估日期', 'Assessment date', 'date', REQ),
  f('satisfaction', '满意度', 'Satisfaction', 'scale', { min: 1, max: 5 }),
  f('recommend', '推荐意愿', 'Likelihood to recommend', 'scale', { min: 0, max: 10 }),
  f('referrals', '转介绍数', 'Referrals', 'integer', { min: 0 }),
  f('influence', '影响力', 'Influence', 'scale', { min: 1, max: 5 }),
  f('potential', '潜力', 'Potential', 'scale', { min: 1, max: 5 }),
  f('relationship', '关系类型', 'Relationship', 'enum', { enumName: 'relationship' }),
  f('assessor', '评估人', 'Assessor', 'text'),
  f('note', '备注', 'Note', 'text'),
] as const satisfies readonly FieldDef[];

export type CustomerFieldKey = (typeof CUSTOMER_FIELDS)[number]['key'];
export type OrderFieldKey = (typeof ORDER_FIELDS)[number]['key'];
export type AssessmentFieldKey = (typeof ASSESSMENT_FIELDS)[number]['key'];
export interface FieldKeyMap {
  customers: CustomerFieldKey;
  orders: OrderFieldKey;
  assessments: AssessmentFieldKey;
}
export type FieldKey<K extends ImportKind = ImportKind> = FieldKeyMap[K];

export const IMPORT_FIELDS: { [K in ImportKind]: readonly FieldDef[] } = {
  customers: CUSTOMER_FIELDS,
  orders: ORDER_FIELDS,
  assessments: ASSESSMENT_FIELDS,
};

/** Column index per field (null: not in the file). */
export type ColumnMapping<K extends ImportKind = ImportKind> = Partial<Record<FieldKey<K>, number | null>>;

export function fieldsOf(kind: ImportKind): readonly FieldDef[] {
  return IMPORT_FIELDS[kind];
}

export function fieldDef(kind: ImportKind, key: string): FieldDef | undefined {
  return IMPORT_FIELDS[kind].find((d) => d.key === key);
}

/** Required fields that the mapping leaves without a column (orders: amount may come from unitPrice × quantity). */
export function missingRequired(kind: ImportKind, mapping: Record<string, number | null | undefined>): string[] {
  const has = (k: string) => typeof mapping[k] === 'number';
  return IMPORT_FIELDS[kind]
    .filter((d) => d.required && !has(d.key))
    .filter((d) => !(kind === 'orders' && d.key === 'amount' && has('unitPrice') && has('quantity')))
    .map((d) => d.key);
}
