/** parseEnum: Chinese / English spellings of the fixed value sets → canonical keys. */
import { fail, quote, toHalfWidth, type Fail, type Msg } from './text';

export const CUSTOMER_STATUSES = ['prospect', 'active', 'dormant', 'churned', 'archived'] as const;
export const ORDER_KINDS = ['sale', 'return'] as const;
export const RELATIONSHIPS = ['basic', 'passive', 'responsible', 'proactive', 'partner'] as const;

export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type OrderKind = (typeof ORDER_KINDS)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];

export type EnumName = 'status' | 'orderKind' | 'relationship';
export interface EnumValueMap {
  status: CustomerStatus;
  orderKind: OrderKind;
  relationship: Relationship;
}

/** Labels shown to users (first zh / en word is the canonical label). */
export const ENUM_LABELS: { [E in EnumName]: Record<EnumValueMap[E], Msg> } = {
  status: {
    prospect: { zh: '潜在', en: 'prospect' },
    active: { zh: '活跃', en: 'active' },
    dormant: { zh: '休眠', en: 'dormant' },
    churned: { zh: '流失', en: 'churned' },
    archived: { zh: '归档', en: 'archived' },
  },
  orderKind: { sale: { zh: '销售', en: 'sale' }, return: { zh: '退货', en: 'return' } },
  relationship: {
    basic: { zh: '基础', en: 'basic' },
    passive: { zh: '被动', en: 'passive' },
    responsible: { zh: '负责', en: 'responsible' },
    proactive: { zh: '主动', en: 'proactive' },
    partner: { zh: '伙伴', en: 'partner' },
  },
};

/** Further accepted spellings (compared after normalizeEnumText). */
const ALIASES: { [E in EnumName]: Record<EnumValueMap[E], string[]> } = {
  status: {
    prospect: ['潜在客户', '意向', '意向客户', '线索', 'lead', 'potential', 'new'],
    active: ['活跃客户', '正常', '合作中', '在合作', '有效', 'activecustomer', 'current'],
    dormant: ['休眠客户', '沉睡', '沉默', '不活跃', 'inactive', 'sleeping', 'idle'],
    churned: ['流失客户', '已流失', '丢失', 'lost', 'churn', 'lapsed'],
    archived: ['已归档', '存档', '停用', '作废', 'archive', 'closed', 'disabled'],
  },
  orderKind: {
    sale: ['销售单', '销售订单', '出库', '正常', '订单', '蓝字', 'sales', 'order', 'invoice', 'normal'],
    return: ['退货单', '退款', '退单', '红字', '冲红', '红冲', '退', 'returns', 'refund', 'credit', 'creditnote', 'cn', 'cancellation', 'cancel'],
  },
  relationship: {
    basic: ['基本', '基础型', '基本型'],
    passive: ['被动型'],
    responsible: ['负责型', '负责任', '负责任型', 'accountable'],
    proactive: ['主动型', 'active'],
    partner: ['伙伴型', '合作伙伴', '伙伴关系', 'partnership'],
  },
};

const NAMES: Record<EnumName, Msg> = {
  status: { zh: '客户状态', en: 'customer status' },
  orderKind: { zh: '单据类型', en: 'order kind' },
  relationship: { zh: '关系类型', en: 'relationship type' },
};

/** Lower-case, half-width, without spaces and punctuation. */
export function normalizeEnumText(text: string): string {
  return toHalfWidth(String(text ?? ''))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const lookup = new Map<EnumName, Map<string, string>>();
for (const name of Object.keys(ENUM_LABELS) as EnumName[]) {
  const m = new Map<string, string>();
  const labels = ENUM_LABELS[name] as Record<string, Msg>;
  const aliases = ALIASES[name] as Record<string, string[]>;
  for (const key of Object.keys(labels)) {
    for (const t of [key, labels[key].zh, labels[key].en, ...aliases[key]]) m.set(normalizeEnumText(t), key);
  }
  lookup.set(name, m);
}

export type EnumResult<E extends EnumName> = { ok: true; value: EnumValueMap[E] } | Fail;

/**
 * Read one of the fixed value sets: customer status (潜在/prospect, 活跃/active, 休眠/dormant,
 * 流失/churned, 归档/archived), order kind (销售/sale, 退货/return/credit) or relationship type
 * (基础/basic, 被动/passive, 负责/responsible, 主动/proactive, 伙伴/partner). Case, width, spaces and
 * punctuation are ignored.
 */
export function parseEnum<E extends EnumName>(name: E, text: string): EnumResult<E> {
  const key = lookup.get(name)!.get(normalizeEnumText(text));
  if (key) return { ok: true, value: key as EnumValueMap[E] };
  const labels = Object.values(ENUM_LABELS[name]) as Msg[];
  const zhList = labels.map((l) => l.zh).join('、');
  const enList = labels.map((l) => l.en).join(', ');
  if (String(text ?? '').trim() === '') return fail(`${NAMES[name].zh}为空`, `the ${NAMES[name].en} is empty`);
  return fail(
    `无法将 ${quote(text)} 识别为${NAMES[name].zh}（可选：${zhList}）`,
    `cannot read ${quote(text)} as a ${NAMES[name].en} (expected one of: ${enList})`,
  );
}
