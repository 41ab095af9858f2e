import type { SourceTag } from "@/lib/schemas/team-draft";
import { dropRule, mergeRules, trimRule } from "./rules/headcount-cap";
import { orderedRules } from "./rules/index";
import { assumedUsRule, noSourceBandRule, otherCurrencyRule, otherLocationRule, payBandRules } from "./rules/pay";
import { seniorityMixRule } from "./rules/seniority";
import { baseHeadcountRule } from "./rules/sizing";
import { timelineEstimateRule, timelineFromBriefRule } from "./rules/timeline";
import type { RuleFamily } from "./types";

export interface RuleCatalogEntry {
  readonly id: string;
  readonly family: RuleFamily;
  readonly description: string;
  readonly rationale: string;
  readonly sources: readonly SourceTag[];
}

/**
 * Every rule the engine can cite in a draft — data rules and the procedural ones (cap, pay,
 * timeline) alike — so the UI can show "why" for any ruleId and link its sources.
 */
export const ruleCatalog: readonly RuleCatalogEntry[] = [
  ...orderedRules,
  baseHeadcountRule,
  seniorityMixRule,
  trimRule,
  ...mergeRules,
  dropRule,
  ...payBandRules,
  noSourceBandRule,
  otherCurrencyRule,
  otherLocationRule,
  assumedUsRule,
  timelineEstimateRule,
  timelineFromBriefRule,
].map((rule) => ({ id: rule.id, family: rule.family, description: rule.description, rationale: rule.rationale, sources: [...rule.sources] }));

const byId = new Map(ruleCatalog.map((rule) => [rule.id, rule]));

/** Looks a rule up by the id a rationale carries. */
export function findRule(id: string): RuleCatalogEntry | undefined {
  return byId.get(id);
}
