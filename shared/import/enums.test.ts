import { describe, expect, it } from 'vitest';
import { CUSTOMER_STATUSES, ENUM_LABELS, ORDER_KINDS, parseEnum, RELATIONSHIPS } from './enums';

describe('parseEnum', () => {
  it.each([
    ['status', '潜在', 'prospect'], ['status', 'Prospect', 'prospect'], ['status', '活跃', 'active'], ['status', ' ACTIVE ', 'active'],
    ['status', '休眠', 'dormant'], ['status', '流失', 'churned'], ['status', 'Churned', 'churned'], ['status', '归档', 'archived'],
    ['status', '已流失', 'churned'], ['status', 'inactive', 'dormant'], ['status', '合作中', 'active'],
    ['orderKind', '销售', 'sale'], ['orderKind', 'SALE', 'sale'], ['orderKind', '退货', 'return'], ['orderKind', 'return', 'return'],
    ['orderKind', 'Credit', 'return'], ['orderKind', 'credit note', 'return'], ['orderKind', '红字', 'return'],
    ['relationship', '基础', 'basic'], ['relationship', '被动', 'passive'], ['relationship', '负责', 'responsible'],
    ['relationship', '主动', 'proactive'], ['relationship', '伙伴', 'partner'], ['relationship', 'Partner', 'partner'],
    ['relationship', '合作伙伴', 'partner'], ['relationship', '主动型', 'proactive'], ['relationship', 'ＰＡＲＴＮＥＲ', 'partner'],
  ] as const)('%s %s → %s', (name, text, value) => {
    expect(parseEnum(name, text)).toEqual({ ok: true, value });
  });

  it('every canonical key and label reads back', () => {
    for (const [name, keys] of [['status', CUSTOMER_STATUSES], ['orderKind', ORDER_KINDS], ['relationship', RELATIONSHIPS]] as const) {
      for (const key of keys) {
        const label = (ENUM_LABELS[name] as Record<string, { zh: string; en: string }>)[key];
        expect(parseEnum(name, key)).toEqual({ ok: true, value: key });
        expect(parseEnum(name, label.zh)).toEqual({ ok: true, value: key });
        expect(parseEnum(name, label.en.toUpperCase())).toEqual({ ok: true, value: key });
      }
    }
  });

  it('lists the allowed values when it cannot read one', () => {
    const r = parseEnum('status', 'VIP');
    expect(!r.ok && r.message).toEqual({
      zh: "无法将 'VIP' 识别为客户状态（可选：潜在、活跃、休眠、流失、归档）",
      en: "cannot read 'VIP' as a customer status (expected one of: prospect, active, dormant, churned, archived)",
    });
    expect(parseEnum('orderKind', '').ok).toBe(false);
  });
});
