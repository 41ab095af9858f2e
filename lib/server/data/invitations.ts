import "server-only";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/schemas/record-id";
import type { CreateInvitationInput, WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";
import { generateToken, hashToken } from "@/lib/server/tokens";
import { type UserActor, type WorkspaceAccess, ownersOnly, requireWorkspaceRole } from "@/lib/server/data/access";

export interface InvitationDto {
  id: string;
  role: WorkspaceRole;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string;
  status: "pending" | "accepted" | "expired" | "revoked";
  acceptedByName: string | null;
}

export interface InvitationPreview {
  workspaceName: string;
  role: WorkspaceRole;
  invitedBy: string;
  expiresAt: Date;
}

const DAY_MS = 24 * 60 * 60_000;

/** Creates a single-use link; the token is returned once and only its hash is stored. */
export async function createInvitation(
  actor: UserActor,
  workspaceId: string,
  input: CreateInvitationInput,
  now = new Date(),
): Promise<{ token: string; invitation: InvitationDto }> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  const { token, tokenHash } = generateToken();
  const row = await db().invitation.create({
    data: {
      workspaceId: access.workspaceId,
      role: input.role,
      tokenHash,
      createdById: actor.userId,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    },
    select: invitationSelect,
  });
  return { token, invitation: toDto(row, now) };
}

const invitationSelect = {
  id: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
  acceptedBy: { select: { name: true } },
} as const;

type InvitationRow = {
  id: string;
  role: WorkspaceRole;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string };
  acceptedBy: { name: string } | null;
};

function toDto(row: InvitationRow, now: Date): InvitationDto {
  const status = row.acceptedAt ? "accepted" : row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "pending";
  return {
    id: row.id,
    role: row.role,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    createdByName: row.createdBy.name,
    status,
    acceptedByName: row.acceptedBy?.name ?? null,
  };
}

export async function listInvitations(actor: UserActor, workspaceId: string, now = new Date()): Promise<InvitationDto[]> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  const rows = await db().invitation.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: invitationSelect,
  });
  return rows.map((row) => toDto(row, now));
}

export async function revokeInvitation(actor: UserActor, workspaceId: string, invitationId: string, now = new Date()): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  if (!isRecordId(invitationId)) throw new AppError("not_found", "That invitation does not exist or can no longer be revoked.");
  const result = await db().invitation.updateMany({
    where: { id: invitationId, workspaceId: access.workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (result.count === 0) throw new AppError("not_found", "That invitation does not exist or can no longer be revoked.");
}

const invalidInvitation = () =>
  new AppError("not_found", "This invitation link is invalid, has expired, or has already been used. Ask for a new one.");

/** What the invitation page shows before the visitor accepts; anyone holding the token may see it. */
export async function previewInvitation(token: string, now = new Date()): Promise<InvitationPreview> {
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= now) throw invalidInvitation();
  return { workspaceName: row.workspace.name, role: row.role, invitedBy: row.createdBy.name, expiresAt: row.expiresAt };
}

/**
 * Accepts an invitation for the signed-in actor. The conditional update makes the link
 * single-use even when two people click it at the same instant.
 */
export async function acceptInvitation(actor: UserActor, token: string, now = new Date()): Promise<WorkspaceAccess> {
  const tokenHash = hashToken(token);
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: { id: true, role: true, workspaceId: true, acceptedAt: true, revokedAt: true, expiresAt: true },
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw invalidInvitation();
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: actor.userId } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("conflict", "You are already a member of this workspace; the invitation was left unused for someone else.");
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: actor.userId },
    });
    if (claimed.count !== 1) throw invalidInvitation();
    const membership = await tx.membership.create({
      data: { workspaceId: invitation.workspaceId, userId: actor.userId, role: invitation.role },
      select: { id: true, role: true, workspace: { select: { id: true, slug: true, name: true } } },
    });
    return {
      workspaceId: membership.workspace.id,
      slug: membership.workspace.slug,
      name: membership.workspace.name,
      role: membership.role,
      membershipId: membership.id,
    };
  });
}
