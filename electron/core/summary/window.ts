/** The first day of a window of `days` days that ends on (and includes) asOf. */
export function windowStart(asOf: string, days: number): string {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  return new Date(end - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}
