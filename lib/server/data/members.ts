import "server-only";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/schemas/record-id";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";
import { type UserActor, anyMember, notFound, ownersOnly, requireWorkspaceRole } from "@/lib/server/data/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MemberDto {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: Date;
}

/** Members are visible to owners only: the member list (with emails) is workspace administration. */
export async function listMembers(actor: UserActor, workspaceId: string): Promise<MemberDto[]> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  const rows = await db().membership.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    joinedAt: row.createdAt,
  }));
}

/**
 * Locks the workspace's owner memberships for the rest of the transaction, so two owners
 * demoting each other at the same moment cannot leave the workspace with none.
 */
async function lockOwnerCount(tx: Prisma.TransactionClient, workspaceId: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'OWNER' FOR UPDATE`;
  return rows.length;
}

const lastOwnerError = (action: string) =>
  new AppError("conflict", `You cannot ${action} the last owner. Make another member an owner first.`);

export async function changeMemberRole(actor: UserActor, workspaceId: string, membershipId: string, role: WorkspaceRole): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  await db().$transaction(async (tx) => {
    if (!isRecordId(membershipId)) throw notFound("member");
    const target = await tx.membership.findFirst({
      where: { id: membershipId, workspaceId: access.workspaceId },
      select: { id: true, role: true },
    });
    if (!target) throw notFound("member");
    if (target.role === role) return;
    if (target.role === "OWNER" && (await lockOwnerCount(tx, access.workspaceId)) <= 1) throw lastOwnerError("demote");
    await tx.membership.update({ where: { id: target.id }, data: { role } });
  });
}

export async function removeMember(actor: UserActor, workspaceId: string, membershipId: string): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  await deleteMembership(access.workspaceId, membershipId, "remove");
}

/** Any member may leave, except the last owner. */
export async function leaveWorkspace(actor: UserActor, workspaceId: string): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, anyMember);
  await deleteMembership(access.workspaceId, access.membershipId, "remove");
}

async function deleteMembership(workspaceId: string, membershipId: string, action: string): Promise<void> {
  await db().$transaction(async (tx) => {
    if (!isRecordId(membershipId)) throw notFound("member");
    const target = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { id: true, role: true } });
    if (!target) throw notFound("member");
    if (target.role === "OWNER" && (await lockOwnerCount(tx, workspaceId)) <= 1) throw lastOwnerError(action);
    await tx.membership.delete({ where: { id: target.id } });
  });
}
