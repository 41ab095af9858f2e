import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GanttChart } from "@/app/_components/gantt-chart";
import { PlanCostSection } from "@/app/_components/plan-cost-section";
import { PlanTeamSection } from "@/app/_components/plan-team-table";
import { RoleDescriptionView } from "@/app/_components/role-description-view";
import { AppError } from "@/lib/errors";
import { resolveShareLink, type SharedPlan } from "@/lib/server/data/share-links";
import { formatDateTime } from "@/lib/ui/format-date";

/**
 * A public, read-only page behind a share link: exactly one plan or one role description and
 * nothing else of the workspace (no navigation into the app, no workspace or member names).
 * Kept out of search engines, and the token never leaves in a Referer header.
 */
export const metadata: Metadata = {
  title: "Shared from Teamwright",
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

// Every request checks the token again (revocation and expiry take effect at once): never cached.
export const dynamic = "force-dynamic";

export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await resolveShareLink(token).catch((error: unknown) => {
    // One 404 for every reason (unknown, revoked, expired, archived): the page reveals nothing.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <main id="main" className="shared-page">
      <p className="shared-banner">
        Shared read-only from <strong>Teamwright</strong> · version {shared.version}, last changed {formatDateTime(shared.updatedAt)}
      </p>
      {shared.kind === "role" ? (
        <>
          <h1>{shared.title}</h1>
          <RoleDescriptionView content={shared.content} />
        </>
      ) : (
        <SharedPlanView plan={shared} />
      )}
    </main>
  );
}

function SharedPlanView({ plan }: { plan: SharedPlan }) {
  const roleTitles = Object.fromEntries(plan.team.map((role) => [role.roleId, role.title]));
  const title = (roleId: string) => roleTitles[roleId] ?? roleId;
  return (
    <>
      <h1>{plan.name}</h1>
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">Brief</h2>
        <blockquote className="brief-text">{plan.brief}</blockquote>
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">{plan.timelineMonths} months.</p>
        <GanttChart
          id="timeline-chart"
          roleTitles={roleTitles}
          phases={plan.phases.map((phase) => ({ id: phase.id, name: phase.name, startMonth: phase.startMonth, durationMonths: phase.durationMonths, edited: false, staffing: phase.staffing }))}
        />
      </section>
      <PlanTeamSection team={plan.team} headcount={plan.headcount} explain={false} />
      <PlanCostSection costs={plan.costs} timelineMonths={plan.timelineMonths} roleTitle={title} detailed={false} />
    </>
  );
}
