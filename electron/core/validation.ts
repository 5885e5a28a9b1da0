import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../shared/ipc/errors';
import { describeIssue } from '../../shared/ipc/validation-messages';

/** Parses with a zod schema, or throws a validation AppError that names every bad field in both languages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: FieldIssue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: describeIssue(issue),
  }));
  const first = fields[0];
  throw new AppError(
    'validation',
    {
      zh: `输入有误：${first.path ? `${first.path}：` : ''}${first.message.zh}`,
      en: `Invalid input: ${first.path ? `${first.path}: ` : ''}${first.message.en}`,
    },
    { fields },
  );
}
