import type { Rule } from "../types";
import { ruleSteps } from "../types";
import { deriveRules } from "./derive";
import { inputQualityRules } from "./input-quality";
import { staffFallbackRules, staffRules, staffSharedRules } from "./staffing";
import { skillRules } from "./skills";
import { sizingRules } from "./sizing";
import { seniorityRules } from "./seniority";
import { teamSizeFallbackRules, teamSizeStaffRules, teamSizeStageRules } from "./team-size";

/**
 * Every data rule, grouped by the step it runs in. Within a step the order below is the order
 * of evaluation; rules later in a step see the roles and facts earlier ones produced.
 */
const declaredRules: readonly Rule[] = [
  ...deriveRules,
  ...inputQualityRules,
  ...teamSizeStageRules,
  ...teamSizeStaffRules,
  ...staffRules,
  ...teamSizeFallbackRules,
  ...staffFallbackRules,
  ...staffSharedRules,
  ...skillRules,
  ...sizingRules,
  ...seniorityRules,
];

/** Rules sorted by step (stable within a step), ready for the evaluator. */
export const orderedRules: readonly Rule[] = ruleSteps.flatMap((step) => declaredRules.filter((rule) => rule.step === step));
