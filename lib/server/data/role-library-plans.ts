import "server-only";
import { AppError } from "@/lib/errors";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { pickLibraryBand } from "@/lib/role-library/bands";
import type { PlanContent, PlanLibraryEntry } from "@/lib/schemas/plan";
import type { RoleId } from "@/lib/schemas/team-draft";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import { contentOf, planEditors, planNotFound, planReaders, readStoredVersion, requirePlanAccess, staleVersionError } from "@/lib/server/data/plan-access";
import { commitVersion, getPlan, type PlanDetail } from "@/lib/server/data/plans";
import { ensureRoleLibrarySeeded, readRoleContent } from "@/lib/server/data/role-library";

/**
 * Plans and the role library: which library version each role of a plan took, whether the
 * library moved on since, and taking its update as a new plan version (its salary band for the
 * plan's location and currency then replaces the engine's, so HR's bands reach plan cost).
 */

export interface PlanRoleLibraryStatus {
  roleId: RoleId;
  roleKey: string;
  /** The library's current title and summary, shown on the plan page. */
  title: string;
  summary: string;
  libraryVersion: number;
  libraryUpdatedAt: Date;
  /** The version the plan took; 1 when it never took one (version 1 is the catalog the engine drafts from). */
  takenVersion: number;
  /** The library changed after the plan last took it. */
  changed: boolean;
}

interface LibraryRow {
  id: string;
  roleKey: string;
  title: string;
  currentVersion: number;
  updatedAt: Date;
  content: unknown;
}

async function libraryRowsFor(workspaceId: string, roleIds: readonly RoleId[], fallbackAuthorId: string): Promise<LibraryRow[]> {
  await ensureRoleLibrarySeeded(workspaceId, fallbackAuthorId);
  return db().roleDescription.findMany({
    where: { workspaceId, roleKey: { in: [...roleIds] } },
    select: { id: true, roleKey: true, title: true, currentVersion: true, updatedAt: true, content: true },
  });
}

function statusesFor(content: PlanContent, rows: readonly LibraryRow[]): PlanRoleLibraryStatus[] {
  const team = effectivePlan(content).team;
  return team.flatMap((role) => {
    const row = rows.find((candidate) => candidate.roleKey === role.roleId);
    if (!row) return [];
    const taken = content.library?.[role.roleId];
    // An entry that was replaced (a different row id) counts as never taken.
    const takenVersion = taken && taken.roleDescriptionId === row.id ? taken.version : 1;
    return [
      {
        roleId: role.roleId,
        roleKey: row.roleKey,
        title: row.title,
        summary: readRoleContent(row.content).summary,
        libraryVersion: row.currentVersion,
        libraryUpdatedAt: row.updatedAt,
        takenVersion,
        changed: row.currentVersion > takenVersion,
      },
    ];
  });
}

/** The library entry behind each role on the plan's current team, and whether it changed since the plan took it. */
export async function getPlanLibraryStatus(actor: Actor, planId: string): Promise<PlanRoleLibraryStatus[]> {
  const plan = await getPlan(actor, planId);
  const roleIds = effectivePlan(plan.content).team.map((role) => role.roleId);
  return statusesFor(plan.content, await libraryRowsFor(plan.workspaceId, roleIds, actor.userId));
}

/**
 * Takes the library's current version of every role on the plan whose entry changed, as plan
 * version base+1 (compare-and-set like any save: a stale base is a 409 naming the other change).
 * Each taken role records the library version and the band picked for the plan's location and
 * currency, or null when the library has none there (the engine's band then stays).
 */
export async function takeLibraryUpdates(actor: Actor, planId: string, baseVersion: number, now = new Date()): Promise<PlanDetail> {
  const { workspaceId } = await requirePlanAccess(actor, planId, planEditors);
  if (typeof baseVersion !== "number" || !Number.isInteger(baseVersion) || baseVersion < 1) {
    throw new AppError("bad_request", "Send the plan version you looked at as a whole number from 1.");
  }
  const plan = await db().plan.findUnique({ where: { id: planId }, select: { currentVersion: true, status: true } });
  if (!plan) throw planNotFound();
  if (plan.status === "ARCHIVED") throw new AppError("conflict", "This plan is archived, so it cannot be changed. Unarchive it first.");
  if (plan.currentVersion !== baseVersion) throw await staleVersionError(db(), planId, baseVersion);
  const version = await db().planVersion.findUnique({ where: { planId_version: { planId, version: baseVersion } }, select: { content: true } });
  if (!version) throw await staleVersionError(db(), planId, baseVersion);
  const stored = readStoredVersion(version.content);
  const content = contentOf(stored);

  const team = effectivePlan(content).team;
  const rows = await libraryRowsFor(workspaceId, team.map((role) => role.roleId), actor.userId);
  const changed = statusesFor(content, rows).filter((status) => status.changed);
  if (changed.length === 0) throw new AppError("conflict", "This plan already uses the role library's current descriptions.");

  const library: Partial<Record<RoleId, PlanLibraryEntry>> = { ...content.library };
  for (const status of changed) {
    const row = rows.find((candidate) => candidate.roleKey === status.roleKey)!;
    const band = pickLibraryBand(readRoleContent(row.content).salaryBands, { location: content.brief.location, currency: content.draft.cost.currency });
    library[status.roleId] = {
      roleDescriptionId: row.id,
      version: row.currentVersion,
      salaryBand: band ? { location: band.location, currency: band.currency, min: band.min, max: band.max, source: band.source } : null,
    };
  }
  const summary = `Took the role library's updates: ${changed.map((status) => `${status.title} version ${status.takenVersion} → ${status.libraryVersion}`).join(", ")}`;
  await commitVersion(actor, planId, baseVersion, stored.name, { ...content, library }, summary, now);
  return getPlan(actor, planId);
}
