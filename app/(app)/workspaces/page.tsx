import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/app/_components/site-header";
import { roleLabels } from "@/lib/schemas/workspace";
import { listWorkspacesForUser } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { CreateWorkspaceForm } from "./create-workspace-form";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const user = await requireUser("/workspaces");
  const workspaces = await listWorkspacesForUser({ userId: user.id });
  return (
    <>
      <SiteHeader user={user} workspaces={workspaces} />
      <main id="main">
        <h1>Your workspaces</h1>
        {workspaces.length === 0 ? (
          <p className="lead">
            A workspace holds your team plans and role descriptions. Create one, or open an invitation link a colleague sent you.
          </p>
        ) : (
          <ul className="grid" aria-label="Workspaces">
            {workspaces.map((workspace) => (
              <li key={workspace.id} className="card" style={{ listStyle: "none" }}>
                <Link href={`/w/${workspace.slug}`}>
                  <strong>{workspace.name}</strong>
                </Link>
                <p className="muted">
                  {roleLabels[workspace.role]} · {workspace.memberCount} {workspace.memberCount === 1 ? "member" : "members"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <h2>Create a workspace</h2>
        <CreateWorkspaceForm />
      </main>
    </>
  );
}
