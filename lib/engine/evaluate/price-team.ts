import type { Rationale } from "@/lib/schemas/team-draft";
import { getRole } from "../catalog/roles";
import { assumedUsRule, isUsLocation, noSourceBandRule, otherCurrencyRule, otherLocationRule, payBandRules } from "../rules/pay";
import type { RoleId } from "../types";
import { addWarning, toRationale, type EngineState, type RoleState } from "./engine-state";

// The first pay rule of each role (as a scan would find it), looked up for every role of every draft.
const payBandRuleByRole = new Map<RoleId, (typeof payBandRules)[number]>();
for (const rule of payBandRules) if (!payBandRuleByRole.has(rule.role)) payBandRuleByRole.set(rule.role, rule);

export interface SalaryBand {
  readonly currency: string;
  readonly min: number;
  readonly max: number;
  readonly source: string;
}

export interface TeamPricing {
  readonly bands: ReadonlyMap<RoleId, SalaryBand | null>;
  /** Pay reasons per role, added to the role's rationale. */
  readonly reasons: ReadonlyMap<RoleId, readonly Rationale[]>;
  readonly cost: { currency: string; annualMin: number | null; annualMax: number | null; rolesWithoutBand: RoleId[] };
}

/**
 * Gives each role the salary band the sources support (US medians in USD for ML and AI
 * engineers, nothing else) and sums the annual cost of the roles that have one. A brief in
 * another currency or country gets no bands and a warning, never a converted guess.
 */
export function priceTeam(
  state: EngineState,
  roles: readonly RoleState[],
  currency: string | undefined,
  location: string | undefined,
): TeamPricing {
  const costCurrency = currency ?? "USD";
  const bands = new Map<RoleId, SalaryBand | null>();
  const reasons = new Map<RoleId, Rationale[]>();
  const rolesWithoutBand: RoleId[] = [];
  let annualMin = 0;
  let annualMax = 0;
  let anyBand = false;

  const { otherCurrency, otherLocation } = pricedElsewhere(costCurrency, location);
  const bandedTitles: string[] = [];

  for (const role of roles) {
    const bandRule = payBandRuleByRole.get(role.id);
    if (!bandRule) {
      bands.set(role.id, null);
      reasons.set(role.id, [toRationale(noSourceBandRule)]);
      rolesWithoutBand.push(role.id);
      continue;
    }
    if (otherCurrency || otherLocation) {
      bands.set(role.id, null);
      reasons.set(role.id, [toRationale(otherCurrency ? otherCurrencyRule : otherLocationRule)]);
      rolesWithoutBand.push(role.id);
      continue;
    }
    bands.set(role.id, { currency: bandRule.currency, min: bandRule.min, max: bandRule.max, source: bandRule.sources.join(",") });
    reasons.set(role.id, location === undefined ? [toRationale(bandRule), toRationale(assumedUsRule)] : [toRationale(bandRule)]);
    annualMin += role.headcount * bandRule.min;
    annualMax += role.headcount * bandRule.max;
    anyBand = true;
    bandedTitles.push(getRole(role.id).title);
  }

  const coverage = payCoverageWarnings(rolesWithoutBand, costCurrency, location);
  if (coverage.elsewhere !== null) {
    addWarning(state, coverage.elsewhere);
  } else if (anyBand && location === undefined) {
    addWarning(
      state,
      `Salary bands for ${bandedTitles.join(" and ")} are US medians from the sources; no location was given, so they assume hiring in the US.`,
    );
  }
  if (coverage.noSource !== null) addWarning(state, coverage.noSource);

  return {
    bands,
    reasons,
    cost: { currency: costCurrency, annualMin: anyBand ? annualMin : null, annualMax: anyBand ? annualMax : null, rolesWithoutBand },
  };
}

/** Whether the sources' US medians in USD are off the table for a plan's currency or location. */
function pricedElsewhere(currency: string, location: string | undefined): { otherCurrency: boolean; otherLocation: boolean } {
  const otherCurrency = currency !== "USD";
  return { otherCurrency, otherLocation: !otherCurrency && location !== undefined && !isUsLocation(location) };
}

/**
 * How each coverage warning begins, in today's wording and in the wording of drafts stored
 * before it (which said "HR settings"): effectivePlan recognises the engine's coverage warnings
 * in a stored draft by these, to replace them with ones about the plan's effective team.
 */
export const payCoverageWarningPrefixes = ["No salary bands in ", 'No salary bands for "', "No salary source covers "] as const;

/** Where a band is set and who may set it (the role library's editors: owners and HR). */
const setBandsHint = (what: string) =>
  `Workspace owners and HR can add ${what} under Role library → Edit role; a plan then takes ${what === "a band" ? "it" : "them"} with "Use the library's update".`;

/**
 * The warnings for roles left out of a cost because they have no salary band: `elsewhere` when
 * some of them would have had the sources' US medians but the plan is in another currency or
 * country, `noSource` naming those the sources give no figure for. Null when there is nothing to
 * say. The engine calls it for its draft, and effectivePlan for the team a plan has now (library
 * bands taken, roles added or removed), so a warning never outlives the gap it describes.
 */
export function payCoverageWarnings(
  uncovered: readonly RoleId[],
  currency: string,
  location: string | undefined,
): { elsewhere: string | null; noSource: string | null } {
  const { otherCurrency, otherLocation } = pricedElsewhere(currency, location);
  const anySourced = uncovered.some((roleId) => payBandRuleByRole.has(roleId));
  const elsewhere =
    anySourced && otherCurrency
      ? `${payCoverageWarningPrefixes[0]}${currency}: the sources only give US medians in USD, and Teamwright does not convert currencies. ${setBandsHint(`${currency} bands`)}`
      : anySourced && otherLocation
        ? `${payCoverageWarningPrefixes[1]}${location}": the sources only give US medians, which do not transfer to other countries. ${setBandsHint("local bands")} If this is a US location, add "US" to it.`
        : null;
  const unsourced = uncovered.filter((roleId) => !payBandRuleByRole.has(roleId));
  const noSource =
    unsourced.length === 0
      ? null
      : `${payCoverageWarningPrefixes[2]}${unsourced.map((roleId) => getRole(roleId).title).join(", ")}, so ${unsourced.length === 1 ? "it is" : "they are"} left out of the cost estimate. ${setBandsHint(unsourced.length === 1 ? "a band" : "bands")}`;
  return { elsewhere, noSource };
}
