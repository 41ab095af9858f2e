import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/app/_components/app-shell";
import { AppError } from "@/lib/errors";
import { listInvitations } from "@/lib/server/data/invitations";
import { listMembers } from "@/lib/server/data/members";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { InvitationsPanel } from "./invitations-panel";
import { MembersTable } from "./members-table";
import { RenameWorkspaceForm } from "./rename-workspace-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/w/${slug}/settings`);
  const actor = { userId: user.id };
  const access = await getWorkspaceAccess(actor, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  if (access.role !== "OWNER") {
    return (
      <AppShell user={user} currentSlug={access.slug}>
        <h1>Workspace settings</h1>
        <p className="form-message error" role="alert">
          Only owners can see and change this workspace&apos;s settings. Ask an owner if you need a change.
        </p>
      </AppShell>
    );
  }
  // The data layer checks the owner role again: the check above only chooses what to render.
  const [members, invitations] = await Promise.all([
    listMembers(actor, access.workspaceId),
    listInvitations(actor, access.workspaceId),
  ]);
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <h1>Settings for {access.name}</h1>
      <h2>Name</h2>
      <RenameWorkspaceForm workspaceId={access.workspaceId} name={access.name} />
      <h2>Members</h2>
      <MembersTable
        workspaceId={access.workspaceId}
        currentUserId={user.id}
        members={members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() }))}
      />
      <h2>Invitations</h2>
      <InvitationsPanel
        workspaceId={access.workspaceId}
        invitations={invitations.map((invitation) => ({
          ...invitation,
          createdAt: invitation.createdAt.toISOString(),
          expiresAt: invitation.expiresAt.toISOString(),
        }))}
      />
    </AppShell>
  );
}
