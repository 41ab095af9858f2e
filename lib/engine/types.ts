import type { PhaseId, RoleId, SeniorityLevel, SourceTag, StageId } from "@/lib/schemas/team-draft";
import type { DerivedFactId } from "./catalog/derived-facts";
import type { SkillId, ToolId } from "./catalog/skills";
import type { TraitId } from "./catalog/traits";

export type { PhaseId, RoleId, SeniorityLevel, SourceTag, StageId, TraitId, DerivedFactId, SkillId, ToolId };

/**
 * Something a rule condition can test. Traits come from the brief (text or fields); derived
 * facts come from earlier rules; `role:` and `phase:` facts say a role or phase is already in
 * the draft; `negated:`
 * facts say the text mentioned a trait only to rule it out ("we will not train our own model").
 */
export type Fact = TraitId | DerivedFactId | `role:${RoleId}` | `phase:${PhaseId}` | `negated:${TraitId}`;

/** Every listed fact in `all`, at least one in `any`, none of those in `none`. Empty = always. */
export interface Condition {
  readonly all?: readonly Fact[];
  readonly any?: readonly Fact[];
  readonly none?: readonly Fact[];
}

/**
 * Which role an effect lands on. A single id is that role. A list means "the first of these
 * already on the team" — so a rule can say "whoever serves the model" without caring which
 * engineer an earlier rule picked. For `staff` effects, when none of the list is on the team
 * the first one is added; every other effect skips absent roles.
 */
export type RoleTarget = RoleId | readonly RoleId[];

/** For seniority effects: one role, the first present of a list, or every role that matches. */
export type RoleSelector =
  | RoleTarget
  | { readonly each: "all" | "phase-leads" }
  | { readonly each: "min-headcount"; readonly minHeadcount: number };

export type Involvement = "lead" | "support";

export type Effect =
  /** Records a derived fact later rules can test. */
  | { readonly kind: "fact"; readonly fact: DerivedFactId }
  /**
   * Names the project's stage (proof of concept, production, …); the first stage rule that
   * matches wins. `people` is the team size the rule of thumb gives for the stage: when the
   * drafted team falls outside it, the rationale says how many people the plan has and why.
   */
  | { readonly kind: "stage"; readonly stage: StageId; readonly people?: readonly [number, number] }
  /** Puts a role on a phase (adding both when missing) with the activities it does there. */
  | {
      readonly kind: "staff";
      readonly phase: PhaseId;
      readonly role: RoleTarget;
      readonly involvement: Involvement;
      readonly activities: readonly string[];
      /** Set when the rule itself fixes the role's base headcount (the practice rule of thumb). */
      readonly headcount?: number;
      /** Only staff a role already on the team; never add one. */
      readonly onlyIfPresent?: boolean;
    }
  /** Adds skills and tools to a role already on the team. */
  | {
      readonly kind: "skills";
      readonly role: RoleTarget;
      readonly required?: readonly SkillId[];
      readonly preferred?: readonly SkillId[];
      readonly tools?: readonly ToolId[];
    }
  /** Adds people to a role already on the team. */
  | { readonly kind: "add-headcount"; readonly role: RoleTarget; readonly amount: number }
  /** Adds one person per `modelsPerPerson` models beyond the first, at most `maxExtra`. */
  | { readonly kind: "headcount-per-model"; readonly role: RoleTarget; readonly modelsPerPerson: number; readonly maxExtra: number }
  /**
   * Scales the roles that lead a phase by how much shorter the timeline is than the plan's
   * usual length, never more than `maxFactor` times (more people stop helping beyond that).
   */
  | { readonly kind: "compress-timeline"; readonly maxFactor: number }
  /** Raises the anchor seniority of the selected roles to at least `level`. */
  | { readonly kind: "seniority"; readonly role: RoleSelector; readonly level: SeniorityLevel }
  | { readonly kind: "warning"; readonly text: string };

export type RuleFamily =
  | "derive"
  | "input-quality"
  | "team-size"
  | "staff"
  | "skills"
  | "sizing"
  | "seniority"
  | "headcount-cap"
  | "pay"
  | "timeline";

/**
 * When a rule runs. Steps run in this order; within a step, rules run in catalog order, so
 * "first engineer present" targets see the engineers picked by earlier steps. "team-core" puts
 * the rule-of-thumb core team in place before the project-specific staffing; "stage" names the
 * stage only after sizing and the headcount cap, so its explanation can test (with `role:`
 * facts) the team the plan actually has.
 */
export const ruleSteps = ["derive", "team-core", "staff", "staff-fallback", "staff-shared", "skills", "sizing", "stage", "seniority"] as const;
export type RuleStep = (typeof ruleSteps)[number];

/** A rule: data, not code. Conditions on facts, effects on the draft, and where the idea comes from. */
export interface Rule {
  readonly id: string;
  readonly family: RuleFamily;
  readonly step: RuleStep;
  /** What the rule does, for the rule catalog. */
  readonly description: string;
  /** Why, in Teamwright's own words; shown beside every decision the rule makes. */
  readonly rationale: string;
  readonly sources: readonly SourceTag[];
  readonly when: Condition;
  readonly effects: readonly Effect[];
}

/** A rule that the evaluator applies procedurally (cap, pay, timeline); listed for the catalog. */
export interface ProceduralRule {
  readonly id: string;
  readonly family: RuleFamily;
  readonly description: string;
  readonly rationale: string;
  readonly sources: readonly SourceTag[];
}
