import type { Bilingual } from '../../../shared/ipc/errors';
import { ApiError } from '../api/client';
import { useSettings } from '../stores/settings';

/** The message of any error, in the UI language. */
export function errorText(error: unknown): string {
  const language = useSettings.getState().language;
  const pick = (m: Bilingual) => (language === 'zh-CN' ? m.zh : m.en);
  if (error instanceof ApiError) return pick(error.shape.message);
  return error instanceof Error ? error.message : String(error);
}

/** Field errors of a validation error, as antd Form `setFields` wants them. */
export function fieldErrors(error: unknown): { name: string[]; errors: string[] }[] {
  if (!(error instanceof ApiError) || !error.shape.details?.fields) return [];
  const language = useSettings.getState().language;
  return error.shape.details.fields.map((f) => ({
    name: f.path.split('.'),
    errors: [language === 'zh-CN' ? f.message.zh : f.message.en],
  }));
}
