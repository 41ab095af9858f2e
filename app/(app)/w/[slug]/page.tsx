import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/app/_components/app-shell";
import { AppError } from "@/lib/errors";
import { roleLabels } from "@/lib/schemas/workspace";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { LeaveWorkspaceForm } from "./leave-workspace-form";

export const metadata: Metadata = { title: "Workspace" };

const roleAbilities: Record<string, string> = {
  OWNER: "You can manage members, invitations and settings, and create, edit and approve team plans.",
  MANAGER: "You can create, edit and approve team plans.",
  HR: "You can read team plans, comment, and curate role descriptions.",
  VIEWER: "You can read team plans and role descriptions.",
};

export default async function WorkspacePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/w/${slug}`);
  const access = await getWorkspaceAccess({ userId: user.id }, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <h1>{access.name}</h1>
      <p>
        Your role: <span className="badge">{roleLabels[access.role]}</span>
      </p>
      <p className="lead">{roleAbilities[access.role]}</p>
      {access.role === "OWNER" ? (
        <p>
          <Link href={`/w/${access.slug}/settings`} className="button">
            Workspace settings
          </Link>
        </p>
      ) : null}
      <h2>Leave this workspace</h2>
      <LeaveWorkspaceForm workspaceId={access.workspaceId} />
    </AppShell>
  );
}
