import type { Rationale } from "@/lib/schemas/team-draft";
import { phaseCatalog } from "../catalog/phases";
import { roleCatalog } from "../catalog/roles";
import type {
  Involvement,
  PhaseId,
  ProceduralRule,
  RoleId,
  Rule,
  SeniorityLevel,
  SkillId,
  StageId,
  ToolId,
} from "../types";
import { FactSet } from "./fact-set";

/** The draft while rules are being applied: mutable, private to the engine. */

export interface StaffingState {
  involvement: Involvement;
  readonly rationale: Rationale[];
}

export interface PhaseState {
  readonly id: PhaseId;
  readonly activities: string[];
  readonly staffing: Map<RoleId, StaffingState>;
  readonly rationale: Rationale[];
}

export interface RoleState {
  readonly id: RoleId;
  readonly rationale: Rationale[];
  headcount: number;
  readonly headcountRationale: Rationale[];
  seniority: SeniorityLevel;
  readonly seniorityRationale: Rationale[];
  readonly required: SkillId[];
  readonly preferred: SkillId[];
  readonly tools: ToolId[];
  /** Roles whose work this one took over under a headcount cap. */
  readonly absorbed: RoleId[];
}

export interface EngineState {
  readonly facts: FactSet;
  readonly modelCount: number;
  readonly timelineMonths: number | undefined;
  readonly roles: Map<RoleId, RoleState>;
  readonly phases: Map<PhaseId, PhaseState>;
  stage: { id: StageId; rationale: Rationale[] } | null;
  readonly warnings: string[];
  /** Usual length of the plan in months, known once staffing is done. */
  baselineMonths: number;
}

/** A fresh draft state holding no facts yet. */
export function createEngineState(modelCount: number, timelineMonths: number | undefined): EngineState {
  return {
    facts: new FactSet(),
    modelCount,
    timelineMonths,
    roles: new Map(),
    phases: new Map(),
    stage: null,
    warnings: [],
    baselineMonths: 0,
  };
}

/** The rationale a rule contributes, optionally with specifics appended. */
export function toRationale(rule: Rule | ProceduralRule, detail?: string): Rationale {
  return { ruleId: rule.id, text: detail ? `${rule.rationale} ${detail}` : rule.rationale, sources: rule.sources.slice() };
}

/** Appends a rationale unless the same rule already said the same thing. */
export function addRationale(list: Rationale[], rationale: Rationale): void {
  // A plain loop: this runs for every effect of every applied rule.
  for (const existing of list) if (existing.ruleId === rationale.ruleId && existing.text === rationale.text) return;
  list.push(rationale);
}

/** Appends the values not yet in the list, keeping first-seen order. */
export function addUnique<T>(list: T[], values: readonly T[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}

/** Adds a warning once, in the order rules raise them. */
export function addWarning(state: EngineState, text: string): void {
  if (!state.warnings.includes(text)) state.warnings.push(text);
}

// The catalogs are short (a handful of roles and phases) and a draft lists its roles and phases
// many times, so walking the catalog and picking the present ones beats copying and sorting.

/** Roles in catalog order, so every listing of the team is stable. */
export function listRoles(state: EngineState): RoleState[] {
  const roles: RoleState[] = [];
  for (const definition of roleCatalog) {
    const role = state.roles.get(definition.id);
    if (role) roles.push(role);
  }
  return roles;
}

/** Phases in catalog order. */
export function listPhases(state: EngineState): PhaseState[] {
  const phases: PhaseState[] = [];
  for (const definition of phaseCatalog) {
    const phase = state.phases.get(definition.id);
    if (phase) phases.push(phase);
  }
  return phases;
}

/** Whether the role leads at least one phase. */
export function isPhaseLead(state: EngineState, roleId: RoleId): boolean {
  for (const phase of state.phases.values()) if (phase.staffing.get(roleId)?.involvement === "lead") return true;
  return false;
}
