import { AppError } from '../../../shared/ipc/errors';
import type { ModelDefinition } from '../../../shared/scoring';
import { validateModel } from '../../../shared/scoring';

/** A valid definition, or AppError('validation') naming every issue with its path, in both languages. */
export function checkedDefinition(definition: unknown): ModelDefinition {
  const checked = validateModel(definition);
  if (checked.ok) return checked.value;
  const fields = checked.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
  const first = checked.issues[0];
  throw new AppError(
    'validation',
    { zh: `模型有 ${fields.length} 处问题：${first.message.zh}`, en: `The model has ${fields.length} problem(s): ${first.message.en}` },
    { fields },
  );
}

export function publishedImmutable(version: number): AppError {
  return new AppError('conflict', {
    zh: `版本 ${version} 已发布，不能修改；请新建草稿。`,
    en: `Version ${version} is published and cannot be changed; make a new draft.`,
  });
}
