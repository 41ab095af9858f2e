import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/schemas/record-id";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { type NamedStatement, db, sql } from "@/lib/server/db";

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

/**
 * The workspace of a token actor as read in the same query that authenticated the token at the
 * start of this request (lib/server/data/api-tokens.ts), so access checks need not read it
 * again. Keyed on the actor object, which lives for one request; an actor built any other way
 * has no entry and its workspace is looked up.
 */
const tokenWorkspaces = new WeakMap<TokenActor, { slug: string; name: string }>();

export function rememberTokenWorkspace(actor: TokenActor, workspace: { slug: string; name: string }): TokenActor {
  tokenWorkspaces.set(actor, workspace);
  return actor;
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
  const membership = await findMembership(actor.userId, workspace);
  if (!membership) throw notFound();
  if (allowedRoles !== "any" && !allowedRoles.includes(membership.role)) {
    throw new AppError("forbidden", `Your role (${membership.role.toLowerCase()}) cannot do that in this workspace.`);
  }
  return { ...membership };
}

/**
 * Lookups already made while rendering this page. A page checks the workspace in its URL (by
 * slug) and each data call checks it again (by id): the same answer, so within one render it
 * is read once. React's cache gives every request its own map; outside a render (route
 * handlers, server actions, scripts) it calls through, so those always read the database.
 */
const membershipsThisRender = cache((): Map<string, Promise<WorkspaceAccess | null>> => new Map());

function findMembership(userId: string, workspace: { id: string } | { slug: string }): Promise<WorkspaceAccess | null> {
  const memo = membershipsThisRender();
  const key = (by: "id" | "slug", value: string) => `${userId}\u0000${by}\u0000${value}`;
  const requested = "id" in workspace ? key("id", workspace.id) : key("slug", workspace.slug);
  const known = memo.get(requested);
  if (known) return known;
  const lookup = readMembership(userId, workspace).then(
    (found) => {
      if (found) {
        memo.set(key("id", found.workspaceId), lookup);
        memo.set(key("slug", found.slug), lookup);
      } else {
        // Only memberships are remembered: a miss is read again, never answered from memory.
        memo.delete(requested);
      }
      return found;
    },
    (error: unknown) => {
      memo.delete(requested);
      throw error;
    },
  );
  memo.set(requested, lookup);
  return lookup;
}

/**
 * The membership and its workspace in one statement (Prisma would send two: the row, then the
 * relation). Every signed-in page and action starts here, so it is a named statement.
 */
function membershipStatement(workspaceKey: "id" | "slug"): NamedStatement {
  return {
    name: `teamwright_membership_by_workspace_${workspaceKey}`,
    text: `SELECT w."id" AS "workspaceId", w."slug", w."name", m."role"::text AS "role", m."id" AS "membershipId"
             FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
            WHERE m."userId" = $1 AND w."${workspaceKey}" = $2
            LIMIT 1`,
  };
}

const membershipBy = { id: membershipStatement("id"), slug: membershipStatement("slug") };

async function readMembership(userId: string, workspace: { id: string } | { slug: string }): Promise<WorkspaceAccess | null> {
  const rows = "id" in workspace
    ? await sql().query<WorkspaceAccess>(membershipBy.id, [userId, workspace.id])
    : await sql().query<WorkspaceAccess>(membershipBy.slug, [userId, workspace.slug]);
  return rows[0] ?? null;
}

export const anyMember = "any" as const;
export const ownersOnly = ["OWNER"] as const satisfies readonly WorkspaceRole[];

async function requireTokenRole(
  actor: TokenActor,
  workspace: { id: string } | { slug: string },
  allowedRoles: readonly WorkspaceRole[] | "any",
): Promise<WorkspaceAccess> {
  const known = tokenWorkspaces.get(actor);
  const row = known
    ? ("id" in workspace ? workspace.id === actor.workspaceId : workspace.slug === known.slug)
      ? { id: actor.workspaceId, ...known }
      : null
    : await db().workspace.findFirst({
        where: { AND: [{ id: actor.workspaceId }, "id" in workspace ? { id: workspace.id } : { slug: workspace.slug }] },
        select: { id: true, slug: true, name: true },
      });
  if (!row) throw notFound();
  if (allowedRoles !== "any" && !allowedRoles.includes(actor.role)) {
    throw new AppError("forbidden", `This API token's role (${actor.role.toLowerCase()}) cannot do that.`);
  }
  return { workspaceId: row.id, slug: row.slug, name: row.name, role: actor.role, membershipId: `token:${actor.tokenId}` };
}
