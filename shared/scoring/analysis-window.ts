import { z } from 'zod';
import { formatDay, parseDay } from './dates';

/** The period facts are aggregated over, ending on asOf (inclusive). */
export const WindowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days'), days: z.number().int().min(1).max(36_600) }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
export type AnalysisWindow = z.infer<typeof WindowSchema>;
export const DEFAULT_WINDOW: AnalysisWindow = { kind: 'days', days: 365 };

/** Inclusive date ranges the database must aggregate over. */
export interface WindowBounds {
  /** First day of the window, null for all time. */
  start: string | null;
  /** Last day of the window: asOf itself. */
  end: string;
  /** The window before the window (same length) for `prevRevenue`; null for all time. */
  prevStart: string | null;
  prevEnd: string | null;
}

/**
 * Window of N days up to and including asOf: [asOf − (N−1), asOf]; the previous window is the N days
 * before it: [asOf − (2N−1), asOf − N]. Throws on a malformed asOf.
 */
export function windowBounds(asOf: string, window: AnalysisWindow = DEFAULT_WINDOW): WindowBounds {
  const end = parseDay(asOf);
  if (end === null) throw new RangeError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`);
  const endText = formatDay(end);
  if (window.kind === 'all') return { start: null, end: endText, prevStart: null, prevEnd: null };
  const n = window.days;
  return {
    start: formatDay(end - (n - 1)),
    end: endText,
    prevStart: formatDay(end - (2 * n - 1)),
    prevEnd: formatDay(end - n),
  };
}
