import type { ProjectBrief } from "@/lib/schemas/project-brief";
import type { TeamDraft, TeamRole } from "@/lib/schemas/team-draft";
import { getPhase } from "./catalog/phases";
import { getRole, roleCatalog } from "./catalog/roles";
import { getSkillName, getToolName } from "./catalog/skills";
import { isInternalTrait } from "./catalog/traits";
import { applyHeadcountCap } from "./evaluate/apply-headcount-cap";
import {
  addRationale,
  addUnique,
  addWarning,
  createEngineState,
  listPhases,
  listRoles,
  toRationale,
  type EngineState,
  type PhaseState,
  type RoleState,
} from "./evaluate/engine-state";
import { deriveTimelineFacts, runRuleStep } from "./evaluate/evaluate-rules";
import { negatedFact } from "./evaluate/fact-set";
import { priceTeam } from "./evaluate/price-team";
import { schedulePhases } from "./evaluate/schedule-phases";
import { applyFields } from "./extract/apply-fields";
import { extractTraits } from "./extract/extract-traits";
import { deriveRules } from "./rules/derive";
import { rulesByStep } from "./rules/index";
import { seniorityMixRule } from "./rules/seniority";
import { timelineEstimateRule, timelineFromBriefRule } from "./rules/timeline";
import type { RoleId, SeniorityLevel, TraitId } from "./types";

const seniorityOrder: readonly SeniorityLevel[] = ["lead", "senior", "mid", "junior"];

/**
 * Splits a role's headcount across levels: one person at the role's level; with a lead and
 * three or more people, a senior second; one junior from four people up; everyone else mid.
 */
export function mixSeniority(level: SeniorityLevel, headcount: number): { level: SeniorityLevel; count: number }[] {
  const counts: Record<SeniorityLevel, number> = { lead: 0, senior: 0, mid: 0, junior: 0 };
  counts[level] += 1;
  let rest = headcount - 1;
  if (level === "lead" && rest >= 2) {
    counts.senior += 1;
    rest -= 1;
  }
  if (headcount >= 4 && rest > 0) {
    counts.junior += 1;
    rest -= 1;
  }
  counts.mid += rest;
  const mix: { level: SeniorityLevel; count: number }[] = [];
  for (const entry of seniorityOrder) if (counts[entry] > 0) mix.push({ level: entry, count: counts[entry] });
  return mix;
}

/** The other roles sharing a phase with `role`, in catalog order. */
function collectCollaborators(phases: readonly PhaseState[], role: RoleState): TeamRole["collaborators"] {
  const collaborators: TeamRole["collaborators"] = [];
  for (const other of roleCatalog) {
    if (other.id === role.id) continue;
    for (const phase of phases) {
      if (phase.staffing.has(role.id) && phase.staffing.has(other.id)) {
        collaborators.push(other.id);
        break;
      }
    }
  }
  return collaborators;
}

/**
 * A phase's staffing for the draft: leads before supporters, each in catalog order. Walks the
 * short role catalog twice instead of sorting the entries.
 */
function listStaffing(phase: PhaseState, headcountOf: ReadonlyMap<RoleId, number>): TeamDraft["phases"][number]["staffing"] {
  const staffing: TeamDraft["phases"][number]["staffing"] = [];
  for (const involvement of ["lead", "support"] as const) {
    for (const definition of roleCatalog) {
      const entry = phase.staffing.get(definition.id);
      if (!entry || entry.involvement !== involvement) continue;
      staffing.push({
        roleId: definition.id,
        headcount: involvement === "lead" ? (headcountOf.get(definition.id) ?? 1) : 1,
        involvement,
        rationale: entry.rationale,
      });
    }
  }
  return staffing;
}

function collectStakeholders(role: RoleState): string[] {
  const stakeholders: string[] = [];
  addUnique(stakeholders, getRole(role.id).stakeholders);
  for (const roleId of role.absorbed) addUnique(stakeholders, getRole(roleId).stakeholders);
  return stakeholders;
}

/** The phases `role` is staffed on, in catalog order. */
function listRolePhases(phases: readonly PhaseState[], role: RoleState): TeamRole["phases"] {
  const ids: TeamRole["phases"] = [];
  for (const phase of phases) if (phase.staffing.has(role.id)) ids.push(phase.id);
  return ids;
}

function fallbackStage(): NonNullable<EngineState["stage"]> {
  const rule = deriveRules.find((candidate) => candidate.id === "derive.proof-of-concept");
  return { id: "proof-of-concept", rationale: rule ? [toRationale(rule)] : [] };
}

/**
 * Drafts the team for a parsed project brief: reads traits from the description, lets the
 * brief's fields override them, runs the rule steps (derive → team core → staff → skills →
 * sizing → headcount cap → stage → seniority), prices the team and lays the phases over the timeline.
 * Pure and deterministic: the same brief always gives byte-identical JSON.
 */
export function draftTeam(brief: ProjectBrief): TeamDraft {
  const extracted = extractTraits(brief.description);
  const briefTraits = applyFields(extracted, brief);
  const hasTrait = (id: TraitId) => briefTraits.traits.some((trait) => trait.id === id);
  const modelCount =
    brief.modelCount ?? extracted.quantities.modelCount?.value ?? (hasTrait("models.10plus") ? 10 : hasTrait("models.3plus") ? 3 : 1);

  const state = createEngineState(modelCount, brief.timelineMonths);
  for (const trait of briefTraits.traits) state.facts.add(trait.id);
  for (const finding of briefTraits.negated) state.facts.addIndex(negatedFact(finding.id));
  for (const warning of briefTraits.warnings) addWarning(state, warning);

  runRuleStep(state, rulesByStep, "derive");
  runRuleStep(state, rulesByStep, "team-core");
  runRuleStep(state, rulesByStep, "staff");
  runRuleStep(state, rulesByStep, "staff-fallback");
  runRuleStep(state, rulesByStep, "staff-shared");
  runRuleStep(state, rulesByStep, "skills");
  deriveTimelineFacts(state);
  runRuleStep(state, rulesByStep, "sizing");
  applyHeadcountCap(state, brief.headcountCap);
  runRuleStep(state, rulesByStep, "stage");
  runRuleStep(state, rulesByStep, "seniority");

  const roles = listRoles(state);
  const pricing = priceTeam(state, roles, brief.currency, brief.location);
  const phases = listPhases(state);

  const estimatedMonths = Math.max(
    1,
    phases.reduce((sum, phase) => sum + (getPhase(phase.id).schedule === "sequential" ? getPhase(phase.id).baselineMonths : 0), 0),
  );
  const totalMonths = brief.timelineMonths ?? estimatedMonths;
  const slots = schedulePhases(
    phases.map((phase) => phase.id),
    totalMonths,
  );

  // From here on the engine state only feeds the draft, and it is private to this call: its
  // lists are handed to the draft (each to one place) instead of being copied.
  const team: TeamRole[] = roles.map((role) => {
    const definition = getRole(role.id);
    if (role.headcount > 1) addRationale(role.seniorityRationale, toRationale(seniorityMixRule));
    for (const reason of pricing.reasons.get(role.id) ?? []) addRationale(role.rationale, reason);
    return {
      roleId: role.id,
      title: definition.title,
      headcount: role.headcount,
      seniority: role.seniority,
      seniorityMix: mixSeniority(role.seniority, role.headcount),
      skills: { required: role.required.map(getSkillName), preferred: role.preferred.map(getSkillName) },
      tools: role.tools.map(getToolName),
      collaborators: collectCollaborators(phases, role),
      stakeholders: collectStakeholders(role),
      phases: listRolePhases(phases, role),
      occupationCode: definition.occupationCode,
      occupationTitle: definition.occupationTitle,
      salaryBand: pricing.bands.get(role.id) ?? null,
      rationale: role.rationale,
      headcountRationale: role.headcountRationale,
      seniorityRationale: role.seniorityRationale,
    };
  });

  const headcountOf = new Map(roles.map((role) => [role.id, role.headcount]));
  // `phases` is in catalog order already, so the draft's phases are too.
  const draftPhases: TeamDraft["phases"] = phases.map((phase) => {
    const slot = slots.get(phase.id) ?? { startMonth: 1, durationMonths: totalMonths };
    return {
      id: phase.id,
      name: getPhase(phase.id).name,
      startMonth: slot.startMonth,
      durationMonths: slot.durationMonths,
      activities: phase.activities,
      staffing: listStaffing(phase, headcountOf),
      rationale: phase.rationale,
    };
  });

  const stage = state.stage ?? fallbackStage();
  return {
    schemaVersion: 1,
    generic: state.facts.has("derived.generic"),
    stage: { id: stage.id, rationale: stage.rationale },
    traits: briefTraits.traits
      .filter((trait) => !isInternalTrait(trait.id))
      .map((trait) => ({ id: trait.id, evidence: [...trait.evidence], from: trait.from })),
    negatedMentions: briefTraits.negated
      .filter((finding) => !isInternalTrait(finding.id))
      .map((finding) => ({ id: finding.id, evidence: [...finding.evidence] })),
    timeline: {
      months: totalMonths,
      from: brief.timelineMonths !== undefined ? "field" : "estimate",
      rationale: [toRationale(brief.timelineMonths !== undefined ? timelineFromBriefRule : timelineEstimateRule)],
    },
    phases: draftPhases,
    team,
    headcount: team.reduce((sum, role) => sum + role.headcount, 0),
    cost: pricing.cost,
    warnings: state.warnings,
  };
}
