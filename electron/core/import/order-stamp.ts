/**
 * The short stamp written to orders.updated_at by one bulk write (an import, the demo book): unique per write
 * on this install, made from an HLC tick (milliseconds and counter in base 36, ~11 characters instead of the
 * 46 of a full HLC). Orders are not synced per cell, so they need no device id; the order writer only compares
 * stamps for equality (is this order from the same import?).
 */
export function orderStamp(hlc: string): string {
  const millis = Date.parse(hlc.slice(0, 24));
  const counter = parseInt(hlc.slice(25, 29), 16);
  if (!Number.isFinite(millis) || !Number.isFinite(counter)) return hlc;
  return `${millis.toString(36)}.${counter.toString(36)}`;
}
