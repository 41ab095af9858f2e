import type { Metadata } from "next";
import { AppShell } from "@/app/_components/app-shell";
import { listApiTokens } from "@/lib/server/data/api-tokens";
import { listInvitations } from "@/lib/server/data/invitations";
import { listMembers } from "@/lib/server/data/members";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { notFoundOn } from "../_lib/load";
import { ApiTokensPanel } from "./api-tokens-panel";
import { InvitationsPanel } from "./invitations-panel";
import { MembersTable } from "./members-table";
import { RenameWorkspaceForm } from "./rename-workspace-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/w/${slug}/settings`);
  const actor = { userId: user.id };
  const access = await getWorkspaceAccess(actor, slug).catch(notFoundOn);
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
  const [members, invitations, apiTokens] = await Promise.all([
    listMembers(actor, access.workspaceId),
    listInvitations(actor, access.workspaceId),
    listApiTokens(actor, access.workspaceId),
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
      <h2>API tokens</h2>
      <p className="muted">
        Integrations call the JSON API at <code>/api/v1</code> with <code>Authorization: Bearer &lt;token&gt;</code>. A token acts in this workspace
        only, with the role you give it; it can never be an owner.
      </p>
      <ApiTokensPanel
        workspaceId={access.workspaceId}
        tokens={apiTokens.map((token) => ({
          id: token.id,
          name: token.name,
          prefix: token.prefix,
          role: token.role,
          createdAt: token.createdAt.toISOString(),
          createdByName: token.createdByName,
          lastUsedAt: token.lastUsedAt ? token.lastUsedAt.toISOString() : null,
          status: token.status,
        }))}
      />
    </AppShell>
  );
}
