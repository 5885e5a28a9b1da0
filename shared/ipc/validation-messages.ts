import type { z } from 'zod';
import type { Bilingual } from './errors';

/** Turns a zod issue into a short message in both languages (custom messages are keys like 'required', 'phone'). */
export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
  const known = KNOWN_MESSAGES[issue.message];
  if (known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? KNOWN_MESSAGES.required
        : { zh: `类型不对（应为 ${issue.expected}）`, en: `wrong type (expected ${issue.expected})` };
    case 'too_small':
      return { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { zh: `不能大于 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_value':
      return { zh: `取值无效（可选：${issue.values.join('、')}）`, en: `invalid value (one of: ${issue.values.join(', ')})` };
    case 'invalid_format':
      return { zh: `格式不正确（${issue.format}）`, en: `invalid format (${issue.format})` };
    case 'unrecognized_keys':
      return { zh: `未知字段：${issue.keys.join('、')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

const KNOWN_MESSAGES: Record<string, Bilingual> = {
  required: { zh: '必填', en: 'required' },
  phone: { zh: '电话格式不正确（例：13812345678、010-12345678、+44 20 7946 0958）', en: 'not a phone number (e.g. 13812345678, 010-12345678, +44 20 7946 0958)' },
  email: { zh: '邮箱格式不正确（例：name@example.com）', en: 'not an email address (e.g. name@example.com)' },
  'expected a date as YYYY-MM-DD': { zh: '日期格式应为 YYYY-MM-DD', en: 'expected a date as YYYY-MM-DD' },
  passphrase_short: { zh: '口令至少 8 个字符', en: 'a passphrase needs at least 8 characters' },
  assessment_empty: {
    zh: '请至少填写一项评估值（满意度、推荐意愿、转介绍、影响力、潜力或关系类型）',
    en: 'fill in at least one value (satisfaction, recommend, referrals, influence, potential or relationship)',
  },
};
