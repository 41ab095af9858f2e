import type { Rule, RuleStep } from "../types";
import { ruleSteps } from "../types";
import { indexFact } from "../evaluate/fact-set";
import { deriveRules } from "./derive";
import { inputQualityRules } from "./input-quality";
import { staffFallbackRules, staffRules, staffSharedRules } from "./staffing";
import { skillRules } from "./skills";
import { sizingRules } from "./sizing";
import { seniorityRules } from "./seniority";
import { teamSizeCoreRules, teamSizeFallbackRules, teamSizeStaffRules, teamSizeStageRules } from "./team-size";

/**
 * Every data rule, grouped by the step it runs in. Within a step the order below is the order
 * of evaluation; rules later in a step see the roles and facts earlier ones produced.
 */
const declaredRules: readonly Rule[] = [
  ...deriveRules,
  ...inputQualityRules,
  ...teamSizeCoreRules,
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

/** A rule with its condition compiled to fact indexes, so evaluating it is integer lookups. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly all: Int32Array;
  readonly any: Int32Array | null;
  readonly none: Int32Array;
}

function compileRule(rule: Rule): CompiledRule {
  return {
    rule,
    all: Int32Array.from(rule.when.all ?? [], indexFact),
    any: rule.when.any ? Int32Array.from(rule.when.any, indexFact) : null,
    none: Int32Array.from(rule.when.none ?? [], indexFact),
  };
}

/** The rules grouped by step and compiled once, so each step only walks its own rules. */
export const rulesByStep: ReadonlyMap<RuleStep, readonly CompiledRule[]> = new Map(
  ruleSteps.map((step) => [step, orderedRules.filter((rule) => rule.step === step).map(compileRule)]),
);
