import { effectivePlan, phaseName, plural, type EffectivePlan } from "@/lib/plans/effective-plan";
import type { PlanContent } from "@/lib/schemas/plan";
import type { ProjectBrief } from "@/lib/schemas/project-brief";
import type { PhaseId, RoleId, SeniorityLevel, StageId } from "@/lib/schemas/team-draft";

/** A plan's content with, optionally, its name (versions store content; the name lives on the plan). */
export type DiffablePlan = PlanContent & { name?: string };

/**
 * Where a team change came from: the user's overrides, or the engine re-drafting for a new
 * brief. Shown so a reviewer can tell "Ada set 3 ML engineers" from "the new brief needs 3".
 */
export type ChangeSource = "override" | "engine";

export type PlanChange =
  | { kind: "name"; from: string; to: string; text: string }
  | { kind: "brief"; field: keyof ProjectBrief; from: unknown; to: unknown; text: string }
  | { kind: "stage"; from: StageId; to: StageId; text: string }
  | { kind: "role-added"; roleId: RoleId; title: string; headcount: number; source: ChangeSource; text: string }
  | { kind: "role-removed"; roleId: RoleId; title: string; headcount: number; source: ChangeSource; text: string }
  | { kind: "headcount"; roleId: RoleId; title: string; from: number; to: number; source: ChangeSource; text: string }
  | { kind: "seniority"; roleId: RoleId; title: string; from: SeniorityLevel; to: SeniorityLevel; source: ChangeSource; text: string }
  | {
      kind: "skills";
      roleId: RoleId;
      title: string;
      list: "required" | "preferred";
      added: string[];
      removed: string[];
      source: ChangeSource;
      text: string;
    }
  | { kind: "phase-added"; phaseId: PhaseId; name: string; text: string }
  | { kind: "phase-removed"; phaseId: PhaseId; name: string; text: string }
  | {
      kind: "phase-timing";
      phaseId: PhaseId;
      name: string;
      from: { startMonth: number; durationMonths: number };
      to: { startMonth: number; durationMonths: number };
      source: ChangeSource;
      text: string;
    }
  | { kind: "timeline"; from: number; to: number; text: string }
  | { kind: "notes"; from: string; to: string; text: string };

export type PlanChangeKind = PlanChange["kind"];

const briefLabels: Record<keyof ProjectBrief, string> = {
  description: "description",
  archetypes: "project types",
  dataModalities: "data types",
  modelSource: "model source",
  deploymentTarget: "deployment target",
  latency: "latency",
  scale: "scale",
  privacySensitive: "sensitive data",
  fairnessConcerns: "fairness concerns",
  stakeholderReporting: "stakeholder reporting",
  headcountCap: "headcount cap",
  timelineMonths: "timeline",
  location: "location",
  currency: "currency",
  modelCount: "number of models",
};

/**
 * What changed from plan `a` to plan `b`, as typed changes each carrying a human sentence.
 * Team and phases are compared as people see them (effective plans: draft + overrides), so a
 * change shows the same whether it came from an override or from re-drafting.
 */
export function diffPlanContents(a: DiffablePlan, b: DiffablePlan): PlanChange[] {
  const changes: PlanChange[] = [];
  if (a.name !== undefined && b.name !== undefined && a.name !== b.name) {
    changes.push({ kind: "name", from: a.name, to: b.name, text: `Renamed "${a.name}" → "${b.name}"` });
  }
  for (const field of Object.keys(briefLabels) as (keyof ProjectBrief)[]) {
    const from = a.brief[field];
    const to = b.brief[field];
    if (sameValue(from, to)) continue;
    const text =
      field === "description"
        ? "Changed the project description"
        : `Brief ${briefLabels[field]}: ${formatValue(from)} → ${formatValue(to)}`;
    changes.push({ kind: "brief", field, from: from ?? null, to: to ?? null, text });
  }
  if (a.draft.stage.id !== b.draft.stage.id) {
    changes.push({ kind: "stage", from: a.draft.stage.id, to: b.draft.stage.id, text: `Stage ${a.draft.stage.id} → ${b.draft.stage.id}` });
  }
  const before = effectivePlan(a);
  const after = effectivePlan(b);
  diffTeams(a, b, before, after, changes);
  diffPhases(a, b, before, after, changes);
  if (before.timelineMonths !== after.timelineMonths) {
    changes.push({
      kind: "timeline",
      from: before.timelineMonths,
      to: after.timelineMonths,
      text: `Timeline ${before.timelineMonths} → ${plural(after.timelineMonths, "month")}`,
    });
  }
  if (a.notes !== b.notes) {
    const text = a.notes === "" ? "Added notes" : b.notes === "" ? "Cleared the notes" : "Edited the notes";
    changes.push({ kind: "notes", from: a.notes, to: b.notes, text });
  }
  return changes;
}

function diffTeams(a: DiffablePlan, b: DiffablePlan, before: EffectivePlan, after: EffectivePlan, changes: PlanChange[]): void {
  const beforeRoles = new Map(before.team.map((role) => [role.roleId, role]));
  const afterRoles = new Map(after.team.map((role) => [role.roleId, role]));
  for (const role of after.team) {
    if (beforeRoles.has(role.roleId)) continue;
    const source: ChangeSource =
      b.overrides.addedRoles.includes(role.roleId) || a.overrides.removedRoles.includes(role.roleId) ? "override" : "engine";
    changes.push({
      kind: "role-added",
      roleId: role.roleId,
      title: role.title,
      headcount: role.headcount,
      source,
      text: `Added ${role.title}${role.headcount > 1 ? ` (${role.headcount})` : ""}`,
    });
  }
  for (const role of before.team) {
    if (afterRoles.has(role.roleId)) continue;
    const source: ChangeSource =
      b.overrides.removedRoles.includes(role.roleId) || a.overrides.addedRoles.includes(role.roleId) ? "override" : "engine";
    changes.push({ kind: "role-removed", roleId: role.roleId, title: role.title, headcount: role.headcount, source, text: `Removed ${role.title}` });
  }
  for (const role of after.team) {
    const old = beforeRoles.get(role.roleId);
    if (!old) continue;
    const overrideA = a.overrides.roles[role.roleId];
    const overrideB = b.overrides.roles[role.roleId];
    if (old.headcount !== role.headcount) {
      changes.push({
        kind: "headcount",
        roleId: role.roleId,
        title: role.title,
        from: old.headcount,
        to: role.headcount,
        source: overrideA?.headcount !== overrideB?.headcount ? "override" : "engine",
        text: `Headcount of ${role.title} ${old.headcount} → ${role.headcount}`,
      });
    }
    if (old.seniority !== role.seniority) {
      changes.push({
        kind: "seniority",
        roleId: role.roleId,
        title: role.title,
        from: old.seniority,
        to: role.seniority,
        source: overrideA?.seniority !== overrideB?.seniority ? "override" : "engine",
        text: `Seniority of ${role.title} ${old.seniority} → ${role.seniority}`,
      });
    }
    const skillSource: ChangeSource = sameValue(overrideA?.skills, overrideB?.skills) ? "engine" : "override";
    for (const list of ["required", "preferred"] as const) {
      const added = role.skills[list].filter((skill) => !old.skills[list].includes(skill));
      const removed = old.skills[list].filter((skill) => !role.skills[list].includes(skill));
      if (added.length === 0 && removed.length === 0) continue;
      const parts = [
        ...(added.length > 0 ? [`added ${added.join(", ")}`] : []),
        ...(removed.length > 0 ? [`removed ${removed.join(", ")}`] : []),
      ];
      changes.push({
        kind: "skills",
        roleId: role.roleId,
        title: role.title,
        list,
        added,
        removed,
        source: skillSource,
        text: `${list === "required" ? "Required" : "Preferred"} skills of ${role.title}: ${parts.join("; ")}`,
      });
    }
  }
}

function diffPhases(a: DiffablePlan, b: DiffablePlan, before: EffectivePlan, after: EffectivePlan, changes: PlanChange[]): void {
  const beforePhases = new Map(before.phases.map((phase) => [phase.id, phase]));
  const afterIds = new Set(after.phases.map((phase) => phase.id));
  for (const phase of after.phases) {
    const old = beforePhases.get(phase.id);
    if (!old) {
      changes.push({ kind: "phase-added", phaseId: phase.id, name: phase.name, text: `New phase ${phase.name} (months ${monthRange(phase)})` });
      continue;
    }
    if (old.startMonth === phase.startMonth && old.durationMonths === phase.durationMonths) continue;
    changes.push({
      kind: "phase-timing",
      phaseId: phase.id,
      name: phase.name,
      from: { startMonth: old.startMonth, durationMonths: old.durationMonths },
      to: { startMonth: phase.startMonth, durationMonths: phase.durationMonths },
      source: sameValue(a.overrides.phases[phase.id], b.overrides.phases[phase.id]) ? "engine" : "override",
      text: `${phase.name} months ${monthRange(old)} → ${monthRange(phase)}`,
    });
  }
  for (const phase of before.phases) {
    if (!afterIds.has(phase.id)) {
      changes.push({ kind: "phase-removed", phaseId: phase.id, name: phaseName(phase.id), text: `Dropped phase ${phase.name}` });
    }
  }
}

function monthRange(phase: { startMonth: number; durationMonths: number }): string {
  const end = phase.startMonth + phase.durationMonths - 1;
  return end === phase.startMonth ? `${phase.startMonth}` : `${phase.startMonth}–${end}`;
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, entry]) => `${key} ${String(entry)}`)
      .join(", ");
  }
  return String(value);
}

/** Deep equality for JSON-like values, with a missing key equal to an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([key, entry]) => [key, normalise(entry)]),
    );
  }
  return value;
}

/**
 * One line for a version's summary: "Headcount of ML engineer 2 → 3; added MLOps engineer".
 * Long lists end in "and N more changes" so history rows stay one line.
 */
export function summariseChanges(changes: readonly PlanChange[], maxParts = 4): string {
  if (changes.length === 0) return "No changes";
  const shown = changes.slice(0, maxParts).map((change, index) => (index === 0 ? change.text : lowerFirst(change.text)));
  const rest = changes.length - shown.length;
  return rest > 0 ? `${shown.join("; ")}; and ${plural(rest, "more change")}` : shown.join("; ");
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper titles ("ML", "MLOps") as they are; only a capitalised word is lowered.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
