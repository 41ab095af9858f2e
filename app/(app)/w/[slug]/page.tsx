import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { StatusBadge } from "@/app/_components/plan-badges";
import { roleLabels } from "@/lib/schemas/workspace";
import { permissionsFor } from "@/lib/server/data/plan-access";
import { listPlans } from "@/lib/server/data/plan-list";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { notFoundOn } from "./_lib/load";
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
  const access = await getWorkspaceAccess({ userId: user.id }, slug).catch(notFoundOn);
  const { canEdit } = permissionsFor(access.role);
  const newest = await listPlans({ userId: user.id }, access.workspaceId, { sort: "updated", limit: 5 });
  const plansHref = `/w/${access.slug}/plans`;
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <h1>{access.name}</h1>
      <p>
        Your role: <span className="badge">{roleLabels[access.role]}</span>
      </p>
      <p className="lead">{roleAbilities[access.role]}</p>
      <section aria-labelledby="plans-heading" className="card home-plans">
        <div className="plan-title">
          <h2 id="plans-heading">Team plans</h2>
          {canEdit ? (
            <Link href={`${plansHref}/new`} className="button primary">
              New plan
            </Link>
          ) : null}
          <Link href={plansHref} className="button">
            All team plans
          </Link>
        </div>
        {newest.items.length === 0 ? (
          <p className="muted">
            No plans yet.{" "}
            {canEdit ? "Describe an AI project and Teamwright drafts its team, phases and cost." : "Managers and owners create them; they will show here."}
          </p>
        ) : (
          <ul className="plan-links">
            {newest.items.map((plan) => (
              <li key={plan.id}>
                <Link href={`${plansHref}/${plan.id}`}>{plan.name}</Link> <StatusBadge status={plan.status} />{" "}
                <span className="muted">
                  {plan.headcount} {plan.headcount === 1 ? "person" : "people"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="roles-heading" className="card home-roles">
        <div className="plan-title">
          <h2 id="roles-heading">Role library</h2>
          <Link href={`/w/${access.slug}/roles`} className="button">
            Role library
          </Link>
        </div>
        <p className="muted">
          The role descriptions plans and job descriptions use: responsibilities, skills, levels and salary bands per location.
          {access.role === "HR" || access.role === "OWNER" ? " You can edit them and add your own roles." : ""}
        </p>
      </section>
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
