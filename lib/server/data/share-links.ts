import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors";
import { effectivePlan, type EffectivePhase, type EffectiveRole } from "@/lib/plans/effective-plan";
import { planCosts, type PlanCosts } from "@/lib/plans/plan-costs";
import { isRecordId } from "@/lib/schemas/record-id";
import type { RoleDescriptionContent } from "@/lib/schemas/role-library";
import { CreateShareLinkSchema, ShareTokenSchema, type CreateShareLinkInput } from "@/lib/schemas/share-link";
import { db } from "@/lib/server/db";
import { type Actor } from "@/lib/server/data/access";
import { contentOf, planEditors, readStoredVersion, requirePlanAccess } from "@/lib/server/data/plan-access";
import { readRoleContent, requireRoleEntry, roleLibraryEditors } from "@/lib/server/data/role-library";
import { generateToken, hashToken } from "@/lib/server/tokens";

/**
 * Share links: a read-only public URL for one plan or one role description, for people
 * without an account. Created, listed and revoked by the editors of the thing shared —
 * managers and owners for plans, HR and owners for role descriptions — because a link hands
 * the content to anyone who has it. The token (256 random bits) is shown once and stored only
 * as its SHA-256. Revocation and expiry are checked on every read, so they take effect at once.
 */

export type ShareTargetRef = { kind: "plan"; planId: string } | { kind: "role"; workspaceId: string; roleKey: string };

export interface ShareLinkSummary {
  id: string;
  createdAt: Date;
  createdBy: { name: string };
  expiresAt: Date | null;
  lastAccessedAt: Date | null;
  accessCount: number;
}

const linkSelect = { id: true, createdAt: true, expiresAt: true, lastAccessedAt: true, accessCount: true, createdBy: { select: { name: true } } } as const;

const linkNotFound = () => new AppError("not_found", "That share link does not exist or you do not have access to it.");

/** The row columns naming the target, after checking the actor may share it. */
async function requireShareable(actor: Actor, target: ShareTargetRef): Promise<{ workspaceId: string; where: { planId: string } | { roleDescriptionId: string } }> {
  if (target.kind === "plan") {
    const { workspaceId } = await requirePlanAccess(actor, target.planId, planEditors);
    return { workspaceId, where: { planId: target.planId } };
  }
  const { access, row } = await requireRoleEntry(actor, target.workspaceId, target.roleKey, roleLibraryEditors);
  if (row.archivedAt) throw new AppError("conflict", "This role is archived: restore it to the library before sharing it.");
  return { workspaceId: access.workspaceId, where: { roleDescriptionId: row.id } };
}

/** A new link; `token` is returned this once (the URL is /share/<token>). */
export async function createShareLink(
  actor: Actor,
  target: ShareTargetRef,
  input: CreateShareLinkInput = {},
  now = new Date(),
): Promise<{ token: string; link: ShareLinkSummary }> {
  const { workspaceId, where } = await requireShareable(actor, target);
  const parsed = parseOrThrow(CreateShareLinkSchema, input);
  const { token, tokenHash } = generateToken();
  const link = await db().shareLink.create({
    data: {
      workspaceId,
      target: "planId" in where ? "PLAN" : "ROLE_DESCRIPTION",
      ...where,
      tokenHash,
      createdById: actor.userId,
      createdAt: now,
      expiresAt: parsed.expiresInDays === null ? null : new Date(now.getTime() + parsed.expiresInDays * 86_400_000),
    },
    select: linkSelect,
  });
  return { token, link };
}

/** The target's links that still work (not revoked, not expired), newest first. */
export async function listShareLinks(actor: Actor, target: ShareTargetRef, now = new Date()): Promise<ShareLinkSummary[]> {
  const { where } = await requireShareable(actor, target);
  return db().shareLink.findMany({
    where: { ...where, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: linkSelect,
  });
}

/** Revokes a link; it is "not found" from the next request on. Revoking twice is harmless. */
export async function revokeShareLink(actor: Actor, linkId: string, now = new Date()): Promise<void> {
  if (!isRecordId(linkId)) throw linkNotFound();
  const link = await db().shareLink.findUnique({
    where: { id: linkId },
    select: { workspaceId: true, planId: true, roleDescription: { select: { roleKey: true } } },
  });
  if (!link) throw linkNotFound();
  try {
    if (link.planId) await requirePlanAccess(actor, link.planId, planEditors);
    else if (link.roleDescription) await requireRoleEntry(actor, link.workspaceId, link.roleDescription.roleKey, roleLibraryEditors);
    else throw linkNotFound();
  } catch (error) {
    // Someone outside the workspace learns nothing about the link, not even that it is a plan's.
    if (error instanceof AppError && error.code === "not_found") throw linkNotFound();
    throw error;
  }
  await db().shareLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: now } });
}

/** What a shared plan page shows: the plan itself, nothing else of the workspace (no notes, comments or people). */
export interface SharedPlan {
  kind: "plan";
  name: string;
  brief: string;
  version: number;
  updatedAt: Date;
  headcount: number;
  timelineMonths: number;
  currency: string;
  team: EffectiveRole[];
  phases: EffectivePhase[];
  costs: PlanCosts;
}

export interface SharedRole {
  kind: "role";
  title: string;
  version: number;
  updatedAt: Date;
  content: RoleDescriptionContent;
}

export type SharedContent = SharedPlan | SharedRole;

/**
 * The public view behind a share token, or "not found" — one error for a malformed, unknown,
 * revoked or expired token, or an archived target, so the answer reveals nothing. Each read
 * counts an access; a failed count never fails the page.
 */
export async function resolveShareLink(token: string, now = new Date()): Promise<SharedContent> {
  const parsed = ShareTokenSchema.safeParse(token);
  if (!parsed.success) throw linkNotFound();
  const link = await db().shareLink.findFirst({
    where: { tokenHash: hashToken(parsed.data), revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true, workspaceId: true, planId: true, roleDescriptionId: true },
  });
  if (!link) throw linkNotFound();
  const [content] = await Promise.all([link.planId ? sharedPlan(link.planId, link.workspaceId) : sharedRole(link.roleDescriptionId, link.workspaceId), recordAccess(link.id, now)]);
  if (!content) throw linkNotFound();
  return content;
}

async function sharedPlan(planId: string, workspaceId: string): Promise<SharedPlan | null> {
  const plan = await db().plan.findFirst({
    where: { id: planId, workspaceId, status: { not: "ARCHIVED" } },
    select: { name: true, currentVersion: true, updatedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { content: true } } },
  });
  const version = plan?.versions[0];
  if (!plan || !version) return null;
  const effective = effectivePlan(contentOf(readStoredVersion(version.content)));
  return {
    kind: "plan",
    name: plan.name,
    brief: effective.brief.description,
    version: plan.currentVersion,
    updatedAt: plan.updatedAt,
    headcount: effective.headcount,
    timelineMonths: effective.timelineMonths,
    currency: effective.currency,
    team: effective.team,
    phases: effective.phases,
    costs: planCosts(effective),
  };
}

async function sharedRole(roleDescriptionId: string | null, workspaceId: string): Promise<SharedRole | null> {
  if (!roleDescriptionId) return null;
  const row = await db().roleDescription.findFirst({
    where: { id: roleDescriptionId, workspaceId, archivedAt: null },
    select: { title: true, currentVersion: true, updatedAt: true, content: true },
  });
  if (!row) return null;
  return { kind: "role", title: row.title, version: row.currentVersion, updatedAt: row.updatedAt, content: readRoleContent(row.content) };
}

/** One UPDATE; errors are logged, not thrown: the count is bookkeeping, the page is what matters. */
async function recordAccess(linkId: string, now: Date): Promise<void> {
  try {
    await db().shareLink.updateMany({ where: { id: linkId }, data: { lastAccessedAt: now, accessCount: { increment: 1 } } });
  } catch (error) {
    console.warn("[share] could not record an access:", error instanceof Error ? error.message : "unknown error");
  }
}

/** The workspace role check for pages that only show the panel (kept here so the rule lives in one place). */
export async function canShare(actor: Actor, target: ShareTargetRef): Promise<boolean> {
  try {
    await requireShareable(actor, target);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "conflict")) return false;
    throw error;
  }
}

