import { isUsLocation } from "@/lib/engine/rules/pay";
import type { SalaryBandEntry } from "@/lib/schemas/role-library";

/**
 * Which of a role's library salary bands applies to a plan, from the plan's location and
 * currency. Pure, so effective-plan.ts can re-check on every render that a band a plan took
 * still fits its brief (a brief moved from Berlin to Austin must drop a Berlin band).
 */

export function normaliseLocation(location: string): string {
  return location.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * How well a band's location fits the plan's: 3 same place, 2 one names the other ("Berlin"
 * and "Berlin, DE"), 1 both in the US (the engine's own US medians work the same way), 0 no fit.
 * Without a plan location the engine assumes the US, so only US bands fit, at 1.
 */
export function bandLocationScore(bandLocation: string, planLocation: string | undefined): number {
  const band = normaliseLocation(bandLocation);
  if (planLocation === undefined || normaliseLocation(planLocation) === "") return isUsLocation(bandLocation) ? 1 : 0;
  const plan = normaliseLocation(planLocation);
  if (band === plan) return 3;
  if (band.length > 0 && (containsWords(plan, band) || containsWords(band, plan))) return 2;
  if (isUsLocation(bandLocation) && isUsLocation(planLocation)) return 1;
  return 0;
}

/** `needle` appears in `haystack` as whole words ("berlin" in "berlin, de", not "us" in "austin"). */
function containsWords(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(haystack);
}

/**
 * The band for a plan: same currency, best-fitting location; among equals the first listed
 * (HR orders the rows). Null when none fits: the engine's band (or none) stays.
 */
export function pickLibraryBand(
  bands: readonly SalaryBandEntry[],
  plan: { location?: string | undefined; currency: string },
): SalaryBandEntry | null {
  let best: SalaryBandEntry | null = null;
  let bestScore = 0;
  for (const band of bands) {
    if (band.currency !== plan.currency.toUpperCase()) continue;
    const score = bandLocationScore(band.location, plan.location);
    if (score > bestScore) {
      best = band;
      bestScore = score;
    }
  }
  return best;
}
