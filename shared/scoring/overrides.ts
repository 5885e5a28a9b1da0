import type { OverrideReason } from './reasons';

/** A manual tier set by a person; `expiresAt` (YYYY-MM-DD) null or absent = no expiry. */
export interface TierOverride {
  tier: string;
  reason: string;
  expiresAt?: string | null;
}

/** An override is in force on asOf when it has no expiry or expires strictly after asOf. */
export function overrideActive(o: TierOverride, asOf: string): boolean {
  return o.expiresAt == null || o.expiresAt.slice(0, 10) > asOf;
}

/**
 * The final tier after an override, and the reason to record (applied, expired or unknown tier).
 * An override to the tier the customer already has is still recorded, so the UI shows it.
 */
export function applyOverride(
  override: TierOverride | undefined,
  current: string,
  knownTiers: { has(tier: string): boolean },
  asOf: string,
): { tier: string; reason: OverrideReason | null } {
  if (!override) return { tier: current, reason: null };
  if (!overrideActive(override, asOf)) {
    return { tier: current, reason: { code: 'override_expired', tier: override.tier, reason: override.reason, expiresAt: String(override.expiresAt) } };
  }
  if (!knownTiers.has(override.tier)) {
    return { tier: current, reason: { code: 'override_unknown_tier', tier: override.tier, reason: override.reason } };
  }
  return {
    tier: override.tier,
    reason: { code: 'override', from: current, to: override.tier, reason: override.reason, expiresAt: override.expiresAt ?? null },
  };
}
