import { getRole, getRoleOrder } from "../catalog/roles";
import { dropRule, mergeRules, trimRule } from "../rules/headcount-cap";
import type { RoleId } from "../types";
import { roleFact } from "./fact-set";
import { addRationale, addUnique, addWarning, listRoles, toRationale, type EngineState, type RoleState } from "./engine-state";

function totalHeadcount(state: EngineState): number {
  let total = 0;
  for (const role of state.roles.values()) total += role.headcount;
  return total;
}

/** Moves `from`'s phases, skills and reasons onto `into` and removes `from` from the team. */
function mergeRole(state: EngineState, from: RoleState, into: RoleState, detail: string, rule: (typeof mergeRules)[number]): void {
  const rationale = toRationale(rule, detail);
  for (const phase of state.phases.values()) {
    const moved = phase.staffing.get(from.id);
    if (!moved) continue;
    phase.staffing.delete(from.id);
    const existing = phase.staffing.get(into.id);
    if (existing) {
      if (moved.involvement === "lead") existing.involvement = "lead";
      for (const reason of moved.rationale) addRationale(existing.rationale, reason);
      addRationale(existing.rationale, rationale);
    } else {
      phase.staffing.set(into.id, { involvement: moved.involvement, rationale: [...moved.rationale, rationale] });
    }
  }
  addUnique(into.required, from.required);
  addUnique(into.preferred, from.preferred.filter((skill) => !into.required.includes(skill)));
  addUnique(into.tools, from.tools);
  addUnique(into.absorbed, [from.id, ...from.absorbed]);
  for (const reason of from.rationale) addRationale(into.rationale, reason);
  addRationale(into.rationale, rationale);
  state.roles.delete(from.id);
  state.facts.deleteIndex(roleFact(from.id));
}

/**
 * Fits the team under the brief's headcount cap: trims people added by sizing rules (largest
 * role first, later catalog roles first on ties), then merges whole roles in the order of the
 * merge table, and as a last resort drops a role. Names every change in one warning and in the
 * affected roles' rationale.
 */
export function applyHeadcountCap(state: EngineState, cap: number | undefined): void {
  if (cap === undefined || totalHeadcount(state) <= cap) return;
  const startTotal = totalHeadcount(state);
  const startRoles = state.roles.size;
  const reductions = new Map<RoleId, { from: number; to: number }>();
  const changes: string[] = [];

  while (totalHeadcount(state) > cap) {
    const candidates = listRoles(state).filter((role) => role.headcount > 1);
    if (candidates.length === 0) break;
    const largest = candidates.reduce((best, role) =>
      role.headcount > best.headcount || (role.headcount === best.headcount && getRoleOrder(role.id) > getRoleOrder(best.id)) ? role : best,
    );
    const before = reductions.get(largest.id)?.from ?? largest.headcount;
    largest.headcount -= 1;
    reductions.set(largest.id, { from: before, to: largest.headcount });
  }
  for (const [roleId, { from, to }] of reductions) {
    const role = state.roles.get(roleId);
    if (!role) continue;
    addRationale(role.headcountRationale, toRationale(trimRule, `(cap ${cap}: ${from} → ${to})`));
    changes.push(`cut ${getRole(roleId).title} from ${from} to ${to}`);
  }

  while (state.roles.size > cap) {
    let merged = false;
    for (const rule of mergeRules) {
      const from = state.roles.get(rule.from);
      const into = rule.into.map((roleId) => state.roles.get(roleId)).find((role): role is RoleState => role !== undefined);
      if (!from || !into) continue;
      const fromTitle = getRole(from.id).title;
      const intoTitle = getRole(into.id).title;
      mergeRole(state, from, into, `(cap ${cap}: takes over the ${fromTitle}'s work)`, rule);
      addRationale(into.headcountRationale, toRationale(rule, `(cap ${cap}: the ${fromTitle}'s work is merged into this role)`));
      changes.push(`merged the ${fromTitle}'s work into the ${intoTitle}`);
      merged = true;
      break;
    }
    if (merged) continue;
    const last = listRoles(state).at(-1);
    if (!last || state.roles.size <= 1) break;
    state.roles.delete(last.id);
    state.facts.deleteIndex(roleFact(last.id));
    for (const phase of state.phases.values()) phase.staffing.delete(last.id);
    changes.push(`dropped the ${getRole(last.id).title} (${toRationale(dropRule).text})`);
  }

  // Later rules (the stage's explanation) must not name roles the cap took away.
  if (state.roles.size < startRoles) state.facts.add("derived.cap-merged-roles");

  // A phase whose only staff was dropped has nobody left to do it.
  for (const [phaseId, phase] of state.phases) if (phase.staffing.size === 0) state.phases.delete(phaseId);

  addWarning(
    state,
    `The headcount cap of ${cap} is below the ${startTotal} people this plan would otherwise need, so Teamwright ${changes.join("; ")}. Expect the remaining people to cover more ground, or the work to take longer.`,
  );
}
