import { getPhase } from "../catalog/phases";
import { getRole } from "../catalog/roles";
import { baseHeadcountRule } from "../rules/sizing";
import { timelineThresholds } from "../rules/timeline";
import type { Effect, RoleId, RoleSelector, RoleTarget, Rule, RuleStep, SeniorityLevel } from "../types";
import {
  addRationale,
  addUnique,
  addWarning,
  isPhaseLead,
  listPhases,
  listRoles,
  toRationale,
  type EngineState,
  type RoleState,
} from "./engine-state";
import { phaseFact, roleFact, type FactSet } from "./fact-set";
import type { CompiledRule } from "../rules/index";

const seniorityRank: Record<SeniorityLevel, number> = { junior: 0, mid: 1, senior: 2, lead: 3 };

/** Whether a compiled rule's condition holds for the current facts. */
export function matchesCondition(compiled: Pick<CompiledRule, "all" | "any" | "none">, facts: FactSet): boolean {
  // Integer lookups in plain loops: this runs for every rule on every draft.
  const { all, any, none } = compiled;
  for (let index = 0; index < all.length; index += 1) if (!facts.hasIndex(all[index] ?? -1)) return false;
  if (any) {
    let found = false;
    for (let index = 0; index < any.length && !found; index += 1) found = facts.hasIndex(any[index] ?? -1);
    if (!found) return false;
  }
  for (let index = 0; index < none.length; index += 1) if (facts.hasIndex(none[index] ?? -1)) return false;
  return true;
}

function findPresent(state: EngineState, target: RoleTarget): RoleState | undefined {
  if (typeof target === "string") return state.roles.get(target);
  for (const roleId of target) {
    const role = state.roles.get(roleId);
    if (role) return role;
  }
  return undefined;
}

function addRole(state: EngineState, roleId: RoleId, rule: Rule, fixedHeadcount: number | undefined): RoleState {
  const definition = getRole(roleId);
  const role: RoleState = {
    id: roleId,
    rationale: [],
    headcount: fixedHeadcount ?? 1,
    headcountRationale: [fixedHeadcount !== undefined ? toRationale(rule) : toRationale(baseHeadcountRule)],
    seniority: "junior",
    seniorityRationale: [],
    required: [...definition.required],
    preferred: [...definition.preferred],
    tools: [...definition.tools],
    absorbed: [],
  };
  state.roles.set(roleId, role);
  state.facts.addIndex(roleFact(roleId));
  return role;
}

function applyStaff(state: EngineState, rule: Rule, effect: Extract<Effect, { kind: "staff" }>): void {
  let role = findPresent(state, effect.role);
  if (!role) {
    if (effect.onlyIfPresent) return;
    const roleId = typeof effect.role === "string" ? effect.role : effect.role[0];
    if (!roleId) return;
    role = addRole(state, roleId, rule, effect.headcount);
  } else if (effect.headcount !== undefined) {
    addRationale(role.headcountRationale, toRationale(rule));
  }
  const rationale = toRationale(rule);
  addRationale(role.rationale, rationale);

  let phase = state.phases.get(effect.phase);
  if (!phase) {
    getPhase(effect.phase); // fails loudly on an unknown phase id
    phase = { id: effect.phase, activities: [], staffing: new Map(), rationale: [] };
    state.phases.set(effect.phase, phase);
    state.facts.addIndex(phaseFact(effect.phase));
  }
  addRationale(phase.rationale, rationale);
  addUnique(phase.activities, effect.activities);

  const staffing = phase.staffing.get(role.id);
  if (staffing) {
    if (effect.involvement === "lead") staffing.involvement = "lead";
    addRationale(staffing.rationale, rationale);
  } else {
    phase.staffing.set(role.id, { involvement: effect.involvement, rationale: [rationale] });
  }
}

function selectRoles(state: EngineState, selector: RoleSelector): RoleState[] {
  if (typeof selector === "string" || Array.isArray(selector)) {
    const role = findPresent(state, selector as RoleTarget);
    return role ? [role] : [];
  }
  const each = (selector as Exclude<RoleSelector, RoleTarget>).each;
  const roles = listRoles(state);
  if (each === "all") return roles;
  if (each === "phase-leads") return roles.filter((role) => isPhaseLead(state, role.id));
  const minimum = "minHeadcount" in selector ? selector.minHeadcount : Number.POSITIVE_INFINITY;
  return roles.filter((role) => role.headcount >= minimum);
}

function addHeadcount(role: RoleState, amount: number, rule: Rule, detail?: string): void {
  if (amount <= 0) return;
  role.headcount += amount;
  const rationale = toRationale(rule, detail);
  addRationale(role.headcountRationale, rationale);
}

function formatFactor(factor: number): string {
  return factor.toFixed(2).replace(/\.?0+$/, "");
}

/**
 * When the drafted team is larger or smaller than the rule of thumb's range for its stage, says
 * so, so the stage's explanation never claims a team size the plan does not have.
 */
function describeTeamSize(state: EngineState, people: readonly [number, number] | undefined): string | undefined {
  if (!people) return undefined;
  let total = 0;
  for (const role of state.roles.values()) total += role.headcount;
  const [min, max] = people;
  if (total > max) return `This plan has ${total} people: more than the rule of thumb, for the reasons given under each role's headcount.`;
  if (total < min) return `This plan has ${total} ${total === 1 ? "person" : "people"}: fewer than the rule of thumb, because of the headcount cap (see the warnings).`;
  return undefined;
}

function applyEffect(state: EngineState, rule: Rule, effect: Effect): void {
  switch (effect.kind) {
    case "fact":
      state.facts.add(effect.fact);
      return;
    case "stage":
      if (!state.stage) state.stage = { id: effect.stage, rationale: [toRationale(rule, describeTeamSize(state, effect.people))] };
      return;
    case "staff":
      applyStaff(state, rule, effect);
      return;
    case "skills": {
      const role = findPresent(state, effect.role);
      if (!role) return;
      addUnique(role.required, effect.required ?? []);
      addUnique(role.preferred, (effect.preferred ?? []).filter((skill) => !role.required.includes(skill)));
      // A skill that became required is no longer merely preferred.
      for (let index = role.preferred.length - 1; index >= 0; index -= 1) {
        if (role.required.includes(role.preferred[index] as (typeof role.preferred)[number])) role.preferred.splice(index, 1);
      }
      addUnique(role.tools, effect.tools ?? []);
      addRationale(role.rationale, toRationale(rule));
      return;
    }
    case "add-headcount": {
      const role = findPresent(state, effect.role);
      if (role) addHeadcount(role, effect.amount, rule, `(+${effect.amount})`);
      return;
    }
    case "headcount-per-model": {
      const role = findPresent(state, effect.role);
      const extra = Math.min(effect.maxExtra, Math.floor((state.modelCount - 1) / effect.modelsPerPerson));
      if (role) addHeadcount(role, extra, rule, `(${state.modelCount} models: +${extra})`);
      return;
    }
    case "compress-timeline": {
      const timeline = state.timelineMonths;
      if (timeline === undefined || state.baselineMonths <= 0) return;
      const factor = Math.min(effect.maxFactor, state.baselineMonths / timeline);
      for (const role of listRoles(state)) {
        if (!isPhaseLead(state, role.id)) continue;
        const extra = Math.round(role.headcount * (factor - 1));
        addHeadcount(
          role,
          extra,
          rule,
          `(${timeline} months against a usual ${state.baselineMonths}: ×${formatFactor(factor)}, +${extra})`,
        );
      }
      return;
    }
    case "seniority":
      for (const role of selectRoles(state, effect.role)) {
        if (seniorityRank[effect.level] < seniorityRank[role.seniority]) continue;
        role.seniority = effect.level;
        addRationale(role.seniorityRationale, toRationale(rule));
      }
      return;
    case "warning":
      addWarning(state, effect.text);
      return;
  }
}

/** Applies, in order, every rule of one step whose condition holds (each says so in its rationale). */
export function runRuleStep(state: EngineState, rulesByStep: ReadonlyMap<RuleStep, readonly CompiledRule[]>, step: RuleStep): void {
  for (const compiled of rulesByStep.get(step) ?? []) {
    if (!matchesCondition(compiled, state.facts)) continue;
    const rule = compiled.rule;
    for (const effect of compiled.effects) applyEffect(state, rule, effect);
  }
}

/**
 * Once the phases are known, works out the plan's usual length and whether the brief's
 * timeline is tight (at most 2/3 of it) or very tight (under 1/2), as facts for later rules.
 */
export function deriveTimelineFacts(state: EngineState): void {
  state.baselineMonths = listPhases(state).reduce((sum, phase) => {
    const definition = getPhase(phase.id);
    return definition.schedule === "sequential" ? sum + definition.baselineMonths : sum;
  }, 0);
  const timeline = state.timelineMonths;
  if (timeline === undefined || state.baselineMonths <= 0) return;
  const share = timeline / state.baselineMonths;
  if (share <= timelineThresholds.tight) state.facts.add("derived.tight-timeline");
  if (share < timelineThresholds.veryTight) state.facts.add("derived.very-tight-timeline");
}
