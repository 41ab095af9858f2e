import type { ProceduralRule, RoleId } from "../types";

/**
 * Salary bands. The sources give only two figures, both US medians from [C]; Teamwright
 * invents none for the other roles and converts no currencies. HR sets the rest (next issue).
 */

export interface PayBandRule extends ProceduralRule {
  readonly role: RoleId;
  readonly currency: "USD";
  readonly country: "US";
  readonly min: number;
  readonly max: number;
}

export const payBandRules: readonly PayBandRule[] = [
  {
    id: "pay.us-median.ml-engineer",
    family: "pay",
    role: "ml-engineer",
    currency: "USD",
    country: "US",
    min: 150_000,
    max: 200_000,
    description: "ML engineer: US median salary USD 150,000–200,000.",
    rationale: "The only published figure in the sources for this role is a US median of USD 150,000–200,000 a year.",
    sources: ["C"],
  },
  {
    id: "pay.us-median.ai-engineer",
    family: "pay",
    role: "ai-engineer",
    currency: "USD",
    country: "US",
    min: 170_000,
    max: 250_000,
    description: "AI engineer: US median salary USD 170,000–250,000.",
    rationale: "The only published figure in the sources for this role is a US median of USD 170,000–250,000 a year.",
    sources: ["C"],
  },
];

export const noSourceBandRule: ProceduralRule = {
  id: "pay.no-source-band",
  family: "pay",
  description: "No salary band for roles the sources give no figure for.",
  rationale: "The sources give no salary figure for this role, and Teamwright does not invent one; workspace owners and HR can set a band in the role library.",
  sources: ["heuristic"],
};

export const otherCurrencyRule: ProceduralRule = {
  id: "pay.other-currency",
  family: "pay",
  description: "No bands in a currency other than USD.",
  rationale: "The only figures in the sources are in USD, and Teamwright does not convert currencies.",
  sources: ["heuristic"],
};

export const otherLocationRule: ProceduralRule = {
  id: "pay.other-location",
  family: "pay",
  description: "No bands outside the US.",
  rationale: "The only figures in the sources are US medians, which say nothing about pay elsewhere.",
  sources: ["heuristic"],
};

export const assumedUsRule: ProceduralRule = {
  id: "pay.location-unstated",
  family: "pay",
  description: "No location given: US medians apply, with a warning.",
  rationale: "No location was given, so the US medians from the sources are shown as a first estimate.",
  sources: ["C", "heuristic"],
};

// Two-letter US state codes that are not also ISO country codes ("DE" could be Germany, "CA" Canada).
const unambiguousStateCodes = new Set([
  "AK", "CT", "DC", "FL", "HI", "IA", "KS", "MI", "ND", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "RI", "TX", "UT", "VT", "WA", "WI", "WV", "WY",
]);
const stateNames = new Set([
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho",
  "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
  "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
  "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
  "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
]);
// "America" alone is left out: "Latin America" and "North America" are not US locations.
const usCountryPattern = /(^|[^a-z])(us|usa|u\.s\.a?\.?|united states(?: of america)?)([^a-z]|$)/i;

/**
 * Whether a free-text location is in the US: an explicit country ("US", "United States",
 * "Remote (US)"), a full state name, or a state code that is not also a country code.
 * Ambiguous places ("Berlin, DE") count as not US, so no US band is shown for them.
 */
export function isUsLocation(location: string): boolean {
  const trimmed = location.trim();
  if (usCountryPattern.test(trimmed)) return true;
  const parts = trimmed.split(/[,(]/).map((part) => part.replace(/[)\s]+$/g, "").trim());
  const last = parts[parts.length - 1] ?? "";
  if (unambiguousStateCodes.has(last)) return true;
  return parts.some((part) => stateNames.has(part.toLowerCase()));
}
