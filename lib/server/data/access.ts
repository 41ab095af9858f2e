import "server-only";
import { AppError } from "@/lib/errors";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";

/** Who is asking. Every data-layer function takes one and checks it before touching data. */
export interface Actor {
  userId: string;
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
