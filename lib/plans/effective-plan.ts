import { mixSeniority, payCoverageWarningPrefixes, payCoverageWarnings, phaseCatalog, roleCatalog } from "@/lib/engine";
import { getSkillName, getToolName } from "@/lib/engine/catalog/skills";
import { isUsLocation, payBandRules } from "@/lib/engine/rules/pay";
import { bandLocationScore } from "@/lib/role-library/bands";
import type { PlanContent, PlanOverrides } from "@/lib/schemas/plan";
import type { ProjectBrief } from "@/lib/schemas/project-brief";
import type { Phase, PhaseId, Rationale, RoleId, SeniorityLevel, TeamDraft, TeamRole } from "@/lib/schemas/team-draft";

/**
 * The plan people see: the engine's draft with the user's overrides applied. Pure (runs in the
 * browser for the live editor and on the server for list columns and costs); never stored, so
 * a re-draft or a dropped override always gives a consistent plan.
 */

export type OverriddenRoleField = "headcount" | "seniority" | "skills" | "added";
export type OverriddenPhaseField = "startMonth" | "durationMonths";

export interface EffectiveRole extends TeamRole {
  /** Which parts the user changed by hand ("added": the whole role). Empty for the engine's own. */
  overridden: OverriddenRoleField[];
  /** What the engine proposed, for "suggested: 2" hints; null for a role the user added. */
  suggested: { headcount: number; seniority: SeniorityLevel; skills: TeamRole["skills"] } | null;
}

export interface EffectivePhase extends Phase {
  /** Last month of the phase (startMonth + durationMonths − 1). */
  endMonth: number;
  overridden: OverriddenPhaseField[];
  suggested: { startMonth: number; durationMonths: number };
}

export type OverrideKind = "role" | "added-role" | "removed-role" | "phase";

/** One override and whether it still fits the draft it sits on. */
export interface OverrideStatus {
  kind: OverrideKind;
  id: RoleId | PhaseId;
  /** "Headcount of Data Scientist set to 3", for previews. */
  description: string;
  applies: boolean;
  /** Why it no longer applies. */
  reason?: string;
}

export interface EffectivePlan {
  brief: ProjectBrief;
  notes: string;
  /** The engine's draft underneath (stage, traits, timeline rationale, warnings). */
  draft: TeamDraft;
  team: EffectiveRole[];
  phases: EffectivePhase[];
  headcount: number;
  /** The last month any phase runs (phases may be moved past the engine's timeline). */
  timelineMonths: number;
  currency: string;
  /** Archetype ids from the draft's traits ("recommender"), for filters and badges. */
  archetypes: string[];
  /** Overrides kept in the content that the current draft leaves nothing to apply to. */
  ignoredOverrides: OverrideStatus[];
  warnings: string[];
}

const roleOrder = new Map<RoleId, number>(roleCatalog.map((role, index) => [role.id, index]));
const phaseOrder = new Map<PhaseId, number>(phaseCatalog.map((phase, index) => [phase.id, index]));
const roleTitle = (roleId: RoleId) => roleCatalog.find((role) => role.id === roleId)?.title ?? roleId;
const phaseName = (phaseId: PhaseId, draft?: TeamDraft) =>
  draft?.phases.find((phase) => phase.id === phaseId)?.name ?? phaseCatalog.find((phase) => phase.id === phaseId)?.name ?? phaseId;

/**
 * Phases a role usually works when someone adds it by hand, in the order tried: the first ones
 * present in the draft are used. Read from the role catalog's summaries (who collects data, who
 * deploys, who monitors); a Teamwright default, not an engine rule.
 */
export const addedRolePhases: Record<RoleId, readonly PhaseId[]> = {
  "data-scientist": ["exploration", "model-development", "evaluation-safety", "reporting"],
  "ml-engineer": ["model-development", "optimization", "deployment", "monitoring"],
  "ai-engineer": ["model-development", "optimization", "integration", "deployment"],
  "data-engineer": ["data-collection", "integration"],
  "mlops-engineer": ["deployment", "monitoring"],
};

/** The band the engine would give a role for this brief (same sources and rules as the engine's pricing). */
export function catalogSalaryBand(roleId: RoleId, brief: Pick<ProjectBrief, "currency" | "location">): TeamRole["salaryBand"] {
  const rule = payBandRules.find((candidate) => candidate.role === roleId);
  if (!rule) return null;
  if ((brief.currency ?? "USD") !== rule.currency) return null;
  if (brief.location !== undefined && !isUsLocation(brief.location)) return null;
  return { currency: rule.currency, min: rule.min, max: rule.max, source: rule.sources.join(",") };
}

/**
 * Builds a team role the engine did not staff from the catalog's defaults: one mid-level
 * person with the catalog's skills and tools, working the phases in `addedRolePhases` that the
 * draft has (every phase when it has none of them).
 */
export function buildCatalogRole(roleId: RoleId, draft: TeamDraft, brief: ProjectBrief): TeamRole {
  const definition = roleCatalog.find((role) => role.id === roleId);
  if (!definition) throw new Error(`Unknown role ${roleId}`);
  const draftPhaseIds = draft.phases.map((phase) => phase.id);
  const preferred = addedRolePhases[roleId].filter((phaseId) => draftPhaseIds.includes(phaseId));
  const phases = preferred.length > 0 ? preferred : draftPhaseIds;
  const rationale: Rationale[] = [
    { ruleId: "plan.override.added-role", text: `Added to the plan by hand. ${definition.summary}`, sources: [...definition.sources] },
  ];
  return {
    roleId,
    title: definition.title,
    headcount: 1,
    seniority: "mid",
    seniorityMix: mixSeniority("mid", 1),
    skills: { required: definition.required.map(getSkillName), preferred: definition.preferred.map(getSkillName) },
    tools: definition.tools.map(getToolName),
    collaborators: [],
    stakeholders: [...definition.stakeholders],
    phases: [...phases].sort((a, b) => (phaseOrder.get(a) ?? 0) - (phaseOrder.get(b) ?? 0)),
    occupationCode: definition.occupationCode,
    occupationTitle: definition.occupationTitle,
    salaryBand: catalogSalaryBand(roleId, brief),
    rationale,
    headcountRationale: [
      { ruleId: "plan.override.added-role", text: "A role added by hand starts with one person; change the headcount as needed.", sources: ["heuristic"] },
    ],
    seniorityRationale: [
      { ruleId: "plan.override.added-role", text: "A role added by hand starts at mid level; change the seniority as needed.", sources: ["heuristic"] },
    ],
  };
}

/** Every override in `overrides`, each marked with whether `draft` gives it something to apply to. */
export function listOverrideStatuses(overrides: PlanOverrides, draft: TeamDraft): OverrideStatus[] {
  const staffed = new Set(draft.team.map((role) => role.roleId));
  const draftPhases = new Set(draft.phases.map((phase) => phase.id));
  const removed = new Set(overrides.removedRoles);
  const statuses: OverrideStatus[] = [];

  for (const roleId of overrides.addedRoles) {
    const applies = !staffed.has(roleId);
    statuses.push({
      kind: "added-role",
      id: roleId,
      description: `Added ${roleTitle(roleId)}`,
      applies,
      ...(applies ? {} : { reason: `The engine now staffs ${roleTitle(roleId)} itself.` }),
    });
  }
  for (const roleId of overrides.removedRoles) {
    const applies = staffed.has(roleId);
    statuses.push({
      kind: "removed-role",
      id: roleId,
      description: `Removed ${roleTitle(roleId)}`,
      applies,
      ...(applies ? {} : { reason: `The engine no longer staffs ${roleTitle(roleId)}.` }),
    });
  }
  for (const [roleId, override] of sortedEntries(overrides.roles, roleOrder)) {
    if (!override) continue;
    const parts: string[] = [];
    if (override.headcount !== undefined) parts.push(`headcount ${override.headcount}`);
    if (override.seniority !== undefined) parts.push(`seniority ${override.seniority}`);
    if (override.skills !== undefined) parts.push("skills");
    if (parts.length === 0) continue;
    const onTeam = (staffed.has(roleId) || overrides.addedRoles.includes(roleId)) && !removed.has(roleId);
    statuses.push({
      kind: "role",
      id: roleId,
      description: `${roleTitle(roleId)}: ${parts.join(", ")}`,
      applies: onTeam,
      ...(onTeam ? {} : { reason: `${roleTitle(roleId)} is no longer on the team.` }),
    });
  }
  for (const [phaseId, override] of sortedEntries(overrides.phases, phaseOrder)) {
    if (!override || (override.startMonth === undefined && override.durationMonths === undefined)) continue;
    const applies = draftPhases.has(phaseId);
    const parts: string[] = [];
    if (override.startMonth !== undefined) parts.push(`starts month ${override.startMonth}`);
    if (override.durationMonths !== undefined) parts.push(`lasts ${plural(override.durationMonths, "month")}`);
    statuses.push({
      kind: "phase",
      id: phaseId,
      description: `${phaseName(phaseId, draft)}: ${parts.join(", ")}`,
      applies,
      ...(applies ? {} : { reason: `The plan no longer has a ${phaseName(phaseId)} phase.` }),
    });
  }
  return statuses;
}

/** Applies the overrides in `content` to its draft. See EffectivePlan. */
export function effectivePlan(content: PlanContent): EffectivePlan {
  const { brief, draft, overrides } = content;
  const statuses = listOverrideStatuses(overrides, draft);
  const removed = new Set(overrides.removedRoles);
  const staffedByEngine = new Set(draft.team.map((role) => role.roleId));
  const added = overrides.addedRoles.filter((roleId) => !staffedByEngine.has(roleId));
  // The draft's warnings about roles without a salary band describe the engine's team; the plan's
  // may differ (library bands taken, roles added or removed), so they are said again below for it.
  const warnings = draft.warnings.filter((warning) => !isPayCoverageWarning(warning));

  // Roles: engine roles minus removed ones, plus added ones, each with its overrides.
  const baseRoles: { role: TeamRole; isAdded: boolean }[] = [
    ...draft.team.filter((role) => !removed.has(role.roleId)).map((role) => ({ role, isAdded: false })),
    ...added.map((roleId) => ({ role: buildCatalogRole(roleId, draft, brief), isAdded: true })),
  ];
  const team: EffectiveRole[] = baseRoles.map(({ role, isAdded }) => {
    const override = overrides.roles[role.roleId];
    const overridden: OverriddenRoleField[] = isAdded ? ["added"] : [];
    let { headcount, seniority, seniorityMix, skills } = role;
    if (override?.headcount !== undefined && override.headcount !== role.headcount) {
      headcount = override.headcount;
      overridden.push("headcount");
    }
    if (override?.seniority !== undefined && override.seniority !== role.seniority) {
      seniority = override.seniority;
      overridden.push("seniority");
    }
    if (override?.skills !== undefined && !sameSkills(override.skills, role.skills)) {
      skills = { required: [...override.skills.required], preferred: [...override.skills.preferred] };
      overridden.push("skills");
    }
    // The mix must still add up to the headcount the user chose.
    if (headcount !== role.headcount || seniority !== role.seniority) seniorityMix = mixSeniority(seniority, headcount);
    return {
      ...role,
      headcount,
      seniority,
      seniorityMix,
      skills,
      salaryBand: libraryBandFor(content, role.roleId) ?? role.salaryBand,
      overridden,
      suggested: isAdded ? null : { headcount: role.headcount, seniority: role.seniority, skills: role.skills },
    };
  });
  team.sort((a, b) => (roleOrder.get(a.roleId) ?? 0) - (roleOrder.get(b.roleId) ?? 0));
  // Unpriced exactly as planCosts counts it: no band, or one in another currency.
  const uncovered = team.filter((role) => role.salaryBand === null || role.salaryBand.currency !== draft.cost.currency).map((role) => role.roleId);
  const coverage = payCoverageWarnings(uncovered, draft.cost.currency, brief.location);
  for (const warning of [coverage.elsewhere, coverage.noSource]) if (warning !== null) warnings.push(warning);
  const headcountOf = new Map(team.map((role) => [role.roleId, role.headcount]));

  // Phases: timing overrides, staffing without removed roles, with added roles, headcounts from the team.
  const addedRoles = team.filter((role) => role.overridden.includes("added"));
  const phases: EffectivePhase[] = draft.phases.map((phase) => {
    const override = overrides.phases[phase.id];
    const overridden: OverriddenPhaseField[] = [];
    let { startMonth, durationMonths } = phase;
    if (override?.startMonth !== undefined && override.startMonth !== phase.startMonth) {
      startMonth = override.startMonth;
      overridden.push("startMonth");
    }
    if (override?.durationMonths !== undefined && override.durationMonths !== phase.durationMonths) {
      durationMonths = override.durationMonths;
      overridden.push("durationMonths");
    }
    const staffing = phase.staffing
      .filter((entry) => headcountOf.has(entry.roleId))
      .map((entry) => ({ ...entry, headcount: staffingHeadcount(entry.involvement, headcountOf.get(entry.roleId) ?? 1) }));
    for (const role of addedRoles) {
      if (!role.phases.includes(phase.id)) continue;
      staffing.push({
        roleId: role.roleId,
        headcount: role.headcount,
        involvement: "lead",
        rationale: [{ ruleId: "plan.override.added-role", text: `${role.title} was added to the plan by hand.`, sources: ["heuristic"] }],
      });
    }
    if (staffing.length === 0) warnings.push(`No one is staffed on ${phase.name} now that ${describeRemoved(phase, removed)} is off the team.`);
    return {
      ...phase,
      startMonth,
      durationMonths,
      endMonth: startMonth + durationMonths - 1,
      staffing,
      overridden,
      suggested: { startMonth: phase.startMonth, durationMonths: phase.durationMonths },
    };
  });

  // Each role's phases and collaborators follow the effective staffing.
  for (const role of team) {
    role.phases = phases.filter((phase) => phase.staffing.some((entry) => entry.roleId === role.roleId)).map((phase) => phase.id);
    const others = new Set<RoleId>();
    for (const phase of phases) {
      if (!phase.staffing.some((entry) => entry.roleId === role.roleId)) continue;
      for (const entry of phase.staffing) if (entry.roleId !== role.roleId) others.add(entry.roleId);
    }
    role.collaborators = [...others].sort((a, b) => (roleOrder.get(a) ?? 0) - (roleOrder.get(b) ?? 0));
  }
  if (team.length === 0) warnings.push("Every role has been removed: the plan has no team.");

  return {
    brief,
    notes: content.notes,
    draft,
    team,
    phases,
    headcount: team.reduce((sum, role) => sum + role.headcount, 0),
    timelineMonths: phases.reduce((max, phase) => Math.max(max, phase.endMonth), 0),
    currency: draft.cost.currency,
    archetypes: archetypesOf(draft),
    ignoredOverrides: statuses.filter((status) => !status.applies),
    warnings,
  };
}

/**
 * The role-library band the plan took for a role, while it still fits the plan: same currency
 * as the draft and a location that fits the brief's (a brief moved elsewhere falls back to the
 * engine's band until an editor takes the library again). Its source names the library.
 */
export function libraryBandFor(content: Pick<PlanContent, "library" | "brief" | "draft">, roleId: RoleId): TeamRole["salaryBand"] {
  const band = content.library?.[roleId]?.salaryBand;
  if (!band) return null;
  if (band.currency !== content.draft.cost.currency) return null;
  if (bandLocationScore(band.location, content.brief.location) === 0) return null;
  return { currency: band.currency, min: band.min, max: band.max, source: libraryBandSource(band) };
}

/** "role library: US ([C] US median)": what the plan page shows beside a band from the library. */
export function libraryBandSource(band: { location: string; source: string }): string {
  return `role library: ${band.location}${band.source ? ` (${band.source})` : ""}`;
}

/** One of the engine's warnings about roles without a band, in today's wording or a stored draft's older one. */
function isPayCoverageWarning(warning: string): boolean {
  return payCoverageWarningPrefixes.some((prefix) => warning.startsWith(prefix));
}

/** A lead role works a phase with its whole headcount; a support role lends one person. */
function staffingHeadcount(involvement: "lead" | "support", roleHeadcount: number): number {
  return involvement === "lead" ? roleHeadcount : Math.min(1, roleHeadcount);
}

export function archetypesOf(draft: TeamDraft): string[] {
  return draft.traits.filter((trait) => trait.id.startsWith("archetype.")).map((trait) => trait.id.slice("archetype.".length));
}

function describeRemoved(phase: Phase, removed: ReadonlySet<RoleId>): string {
  const titles = phase.staffing.filter((entry) => removed.has(entry.roleId)).map((entry) => roleTitle(entry.roleId));
  return titles.length > 0 ? titles.join(" and ") : "its staff";
}

function sameSkills(a: TeamRole["skills"], b: TeamRole["skills"]): boolean {
  return sameList(a.required, b.required) && sameList(a.preferred, b.preferred);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sortedEntries<K extends string, V>(record: Partial<Record<K, V>>, order: ReadonlyMap<K, number>): [K, V | undefined][] {
  return (Object.entries(record) as [K, V | undefined][]).sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export { roleTitle, phaseName };
