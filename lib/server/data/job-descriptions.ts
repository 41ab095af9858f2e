import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors";
import { buildJobDescription, jobDescriptionWarnings, type JdWarning, type SalarySource } from "@/lib/jd/build-job-description";
import { effectivePlan, type EffectivePlan } from "@/lib/plans/effective-plan";
import { planCosts, type PlanCosts } from "@/lib/plans/plan-costs";
import {
  JobDescriptionContentSchema,
  RoleKeySchema,
  SaveJobDescriptionSchema,
  type JobDescriptionContent,
} from "@/lib/schemas/job-description";
import type { PlanContent, PlanStatus } from "@/lib/schemas/plan";
import type { RoleId } from "@/lib/schemas/team-draft";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import { authorFields, contentOf, planNotFound, readStoredVersion, requirePlanAccess } from "@/lib/server/data/plan-access";
import { getRoleDescription } from "@/lib/server/data/role-library";
import type { RoleDescriptionContent } from "@/lib/schemas/role-library";

/**
 * Job-description drafts of a plan's roles. Readers (every member, and tokens) see and download
 * them; owners, managers and HR edit them. Until someone saves, a role's draft is generated
 * from the plan on every read (version 0); the first save stores version 1, and every save after
 * is a new immutable JobDescriptionVersion, compare-and-set on the version the editor started from.
 */

export const jdReaders = "any" as const;
export const jdEditors = ["OWNER", "MANAGER", "HR"] as const satisfies readonly WorkspaceRole[];

export interface PersonRef {
  id: string;
  name: string;
}

export interface JobDescriptionDraft {
  planId: string;
  planName: string;
  planStatus: PlanStatus;
  planVersion: number;
  workspaceId: string;
  workspaceName: string;
  roleKey: RoleId;
  /** Database id once saved (the posting's identifier); null while generated. */
  id: string | null;
  /** 0 = generated from the plan, never saved. Send it back as If-Match when saving. */
  version: number;
  content: JobDescriptionContent;
  /** What the draft needs before publishing (advice; exports still work). */
  warnings: JdWarning[];
  /** Where the generated draft's salary came from; null once saved (HR owns it then). */
  salarySource: SalarySource | null;
  updatedAt: Date | null;
  updatedBy: PersonRef | null;
  /**
   * The plan version the draft's text was generated from. Less than `planVersion` when the plan
   * changed after the draft was saved: the editor then offers to regenerate it from the plan.
   */
  basedOnPlanVersion: number;
  permissions: { role: WorkspaceRole; canEdit: boolean };
}

export interface JobDescriptionSummary {
  roleKey: RoleId;
  title: string;
  headcount: number;
  seniority: string;
  version: number;
  updatedAt: Date | null;
}

export interface JobDescriptionVersionSummary {
  version: number;
  summary: string;
  /** The plan version this version's text was generated from. */
  planVersion: number;
  createdAt: Date;
  createdBy: PersonRef;
}

const canEdit = (role: WorkspaceRole) => (jdEditors as readonly WorkspaceRole[]).includes(role);

const roleNotOnPlan = () => new AppError("not_found", "That role is not on this plan, or the plan does not exist.");

interface LoadedPlan {
  planId: string;
  name: string;
  status: PlanStatus;
  version: number;
  content: PlanContent;
  effective: EffectivePlan;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
}

async function loadPlan(actor: Actor, planId: string, allowed: readonly WorkspaceRole[] | "any"): Promise<LoadedPlan> {
  const { access } = await requirePlanAccess(actor, planId, allowed);
  const row = await db().plan.findUnique({
    where: { id: planId },
    select: { name: true, status: true, currentVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { content: true } } },
  });
  const stored = row?.versions[0];
  if (!row || !stored) throw planNotFound();
  const content = contentOf(readStoredVersion(stored.content));
  return {
    planId,
    name: row.name,
    status: row.status,
    version: row.currentVersion,
    content,
    effective: effectivePlan(content),
    workspaceId: access.workspaceId,
    workspaceName: access.name,
    role: access.role,
  };
}

function parseRoleKey(roleKey: unknown): RoleId {
  const parsed = RoleKeySchema.safeParse(roleKey);
  if (!parsed.success) throw roleNotOnPlan();
  return parsed.data;
}

/** A stored draft that no longer parses is our bug, never the user's. */
function readContent(json: unknown): JobDescriptionContent {
  const parsed = JobDescriptionContentSchema.safeParse(json);
  if (!parsed.success) throw new Error(`A stored job description does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

const savedSelect = {
  id: true,
  currentVersion: true,
  content: true,
  updatedAt: true,
  versions: { orderBy: { version: "desc" as const }, take: 1, select: { planVersion: true, createdBy: { select: { id: true, name: true } } } },
};

/** The workspace's curated library entry for the role (seeded from the catalog on first use). */
async function libraryEntry(actor: Actor, workspaceId: string, roleKey: RoleId): Promise<RoleDescriptionContent> {
  return (await getRoleDescription(actor, workspaceId, roleKey)).content;
}

function toDraft(
  plan: LoadedPlan,
  roleKey: RoleId,
  saved: { id: string; currentVersion: number; content: unknown; updatedAt: Date; versions: { planVersion: number; createdBy: PersonRef }[] } | null,
  library: RoleDescriptionContent | undefined,
): JobDescriptionDraft {
  const base = {
    planId: plan.planId,
    planName: plan.name,
    planStatus: plan.status,
    planVersion: plan.version,
    workspaceId: plan.workspaceId,
    workspaceName: plan.workspaceName,
    roleKey,
    permissions: { role: plan.role, canEdit: canEdit(plan.role) },
  };
  if (saved) {
    const content = readContent(saved.content);
    const latest = saved.versions[0];
    return {
      ...base,
      id: saved.id,
      version: saved.currentVersion,
      content,
      warnings: jobDescriptionWarnings(content),
      salarySource: null,
      updatedAt: saved.updatedAt,
      updatedBy: latest?.createdBy ?? null,
      basedOnPlanVersion: latest?.planVersion ?? plan.version,
    };
  }
  // Generated from the plan and the workspace's role library entry (HR's wording, bands, benefits
  // and EEO statement), so a draft nobody has saved always reflects the current library.
  const built = buildJobDescription(plan.effective, roleKey, library);
  return { ...base, id: null, version: 0, content: built.content, warnings: built.warnings, salarySource: built.salarySource, updatedAt: null, updatedBy: null, basedOnPlanVersion: plan.version };
}

/** The draft for one role of the plan: the saved one, or one generated from the plan. */
export async function getJobDescription(actor: Actor, planId: string, roleKey: string): Promise<JobDescriptionDraft> {
  const plan = await loadPlan(actor, planId, jdReaders);
  const role = parseRoleKey(roleKey);
  const saved = await db().jobDescription.findUnique({ where: { planId_roleKey: { planId, roleKey: role } }, select: savedSelect });
  // A saved draft stays readable even if the role later left the plan; a generated one needs the role.
  if (!saved && !plan.effective.team.some((candidate) => candidate.roleId === role)) throw roleNotOnPlan();
  return toDraft(plan, role, saved, saved ? undefined : await libraryEntry(actor, plan.workspaceId, role));
}

/** One line per role on the plan, with the saved version if any. */
export async function listJobDescriptions(actor: Actor, planId: string): Promise<{ plan: { id: string; name: string; workspaceName: string; canEdit: boolean }; items: JobDescriptionSummary[] }> {
  const plan = await loadPlan(actor, planId, jdReaders);
  const saved = await db().jobDescription.findMany({ where: { planId }, select: { roleKey: true, currentVersion: true, updatedAt: true, content: true } });
  const byRole = new Map(saved.map((row) => [row.roleKey, row]));
  const items: JobDescriptionSummary[] = [];
  for (const role of plan.effective.team) {
    const row = byRole.get(role.roleId);
    const title = row ? readContent(row.content).title : buildJobDescription(plan.effective, role.roleId, await libraryEntry(actor, plan.workspaceId, role.roleId)).content.title;
    items.push({
        roleKey: role.roleId,
        title,
        headcount: role.headcount,
        seniority: role.seniority,
        version: row?.currentVersion ?? 0,
        updatedAt: row?.updatedAt ?? null,
    });
  }
  return { plan: { id: plan.planId, name: plan.name, workspaceName: plan.workspaceName, canEdit: canEdit(plan.role) }, items };
}

export interface JdConflictDetails {
  currentVersion: number;
  changedBy: string;
  changedAt: string;
  summary: string;
}

async function conflictError(planId: string, roleKey: RoleId, baseVersion: number): Promise<AppError> {
  const row = await db().jobDescription.findUnique({
    where: { planId_roleKey: { planId, roleKey } },
    select: { currentVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { summary: true, createdAt: true, createdBy: { select: { name: true } } } } },
  });
  const latest = row?.versions[0];
  const details: JdConflictDetails = {
    currentVersion: row?.currentVersion ?? 0,
    changedBy: latest?.createdBy.name ?? "someone",
    changedAt: (latest?.createdAt ?? new Date()).toISOString(),
    summary: latest?.summary ?? "",
  };
  const message =
    row && baseVersion > row.currentVersion
      ? `Version ${baseVersion} of this job description does not exist; the current version is ${row.currentVersion}.`
      : `This job description changed since you opened it: ${details.changedBy} saved version ${details.currentVersion} (${details.summary}). Copy your changes, reload and save again.`;
  return new AppError("conflict", message, { details });
}

const sectionNames: [keyof JobDescriptionContent, string][] = [
  ["title", "title"],
  ["projectSummary", "project summary"],
  ["summary", "role summary"],
  ["responsibilities", "responsibilities"],
  ["skills", "skills"],
  ["tools", "tools"],
  ["seniority", "seniority"],
  ["salary", "salary"],
  ["location", "location"],
  ["employmentType", "employment type"],
  ["occupationCode", "occupation code"],
  ["benefits", "benefits"],
  ["equalOpportunityStatement", "equal-opportunity statement"],
];

/** "Edited title, salary" — which sections a save changed. */
export function describeJobDescriptionChange(before: JobDescriptionContent | null, after: JobDescriptionContent): string {
  if (before === null) return "First saved draft";
  const changed = sectionNames.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, name]) => name);
  return changed.length > 0 ? `Edited ${changed.join(", ")}` : "Saved without changes";
}

/**
 * Saves the editor's content as the next version. `baseVersion` is the version the editor
 * started from (0 for a generated draft); any other save in between makes this a 409 with who
 * saved what, and nothing is written.
 */
export async function saveJobDescription(
  actor: Actor,
  planId: string,
  roleKey: string,
  baseVersion: number,
  input: unknown,
  now = new Date(),
): Promise<JobDescriptionDraft> {
  const plan = await loadPlan(actor, planId, jdEditors);
  const role = parseRoleKey(roleKey);
  const base = parseBaseVersion(baseVersion);
  const parsed = parseOrThrow(SaveJobDescriptionSchema, input);
  if (parsed.content.roleId !== role) {
    throw new AppError("validation_failed", "This draft is for another role.", { fieldErrors: { "content.roleId": [`This draft is for ${role}; keep roleId as "${role}".`] } });
  }
  // An edit keeps the plan version its text came from; a first save is of the draft generated at
  // the plan version the editor says it read (else the current one).
  if (parsed.planVersion !== undefined && parsed.planVersion > plan.version) {
    throw new AppError("validation_failed", `The plan has no version ${parsed.planVersion} yet.`, {
      fieldErrors: { planVersion: [`The plan is at version ${plan.version}; a draft cannot come from version ${parsed.planVersion}.`] },
    });
  }
  const planVersion = base === 0 && parsed.planVersion !== undefined ? parsed.planVersion : "keep";
  await commitJobDescription(actor, plan, role, base, { content: parsed.content, note: parsed.summary, planVersion }, now);
  return getJobDescription(actor, planId, role);
}

/**
 * Restores an old version as the next one ("Restored version N"): history stays immutable and
 * the restore can itself be undone. Compare-and-set on `baseVersion` like every save, so a save
 * made meanwhile is a 409 and nothing is written.
 */
export async function restoreJobDescriptionVersion(
  actor: Actor,
  planId: string,
  roleKey: string,
  version: number,
  baseVersion: number,
  now = new Date(),
): Promise<JobDescriptionDraft> {
  const plan = await loadPlan(actor, planId, jdEditors);
  const role = parseRoleKey(roleKey);
  const base = parseBaseVersion(baseVersion);
  const old = await readVersionRow(planId, role, version);
  const content = readContent(old.content);
  await commitJobDescription(actor, plan, role, base, { content, note: "", summary: `Restored version ${old.version}`, planVersion: old.planVersion }, now);
  return getJobDescription(actor, planId, role);
}

/**
 * Rebuilds a saved draft from the plan as it is now (and the role library), as the next version
 * ("Regenerated from plan version P"); the edited text stays in the history. Compare-and-set on
 * `baseVersion`. The role must still be on the plan.
 */
export async function regenerateJobDescription(actor: Actor, planId: string, roleKey: string, baseVersion: number, now = new Date()): Promise<JobDescriptionDraft> {
  const plan = await loadPlan(actor, planId, jdEditors);
  const role = parseRoleKey(roleKey);
  const base = parseBaseVersion(baseVersion);
  if (base === 0) throw new AppError("bad_request", "This draft is not saved yet, so it is already generated from the current plan.");
  if (!plan.effective.team.some((candidate) => candidate.roleId === role)) {
    throw new AppError("conflict", "This role is no longer on the plan, so its draft cannot be rebuilt from it. The saved draft stays as it is.");
  }
  const built = buildJobDescription(plan.effective, role, await libraryEntry(actor, plan.workspaceId, role));
  await commitJobDescription(actor, plan, role, base, { content: built.content, note: "", summary: `Regenerated from plan version ${plan.version}`, planVersion: plan.version }, now);
  return getJobDescription(actor, planId, role);
}

function parseBaseVersion(baseVersion: number): number {
  if (!Number.isInteger(baseVersion) || baseVersion < 0 || baseVersion > 2_147_483_647) throw new AppError("bad_request", "Send the version you edited as a whole number from 0.");
  return baseVersion;
}

interface NextVersion {
  content: JobDescriptionContent;
  /** The user's change note, put before the summary. */
  note: string;
  /** The summary; when absent, the sections that changed. */
  summary?: string;
  /** The plan version the text comes from; "keep" = the previous version's (the plan's current one for a first save). */
  planVersion: number | "keep";
}

/** Writes `next` as version baseVersion + 1, or throws the 409 when baseVersion is not current. */
async function commitJobDescription(actor: Actor, plan: LoadedPlan, role: RoleId, baseVersion: number, next: NextVersion, now: Date): Promise<void> {
  if (plan.status === "ARCHIVED") throw new AppError("conflict", "This plan is archived, so its job descriptions cannot be changed. Unarchive it first.");
  const author = authorFields(actor);
  const { planId } = plan;
  const outcome = await db().$transaction(async (tx) => {
    const existing = await tx.jobDescription.findUnique({
      where: { planId_roleKey: { planId, roleKey: role } },
      select: { id: true, currentVersion: true, content: true, versions: { orderBy: { version: "desc" }, take: 1, select: { planVersion: true } } },
    });
    if (baseVersion === 0) {
      if (existing) return "refused" as const;
      if (!plan.effective.team.some((candidate) => candidate.roleId === role)) throw roleNotOnPlan();
      const created = await tx.jobDescription.createMany({
        data: [{ workspaceId: plan.workspaceId, planId, roleKey: role, currentVersion: 1, content: next.content, createdAt: now, updatedAt: now }],
        skipDuplicates: true,
      });
      // Two first saves at once: the unique (planId, roleKey) lets one in; the other is a conflict.
      if (created.count !== 1) return "refused" as const;
      const row = await tx.jobDescription.findUniqueOrThrow({ where: { planId_roleKey: { planId, roleKey: role } }, select: { id: true } });
      await tx.jobDescriptionVersion.create({
        data: {
          jobDescriptionId: row.id,
          version: 1,
          content: next.content,
          summary: joinSummary(next.note, next.summary ?? describeJobDescriptionChange(null, next.content)),
          planVersion: next.planVersion === "keep" ? plan.version : next.planVersion,
          createdById: author.createdById,
          createdAt: now,
        },
      });
      return "saved" as const;
    }
    if (!existing || existing.currentVersion !== baseVersion) return "refused" as const;
    const updated = await tx.jobDescription.updateMany({
      where: { id: existing.id, currentVersion: baseVersion },
      data: { currentVersion: baseVersion + 1, content: next.content, updatedAt: now },
    });
    if (updated.count !== 1) return "refused" as const;
    await tx.jobDescriptionVersion.create({
      data: {
        jobDescriptionId: existing.id,
        version: baseVersion + 1,
        content: next.content,
        summary: joinSummary(next.note, next.summary ?? describeJobDescriptionChange(readContent(existing.content), next.content)),
        planVersion: next.planVersion === "keep" ? (existing.versions[0]?.planVersion ?? plan.version) : next.planVersion,
        createdById: author.createdById,
        createdAt: now,
      },
    });
    return "saved" as const;
  });
  if (outcome === "refused") throw await conflictError(planId, role, baseVersion);
}

function joinSummary(note: string, automatic: string): string {
  return [note.trim(), automatic].filter((part) => part !== "").join(" — ").slice(0, 500);
}

/** Saved versions, newest first (empty while the draft is generated). */
export async function listJobDescriptionVersions(actor: Actor, planId: string, roleKey: string): Promise<JobDescriptionVersionSummary[]> {
  await loadPlan(actor, planId, jdReaders);
  const role = parseRoleKey(roleKey);
  const rows = await db().jobDescriptionVersion.findMany({
    where: { jobDescription: { planId, roleKey: role } },
    orderBy: { version: "desc" },
    select: { version: true, summary: true, planVersion: true, createdAt: true, createdBy: { select: { id: true, name: true } } },
  });
  return rows;
}

/** One saved version's content (for "view" in the history). */
export async function getJobDescriptionVersion(actor: Actor, planId: string, roleKey: string, version: number): Promise<JobDescriptionVersionDetail> {
  await loadPlan(actor, planId, jdReaders);
  const row = await readVersionRow(planId, parseRoleKey(roleKey), version);
  return { ...row, content: readContent(row.content) };
}

export interface JobDescriptionVersionDetail extends JobDescriptionVersionSummary {
  content: JobDescriptionContent;
}

async function readVersionRow(planId: string, role: RoleId, version: number) {
  const row = Number.isInteger(version) && version >= 1 && version <= 2_147_483_647
    ? await db().jobDescriptionVersion.findFirst({
        where: { version, jobDescription: { planId, roleKey: role } },
        select: { version: true, summary: true, planVersion: true, createdAt: true, content: true, createdBy: { select: { id: true, name: true } } },
      })
    : null;
  if (!row) throw new AppError("not_found", "That version of the job description does not exist.");
  return row;
}

/** Everything a whole-plan export needs (any member may export). */
export async function getPlanForExport(actor: Actor, planId: string): Promise<{ id: string; name: string; status: PlanStatus; version: number; workspaceName: string; content: PlanContent; effective: EffectivePlan; costs: PlanCosts }> {
  const plan = await loadPlan(actor, planId, jdReaders);
  return { id: plan.planId, name: plan.name, status: plan.status, version: plan.version, workspaceName: plan.workspaceName, content: plan.content, effective: plan.effective, costs: planCosts(plan.effective) };
}
