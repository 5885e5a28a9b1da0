import type { z } from 'zod';
import type { Bilingual } from './common-schemas';
import type { ModelIssue } from './issue-messages';
import type { ModelDefinition } from './model-schema';
import { ModelDefinitionSchema } from './model-schema';

export type ValidationResult = { ok: true; value: ModelDefinition } | { ok: false; issues: ModelIssue[] };

type RawIssue = z.core.$ZodIssue;

function where(path: PropertyKey[]): { zh: string; en: string } {
  if (path.length === 0) return { zh: '模型', en: 'model' };
  const p = path.map(String).join('.');
  return { zh: `字段“${p}”`, en: `field ${p}` };
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Bilingual text for zod's structural issues (wrong type, out of range, unknown key…). */
function translate(issue: RawIssue, input: unknown): { code: string; message: Bilingual } {
  const at = where(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) {
        return { code: 'required', message: { zh: `${at.zh}为必填项。`, en: `The ${at.en} is required.` } };
      }
      return {
        code: 'invalid_type',
        message: { zh: `${at.zh}类型错误，应为 ${issue.expected}。`, en: `The ${at.en} must be a ${issue.expected}.` },
      };
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const isArray = issue.origin === 'array';
      const low = issue.code === 'too_small';
      return {
        code: issue.code,
        message: isArray
          ? { zh: `${at.zh}至${low ? '少' : '多'}需要 ${bound} 项。`, en: `The ${at.en} needs at ${low ? 'least' : 'most'} ${bound} item(s).` }
          : { zh: `${at.zh}必须${low ? '不小于' : '不大于'} ${bound}。`, en: `The ${at.en} must be ${low ? 'at least' : 'at most'} ${bound}.` },
      };
    }
    case 'invalid_value':
    case 'invalid_union': {
      const options = issue.code === 'invalid_value' ? issue.values : ((issue as { options?: unknown[] }).options ?? []);
      if (options.length > 0) {
        const got = JSON.stringify(valueAt(input, issue.path)) ?? 'undefined';
        return {
          code: 'invalid_value',
          message: { zh: `${at.zh}的取值 ${got} 无效，可选：${list(options)}。`, en: `The ${at.en} is ${got}; use one of: ${list(options)}.` },
        };
      }
      return { code: 'invalid_value', message: { zh: `${at.zh}的取值无效。`, en: `The ${at.en} is invalid: ${issue.message}` } };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return { code: 'unknown_field', message: { zh: `${at.zh}含有未知字段：${keys}。`, en: `The ${at.en} has unknown field(s): ${keys}.` } };
    }
    case 'custom': {
      const p = issue.params as { code?: string; zh?: string; en?: string } | undefined;
      if (p?.code && p.zh && p.en) return { code: p.code, message: { zh: p.zh, en: p.en } };
      return { code: 'invalid', message: { zh: `${at.zh}无效：${issue.message}`, en: `The ${at.en} is invalid: ${issue.message}` } };
    }
    default:
      return { code: 'invalid', message: { zh: `${at.zh}无效：${issue.message}`, en: `The ${at.en} is invalid: ${issue.message}` } };
  }
}

/** Parses and checks a model; issues carry a path, a stable code and zh/en messages. */
export function validateModel(def: unknown): ValidationResult {
  const parsed = ModelDefinitionSchema.safeParse(def);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((raw) => {
    const { code, message } = translate(raw, def);
    return { path: raw.path.map((p) => (typeof p === 'number' ? p : String(p))), code, message };
  });
  return { ok: false, issues };
}

/** Thrown by `scoreBook` when given an invalid model. */
export class ModelValidationError extends Error {
  constructor(readonly issues: ModelIssue[]) {
    super(`Invalid model: ${issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('; ')}`);
    this.name = 'ModelValidationError';
  }
}
