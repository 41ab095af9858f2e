import "server-only";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/schemas/record-id";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";

/** A signed-in person. */
export interface UserActor {
  kind?: "user";
  userId: string;
}

/**
 * A workspace API token. It acts inside its one workspace with the role it was created with;
 * `userId` is the owner who created it, recorded as the author of what it saves.
 */
export interface TokenActor {
  kind: "token";
  tokenId: string;
  workspaceId: string;
  role: WorkspaceRole;
  userId: string;
}

/** Who is asking. Every data-layer function takes one and checks it before touching data. */
export type Actor = UserActor | TokenActor;

export function isTokenActor(actor: Actor): actor is TokenActor {
  return actor.kind === "token";
}

export interface WorkspaceAccess {
  workspaceId: string;
  slug: string;
  name: string;
  role: WorkspaceRole;
  membershipId: string;
}

export const notFound = (what = "workspace") => new AppError("not_found", `That ${what} does not exist or you do not have access to it.`);

/**
 * Resolves the actor's membership in a workspace (by id or slug). Someone outside the
 * workspace gets "not found", exactly as for a workspace that does not exist, so ids
 * reveal nothing. A member whose role is not among `allowedRoles` gets "forbidden".
 */
export async function requireWorkspaceRole(
  actor: Actor,
  workspace: { id: string } | { slug: string },
  allowedRoles: readonly WorkspaceRole[] | "any",
): Promise<WorkspaceAccess> {
  // Slugs share the id alphabet; anything else names no workspace and must not reach a query.
  if (!isRecordId("id" in workspace ? workspace.id : workspace.slug)) throw notFound();
  if (isTokenActor(actor)) return requireTokenRole(actor, workspace, allowedRoles);
  const membership = await db().membership.findFirst({
    where: { userId: actor.userId, workspace: "id" in workspace ? { id: workspace.id } : { slug: workspace.slug } },
    select: { id: true, role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw notFound();
  if (allowedRoles !== "any" && !allowedRoles.includes(membership.role)) {
    throw new AppError("forbidden", `Your role (${membership.role.toLowerCase()}) cannot do that in this workspace.`);
  }
  return {
    workspaceId: membership.workspace.id,
    slug: membership.workspace.slug,
    name: membership.workspace.name,
    role: membership.role,
    membershipId: membership.id,
  };
}

export const anyMember = "any" as const;
export const ownersOnly = ["OWNER"] as const satisfies readonly WorkspaceRole[];

async function requireTokenRole(
  actor: TokenActor,
  workspace: { id: string } | { slug: string },
  allowedRoles: readonly WorkspaceRole[] | "any",
): Promise<WorkspaceAccess> {
  const row = await db().workspace.findFirst({
    where: { AND: [{ id: actor.workspaceId }, "id" in workspace ? { id: workspace.id } : { slug: workspace.slug }] },
    select: { id: true, slug: true, name: true },
  });
  if (!row) throw notFound();
  if (allowedRoles !== "any" && !allowedRoles.includes(actor.role)) {
    throw new AppError("forbidden", `This API token's role (${actor.role.toLowerCase()}) cannot do that.`);
  }
  return { workspaceId: row.id, slug: row.slug, name: row.name, role: actor.role, membershipId: `token:${actor.tokenId}` };
}
