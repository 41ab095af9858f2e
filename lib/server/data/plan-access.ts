import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { type EffectivePlan, effectivePlan } from "@/lib/plans/effective-plan";
import { planCosts } from "@/lib/plans/plan-costs";
import { diffPlanContents, summariseChanges, type PlanChange } from "@/lib/plans/diff-plan-contents";
import { PlanContentSchema, PlanNameSchema, type PlanContent } from "@/lib/schemas/plan";
import { isRecordId } from "@/lib/schemas/record-id";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";
import { type Actor, type WorkspaceAccess, isTokenActor, requireWorkspaceRole } from "@/lib/server/data/access";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Shared by the plan use cases: who may do what, finding a plan the actor may see, and what a
 * saved version stores. Not for callers outside lib/server/data.
 */

/** Viewers read; HR also comments; managers and owners create, edit, approve, duplicate, archive. */
export const planReaders = "any" as const;
export const planCommenters = ["OWNER", "MANAGER", "HR"] as const satisfies readonly WorkspaceRole[];
export const planEditors = ["OWNER", "MANAGER"] as const satisfies readonly WorkspaceRole[];

export interface PlanPermissions {
  role: WorkspaceRole;
  canEdit: boolean;
  canComment: boolean;
  canApprove: boolean;
}

export function permissionsFor(role: WorkspaceRole): PlanPermissions {
  const editor = (planEditors as readonly WorkspaceRole[]).includes(role);
  return { role, canEdit: editor, canApprove: editor, canComment: (planCommenters as readonly WorkspaceRole[]).includes(role) };
}

export const planNotFound = () => new AppError("not_found", "That plan does not exist or you do not have access to it.");

/**
 * Finds the plan's workspace and checks the actor's role there. A plan in a workspace the actor
 * is not in is "not found", worded exactly like a plan that does not exist.
 */
export async function requirePlanAccess(
  actor: Actor,
  planId: string,
  allowedRoles: readonly WorkspaceRole[] | "any",
): Promise<{ access: WorkspaceAccess; workspaceId: string }> {
  if (!isRecordId(planId)) throw planNotFound();
  const plan = await db().plan.findUnique({ where: { id: planId }, select: { workspaceId: true } });
  if (!plan) throw planNotFound();
  try {
    const access = await requireWorkspaceRole(actor, { id: plan.workspaceId }, allowedRoles);
    return { access, workspaceId: plan.workspaceId };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw planNotFound();
    throw error;
  }
}

/** What one PlanVersion row stores: the content, plus the name, so restoring a version restores it. */
export const StoredVersionSchema = PlanContentSchema.extend({ name: PlanNameSchema });
export type StoredVersion = z.output<typeof StoredVersionSchema>;

export function toStoredVersion(name: string, content: PlanContent): StoredVersion {
  return {
    name,
    brief: content.brief,
    draft: content.draft,
    overrides: content.overrides,
    notes: content.notes,
    ...(content.library !== undefined ? { library: content.library } : {}),
  };
}

/** Reads a stored version; a row that no longer parses is a bug on our side, never the user's. */
export function readStoredVersion(json: unknown): StoredVersion {
  const parsed = StoredVersionSchema.safeParse(json);
  if (!parsed.success) throw new Error(`A stored plan version does not match the plan schema: ${parsed.error.message}`);
  return parsed.data;
}

export function contentOf(stored: StoredVersion): PlanContent {
  // The role-library versions a plan took travel with every later save (and restore).
  return {
    brief: stored.brief,
    draft: stored.draft,
    overrides: stored.overrides,
    notes: stored.notes,
    ...(stored.library !== undefined ? { library: stored.library } : {}),
  };
}

/** The Plan columns lists filter, sort and show, computed from the effective plan. */
export function denormalisedColumns(name: string, content: PlanContent, plan: EffectivePlan = effectivePlan(content)) {
  const costs = planCosts(plan);
  return {
    name,
    archetypes: plan.archetypes,
    briefText: content.brief.description,
    headcount: plan.headcount,
    costMin: costs.annual?.min ?? null,
    costMax: costs.annual?.max ?? null,
    costedHeadcount: costs.costedHeadcount,
    currency: plan.currency,
  };
}

/** A plan needs someone on it: refuse a save that removes every role, naming the field. */
export function assertHasTeam(plan: EffectivePlan): void {
  if (plan.team.length === 0) {
    throw new AppError("validation_failed", "A plan needs at least one role: keep or add a role before saving.", {
      fieldErrors: { "overrides.removedRoles": ["A plan needs at least one role: keep or add a role before saving."] },
    });
  }
}

export function authorFields(actor: Actor): { createdById: string; apiTokenId: string | null } {
  return { createdById: actor.userId, apiTokenId: isTokenActor(actor) ? actor.tokenId : null };
}

export interface ConflictDetails {
  /** The plan's version now; resubmit with this as the base after merging. */
  currentVersion: number;
  changedBy: string;
  changedAt: string;
  summary: string;
  /** What the other save(s) changed, from the version the client had to the current one. */
  changes: PlanChange[];
}

/**
 * The 409 for a save based on a stale version: tells the client who changed what since, so
 * nothing is silently overwritten and the user can merge by hand.
 */
export async function staleVersionError(
  client: Prisma.TransactionClient | ReturnType<typeof db>,
  planId: string,
  baseVersion: number,
): Promise<AppError> {
  const plan = await client.plan.findUnique({ where: { id: planId }, select: { currentVersion: true } });
  if (!plan) return planNotFound();
  const versions = await client.planVersion.findMany({
    where: { planId, version: { in: [baseVersion, plan.currentVersion] } },
    select: { version: true, content: true, summary: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const base = versions.find((row) => row.version === baseVersion);
  const current = versions.find((row) => row.version === plan.currentVersion);
  const changes = base && current ? diffPlanContents(readStoredVersion(base.content), readStoredVersion(current.content)) : [];
  const details: ConflictDetails = {
    currentVersion: plan.currentVersion,
    changedBy: current?.createdBy.name ?? "someone",
    changedAt: (current?.createdAt ?? new Date()).toISOString(),
    summary: current ? (changes.length > 0 ? summariseChanges(changes) : current.summary) : "",
    changes,
  };
  const message =
    baseVersion > plan.currentVersion
      ? `Version ${baseVersion} of this plan does not exist; the current version is ${plan.currentVersion}.`
      : `This plan changed since you opened it: ${details.changedBy} saved version ${plan.currentVersion} (${details.summary}). Review their change and save again on top of it.`;
  return new AppError("conflict", message, { details });
}
