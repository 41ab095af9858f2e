import type { PhaseId, RoleId, SeniorityLevel } from "@/lib/schemas/team-draft";
import { numberOrRaw, type FormLike } from "@/lib/ui/brief-form";

/**
 * The plan edit form (team and phases) and its translation into overrides. An override is kept
 * only where the typed value differs from what the engine proposed, so the "edited" badges show
 * exactly what the user changed and a value set back to the suggestion stops being an override.
 * Values that are not whole numbers are passed on as typed for PlanOverridesSchema to refuse with
 * its own message beside the field.
 */

export const roleField = (roleId: string, part: "headcount" | "seniority" | "required" | "preferred" | "remove") => `role:${roleId}:${part}`;
export const phaseField = (phaseId: string, part: "start" | "duration") => `phase:${phaseId}:${part}`;

/** What the engine (or the catalog, for a role added by hand) proposes for a role. */
export interface SuggestedRole {
  headcount: number;
  seniority: SeniorityLevel;
  skills: { required: string[]; preferred: string[] };
}

export interface EditBase {
  /** Roles on the plan as the user saw it, with what the engine suggested for each. */
  roles: { roleId: RoleId; suggested: SuggestedRole }[];
  /** Roles the engine staffs in this draft (removing one records it in removedRoles). */
  draftRoleIds: RoleId[];
  /** Phases of the draft with the engine's timing. */
  phases: { id: PhaseId; startMonth: number; durationMonths: number }[];
  /** Roles currently added by hand or removed (kept unless the form changes them). */
  addedRoles: RoleId[];
  removedRoles: RoleId[];
}

function text(form: FormLike, name: string): string {
  const value = form.getAll(name)[0];
  return typeof value === "string" ? value : "";
}

/**
 * Skills typed one per line; blanks dropped, repeats kept once. Lines, not commas: catalog skill
 * names contain commas ("Exploratory data analysis (trends, patterns, relationships)").
 */
export function parseSkillList(value: string): string[] {
  const skills = value
    .split(/\r?\n/)
    .map((skill) => skill.trim())
    .filter((skill) => skill !== "");
  return [...new Set(skills)];
}

export function formatSkillList(skills: readonly string[]): string {
  return skills.join("\n");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The full set of overrides the form asks for (UpdatePlanSchema replaces the overrides as a
 * whole). Unparsed: role ids and numbers are checked by PlanOverridesSchema on the server.
 */
export interface OverridesFromForm {
  roles: Record<string, Record<string, unknown>>;
  addedRoles: string[];
  removedRoles: string[];
  phases: Record<string, Record<string, unknown>>;
}

export function overridesFromEditForm(form: FormLike, base: EditBase): OverridesFromForm {
  const engineRoles = new Set<string>(base.draftRoleIds);
  const added = new Set<string>(base.addedRoles);
  const removed = new Set<string>(base.removedRoles);
  const roles: Record<string, Record<string, unknown>> = {};

  for (const { roleId, suggested } of base.roles) {
    if (form.getAll(roleField(roleId, "remove")).includes("on")) {
      // An engine role goes on the removed list; a hand-added one simply stops being added.
      if (engineRoles.has(roleId)) removed.add(roleId);
      added.delete(roleId);
      continue;
    }
    const override: Record<string, unknown> = {};
    const headcount = numberOrRaw(text(form, roleField(roleId, "headcount")));
    if (headcount !== undefined && headcount !== suggested.headcount) override.headcount = headcount;
    const seniority = text(form, roleField(roleId, "seniority"));
    if (seniority !== "" && seniority !== suggested.seniority) override.seniority = seniority;
    const required = parseSkillList(text(form, roleField(roleId, "required")));
    const preferred = parseSkillList(text(form, roleField(roleId, "preferred")));
    if (!sameList(required, suggested.skills.required) || !sameList(preferred, suggested.skills.preferred)) {
      override.skills = { required, preferred };
    }
    if (Object.keys(override).length > 0) roles[roleId] = override;
  }

  for (const value of form.getAll("addRoles")) {
    if (typeof value !== "string" || value === "") continue;
    if (engineRoles.has(value)) removed.delete(value);
    else added.add(value);
  }

  const phases: Record<string, Record<string, unknown>> = {};
  for (const phase of base.phases) {
    const override: Record<string, unknown> = {};
    const start = numberOrRaw(text(form, phaseField(phase.id, "start")));
    if (start !== undefined && start !== phase.startMonth) override.startMonth = start;
    const duration = numberOrRaw(text(form, phaseField(phase.id, "duration")));
    if (duration !== undefined && duration !== phase.durationMonths) override.durationMonths = duration;
    if (Object.keys(override).length > 0) phases[phase.id] = override;
  }

  return { roles, addedRoles: [...added], removedRoles: [...removed], phases };
}

/**
 * Where an overrides error is shown: "overrides.roles.ai-engineer.headcount" beside that
 * headcount, "overrides.phases.deployment.startMonth" beside that start month, errors about the
 * role lists beside the team.
 */
export function editFieldForErrorPath(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "overrides") parts.shift();
  const [head, id, field] = parts;
  if (head === "roles" && id) {
    if (field === "headcount" || field === "seniority") return roleField(id, field);
    if (field === "skills") return roleField(id, parts[4] === "preferred" || parts[3] === "preferred" ? "preferred" : "required");
    return "team";
  }
  if (head === "phases" && id) return phaseField(id, field === "durationMonths" ? "duration" : "start");
  if (head === "addedRoles" || head === "removedRoles") return "team";
  return head ?? "_";
}

export function editFieldErrors(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const list = (grouped[editFieldForErrorPath(path)] ??= []);
    for (const message of messages) if (!list.includes(message)) list.push(message);
  }
  return grouped;
}

/** What the edit form shows for a plan version, field by field (the form's starting values). */
export interface EditFormSnapshot {
  name: string;
  notes: string;
  roles: { roleId: string; headcount: number; seniority: string; skills: { required: readonly string[]; preferred: readonly string[] } }[];
  phases: { id: string; startMonth: number; durationMonths: number }[];
}

export function editFormValues(snapshot: EditFormSnapshot): Record<string, string> {
  const values: Record<string, string> = { name: snapshot.name, notes: snapshot.notes };
  for (const role of snapshot.roles) {
    values[roleField(role.roleId, "headcount")] = String(role.headcount);
    values[roleField(role.roleId, "seniority")] = role.seniority;
    values[roleField(role.roleId, "required")] = formatSkillList(role.skills.required);
    values[roleField(role.roleId, "preferred")] = formatSkillList(role.skills.preferred);
  }
  for (const phase of snapshot.phases) {
    values[phaseField(phase.id, "start")] = String(phase.startMonth);
    values[phaseField(phase.id, "duration")] = String(phase.durationMonths);
  }
  return values;
}

/**
 * A three-way merge for "save my changes on top of the newer version": a field the user left as
 * it was in their base version takes the newer version's value; a field they changed keeps
 * theirs (they saw the other change in the conflict notice before choosing this). Fields only
 * the newer version has (a role someone else added) come from it. Remove and add checkboxes are
 * the user's own choices and pass through.
 */
export function mergeEditForm(form: FormLike, base: Record<string, string>, latest: Record<string, string>): FormLike {
  const merged = new Map<string, string[]>();
  const typed = (name: string) => {
    const value = form.getAll(name)[0];
    return typeof value === "string" ? value : undefined;
  };
  const normalise = (value: string) => value.replace(/\r\n/g, "\n").trim();
  for (const name of new Set([...Object.keys(base), ...Object.keys(latest)])) {
    const mine = typed(name);
    const changedByMe = mine !== undefined && (base[name] === undefined || normalise(mine) !== normalise(base[name]));
    const value = changedByMe ? mine : (latest[name] ?? mine);
    if (value !== undefined) merged.set(name, [value]);
  }
  return {
    getAll(name: string) {
      if (merged.has(name)) return merged.get(name) ?? [];
      return form.getAll(name);
    },
  };
}
