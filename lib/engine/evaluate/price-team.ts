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

  const otherCurrency = costCurrency !== "USD";
  const otherLocation = !otherCurrency && location !== undefined && !isUsLocation(location);
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

  const anyRoleHasSource = roles.some((role) => payBandRuleByRole.has(role.id));
  if (otherCurrency && anyRoleHasSource) {
    addWarning(
      state,
      `No salary bands in ${costCurrency}: the sources only give US medians in USD, and Teamwright does not convert currencies. Set ${costCurrency} bands in HR settings.`,
    );
  } else if (otherLocation && anyRoleHasSource) {
    addWarning(
      state,
      `No salary bands for "${location}": the sources only give US medians, which do not transfer to other countries. Set local bands in HR settings (if this is a US location, add "US").`,
    );
  } else if (anyBand && location === undefined) {
    addWarning(
      state,
      `Salary bands for ${bandedTitles.join(" and ")} are US medians from the sources; no location was given, so they assume hiring in the US.`,
    );
  }
  const unbandedBySource = rolesWithoutBand.filter((roleId) => !payBandRuleByRole.has(roleId));
  if (unbandedBySource.length > 0) {
    addWarning(
      state,
      `No salary source covers ${unbandedBySource.map((roleId) => getRole(roleId).title).join(", ")}, so ${unbandedBySource.length === 1 ? "it is" : "they are"} left out of the cost estimate; set bands in HR settings.`,
    );
  }

  return {
    bands,
    reasons,
    cost: { currency: costCurrency, annualMin: anyBand ? annualMin : null, annualMax: anyBand ? annualMax : null, rolesWithoutBand },
  };
}
