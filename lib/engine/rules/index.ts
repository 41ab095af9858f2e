import type { Effect, Rule, RuleStep } from "../types";
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

/**
 * A rule with its condition compiled to fact indexes, so evaluating it is integer lookups, and
 * its effects normalised (see normaliseEffect).
 */
export interface CompiledRule {
  readonly rule: Rule;
  readonly all: Int32Array;
  readonly any: Int32Array | null;
  readonly none: Int32Array;
  readonly effects: readonly Effect[];
}

/**
 * The same effect with every field of its kind present, in one order. The rule tables leave
 * optional fields out, which gives each combination its own object shape in V8 (16 shapes over
 * 9 kinds); with one shape per kind the evaluator's property reads stay fast.
 */
function normaliseEffect(effect: Effect): Effect {
  switch (effect.kind) {
    case "staff":
      return {
        kind: "staff",
        phase: effect.phase,
        role: effect.role,
        involvement: effect.involvement,
        activities: effect.activities,
        headcount: effect.headcount,
        onlyIfPresent: effect.onlyIfPresent,
      };
    case "skills":
      return { kind: "skills", role: effect.role, required: effect.required, preferred: effect.preferred, tools: effect.tools };
    case "stage":
      return { kind: "stage", stage: effect.stage, people: effect.people };
    default:
      return effect;
  }
}

function compileRule(rule: Rule): CompiledRule {
  return {
    rule,
    all: Int32Array.from(rule.when.all ?? [], indexFact),
    any: rule.when.any ? Int32Array.from(rule.when.any, indexFact) : null,
    none: Int32Array.from(rule.when.none ?? [], indexFact),
    effects: rule.effects.map(normaliseEffect),
  };
}

/** The rules grouped by step and compiled once, so each step only walks its own rules. */
export const rulesByStep: ReadonlyMap<RuleStep, readonly CompiledRule[]> = new Map(
  ruleSteps.map((step) => [step, orderedRules.filter((rule) => rule.step === step).map(compileRule)]),
);
