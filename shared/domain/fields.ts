import { z } from 'zod';

/** An optional text field from a form: trimmed, at most `max` characters, an empty string stored as null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullish();
}

/** An optional email address (empty → null). */
export function optionalEmail(max = 200) {
  return optionalText(max).refine((v) => v == null || z.email().safeParse(v).success, 'email');
}

/** Mainland mobile (13812345678), landlines (010-12345678, 0755-1234567-123) and international (+44 20 7946 0958). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,22}[0-9]$/;

/** An optional phone number (empty → null). */
export function optionalPhone(max = 40) {
  return optionalText(max).refine((v) => v == null || PHONE_PATTERN.test(v), 'phone');
}
