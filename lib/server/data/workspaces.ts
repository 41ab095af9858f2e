import "server-only";
import { randomBytes } from "node:crypto";
import type { CreateWorkspaceInput, WorkspaceRole } from "@/lib/schemas/workspace";
import { type NamedStatement, db, sql } from "@/lib/server/db";
import { type UserActor, type WorkspaceAccess, ownersOnly, requireWorkspaceRole } from "@/lib/server/data/access";

export interface WorkspaceSummary {
  id: string;
  slug: string;
  name: string;
  role: WorkspaceRole;
  memberCount: number;
}

function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  // A short random suffix keeps slugs unique without a read-then-write race between instances.
  return `${base || "workspace"}-${randomBytes(3).toString("hex")}`;
}

/** Creates a workspace with the actor as its first owner. */
export async function createWorkspace(actor: UserActor, input: CreateWorkspaceInput): Promise<WorkspaceSummary> {
  const workspace = await db().workspace.create({
    data: {
      name: input.name,
      slug: slugify(input.name),
      memberships: { create: { userId: actor.userId, role: "OWNER" } },
    },
    select: { id: true, slug: true, name: true },
  });
  return { ...workspace, role: "OWNER", memberCount: 1 };
}

// One statement (every signed-in page's header calls this; Prisma would send two), named.
const workspacesOfUser: NamedStatement = {
  name: "teamwright_workspaces_of_user",
  text: `SELECT w."id", w."slug", w."name", m."role"::text AS "role",
                (SELECT count(*)::int FROM "Membership" c WHERE c."workspaceId" = w."id") AS "memberCount"
           FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
          WHERE m."userId" = $1
          ORDER BY w."name" ASC`,
};

export function listWorkspacesForUser(actor: UserActor): Promise<WorkspaceSummary[]> {
  return sql().query<WorkspaceSummary>(workspacesOfUser, [actor.userId]);
}

/** The actor's view of one workspace; "not found" for non-members. */
export function getWorkspaceAccess(actor: UserActor, slug: string): Promise<WorkspaceAccess> {
  return requireWorkspaceRole(actor, { slug }, "any");
}

export async function renameWorkspace(actor: UserActor, workspaceId: string, name: string): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  await db().workspace.update({ where: { id: access.workspaceId }, data: { name } });
}
