/**
 * `TIERDESK_NOW`: a clock for end-to-end tests and demos. When the variable is set, the CLI and browser mode
 * start their clock at that instant and let it run from there (an ISO date-time, or a date alone for noon,
 * local time); when it is not set, the core uses the wall clock. The Electron app never reads it.
 */
export const NOW_VARIABLE = 'TIERDESK_NOW';

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  const text = env[NOW_VARIABLE]?.trim();
  if (!text) return undefined;
  const start = parseInstant(text);
  const startedAt = Date.now();
  return () => new Date(start + (Date.now() - startedAt));
}

function parseInstant(text: string): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const millis = /^\d{4}-\d{2}-\d{2}T/.test(text) || dateOnly ? Date.parse(dateOnly ? `${text}T12:00:00` : text) : NaN;
  if (Number.isNaN(millis)) throw new Error(`${NOW_VARIABLE} must be an ISO date or date-time (e.g. 2026-12-07 or 2026-12-07T09:30:00Z), got '${text}'`);
  return millis;
}
