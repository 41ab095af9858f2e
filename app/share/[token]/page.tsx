import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CostBarChart } from "@/app/_components/cost-bar-chart";
import { GanttChart } from "@/app/_components/gantt-chart";
import { RoleDescriptionView } from "@/app/_components/role-description-view";
import { AppError } from "@/lib/errors";
import { resolveShareLink, type SharedPlan } from "@/lib/server/data/share-links";
import { formatMoneyRange, formatMonthSpan } from "@/lib/ui/chart-scales";
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
  const { costs } = plan;
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
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">Team</h2>
        <p className="muted">
          {plan.headcount} {plan.headcount === 1 ? "person" : "people"} in {plan.team.length} {plan.team.length === 1 ? "role" : "roles"}.
        </p>
        <div className="table-scroll">
          <table className="team-table">
            <caption className="visually-hidden">Team roles with headcount, seniority, skills and salary band</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Headcount</th>
                <th scope="col">Seniority</th>
                <th scope="col">Skills</th>
                <th scope="col">Salary band (per person, per year)</th>
              </tr>
            </thead>
            <tbody>
              {plan.team.map((role) => (
                <tr key={role.roleId}>
                  <th scope="row">{role.title}</th>
                  <td>{role.headcount}</td>
                  <td>
                    {role.seniority}
                    <span className="muted seniority-mix"> {role.seniorityMix.map((mix) => `${mix.count} ${mix.level}`).join(", ")}</span>
                  </td>
                  <td>
                    <p className="skills">
                      <strong>Required:</strong> {role.skills.required.join(", ") || "—"}
                    </p>
                    <p className="skills">
                      <strong>Preferred:</strong> {role.skills.preferred.join(", ") || "—"}
                    </p>
                  </td>
                  <td className="salary">{role.salaryBand ? formatMoneyRange(role.salaryBand, role.salaryBand.currency) : <span className="muted">not known</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="cost-heading">
        <h2 id="cost-heading">Cost</h2>
        <dl className="cost-summary">
          <div>
            <dt>Run rate per year</dt>
            <dd>{formatMoneyRange(costs.annual, costs.currency)}</dd>
          </div>
          <div>
            <dt>Project cost over {plan.timelineMonths} months</dt>
            <dd>{formatMoneyRange(costs.total, costs.currency)}</dd>
          </div>
        </dl>
        {costs.rolesWithoutBand.length > 0 ? <p className="hint">Not in these figures (no salary band): {costs.rolesWithoutBand.map((role) => role.title).join(", ")}.</p> : null}
        {costs.total ? (
          <CostBarChart
            id="cost-phase-chart"
            title="Cost per phase"
            currency={costs.currency}
            bars={costs.perPhase.map((phase) => ({ label: phase.name, ...phase.cost, unpriced: phase.unpriced.map(title) }))}
          />
        ) : null}
      </section>
    </>
  );
}
