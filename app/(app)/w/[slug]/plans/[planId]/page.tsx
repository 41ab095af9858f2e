import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { GanttChart } from "@/app/_components/gantt-chart";
import { EditedBadge, StatusBadge } from "@/app/_components/plan-badges";
import { PlanCostSection } from "@/app/_components/plan-cost-section";
import { PlanTeamSection } from "@/app/_components/plan-team-table";
import { toShareLinkRows } from "@/app/_components/share-link-rows";
import { ShareLinksPanel } from "@/app/_components/share-links-panel";
import { TakeLibraryUpdatesForm } from "@/app/_components/take-library-updates-form";
import { WhyDisclosure } from "@/app/_components/why-disclosure";
import { findRule, traitCatalog } from "@/lib/engine";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { planCosts } from "@/lib/plans/plan-costs";
import { availablePlanActions, planTransitions } from "@/lib/schemas/plan";
import { listComments } from "@/lib/server/data/plan-comments";
import { listPlanEvents } from "@/lib/server/data/plan-workflow";
import { getPlanLibraryStatus } from "@/lib/server/data/role-library-plans";
import { listShareLinks } from "@/lib/server/data/share-links";
import { formatMonthSpan } from "@/lib/ui/chart-scales";
import { formatDateTime, loadPlanPage, plansPath } from "../../_lib/load";
import { CommentForm } from "./comment-form";
import { DuplicateForm } from "./duplicate-form";
import { PlanExportLinks } from "./jobs/export-links";
import { WorkflowActions } from "./workflow-actions";

export const metadata: Metadata = { title: "Team plan" };

const describeRule = (ruleId: string) => findRule(ruleId)?.description;
const traitLabels = new Map<string, string>(traitCatalog.map((trait) => [trait.id, trait.label]));

const savedMessages: Record<string, string> = {
  created: "Plan saved as version 1.",
  edited: "Your changes are saved as a new version.",
  brief: "The brief is changed and the plan drafted again.",
  scenario: "Scenario created: this is a copy you can change freely.",
  library: "The role library's current descriptions are taken into the plan as a new version.",
};

const eventLabels: Record<string, string> = {
  submitted: "submitted it for review",
  approved: "approved it",
  "returned-to-draft": "returned it to draft",
  archived: "archived it",
  unarchived: "unarchived it",
  "returned-to-review": "edited it after approval, so it went back to review",
};

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, planId } = await params;
  const query = await searchParams;
  const { user, actor, access, plan } = await loadPlanPage(slug, planId, plansPath(slug, `/${planId}`));
  const [events, comments, library, shareLinks] = await Promise.all([
    listPlanEvents(actor, plan.id),
    listComments(actor, plan.id),
    getPlanLibraryStatus(actor, plan.id),
    // Only the plan's editors share it (the data layer checks again).
    plan.permissions.canEdit ? listShareLinks(actor, { kind: "plan", planId: plan.id }) : Promise.resolve([]),
  ]);
  const libraryChanges = library.filter((entry) => entry.changed);
  const effective = effectivePlan(plan.content);
  const costs = planCosts(effective);
  const { permissions } = plan;
  const base = plansPath(access.slug, `/${plan.id}`);
  const roleTitles = Object.fromEntries(effective.team.map((role) => [role.roleId, role.title]));
  const roleTitle = (roleId: string): string => roleTitles[roleId] ?? roleId;
  const saved = typeof query.saved === "string" ? (savedMessages[query.saved] ?? restoredMessage(query.saved)) : undefined;
  const lastEvent = events[events.length - 1];
  const actions = availablePlanActions(plan.status).map((action) => ({ action, label: planTransitions[action].label }));

  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> / {plan.name}
      </nav>
      <div className="plan-title">
        <h1>{plan.name}</h1>
        <StatusBadge status={plan.status} />
        <span className="badge version">version {plan.currentVersion}</span>
      </div>
      {saved ? (
        <p className="form-message success" role="status">
          {saved}
        </p>
      ) : null}
      <dl className="plan-meta">
        <div>
          <dt>Last change</dt>
          <dd>
            {plan.lastChange.summary} — {plan.lastChange.createdBy.name}
            {plan.lastChange.viaApiToken ? " (API token)" : ""}, {formatDateTime(plan.lastChange.createdAt)}
          </dd>
        </div>
        {plan.approvedBy && plan.approvedAt ? (
          <div>
            <dt>Approved</dt>
            <dd>
              by {plan.approvedBy.name}, {formatDateTime(plan.approvedAt)}
            </dd>
          </div>
        ) : null}
        {plan.status === "IN_REVIEW" && lastEvent?.kind === "returned-to-review" ? (
          <div>
            <dt>Back in review</dt>
            <dd>
              {lastEvent.actor.name} edited the approved plan ({formatDateTime(lastEvent.createdAt)}), so it needs approving again.
            </dd>
          </div>
        ) : null}
        {plan.scenarioOf ? (
          <div>
            <dt>Scenario of</dt>
            <dd>
              <Link href={plansPath(access.slug, `/${plan.scenarioOf.id}`)}>{plan.scenarioOf.name}</Link> ·{" "}
              <Link href={plansPath(access.slug, `/compare?a=${plan.scenarioOf.id}&b=${plan.id}`)}>Compare with it</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Created</dt>
          <dd>
            by {plan.createdBy.name}, {formatDateTime(plan.createdAt)}
          </dd>
        </div>
      </dl>

      <div className="plan-actions">
        {permissions.canEdit && plan.status !== "ARCHIVED" ? (
          <Link href={`${base}/edit`} className="button primary">
            Edit plan
          </Link>
        ) : null}
        <Link href={`${base}/history`} className="button">
          History
        </Link>
        <Link href={plansPath(access.slug, `/compare?a=${plan.id}`)} className="button">
          Compare
        </Link>
        <Link href={`/w/${access.slug}/roles`} className="button">
          Role library
        </Link>
      </div>
      {permissions.canApprove && actions.length > 0 ? (
        <section aria-labelledby="workflow-heading">
          <h2 id="workflow-heading" className="visually-hidden">
            Workflow
          </h2>
          <WorkflowActions planId={plan.id} version={plan.currentVersion} actions={actions} />
        </section>
      ) : null}

      {effective.warnings.length > 0 || effective.ignoredOverrides.length > 0 ? (
        <section aria-labelledby="warnings-heading" className="card warning-card">
          <h2 id="warnings-heading">Warnings</h2>
          <ul className="warnings">
            {effective.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
            {effective.ignoredOverrides.map((status) => (
              <li key={`${status.kind}-${status.id}`}>
                Your change “{status.description}” no longer applies: {status.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {libraryChanges.length > 0 ? (
        <section aria-labelledby="library-update-heading" className="card library-notice">
          <h2 id="library-update-heading">Role library updates</h2>
          <ul>
            {libraryChanges.map((entry) => (
              <li key={entry.roleId}>
                The role library&apos;s <Link href={`/w/${access.slug}/roles/${entry.roleKey}`}>{entry.title}</Link> description changed on{" "}
                {formatDateTime(entry.libraryUpdatedAt)} (version {entry.takenVersion} → {entry.libraryVersion}).
              </li>
            ))}
          </ul>
          {permissions.canEdit && plan.status !== "ARCHIVED" ? (
            <>
              <p className="hint">Taking the update saves a new plan version; salary bands the library has for this plan&apos;s location and currency replace the engine&apos;s in the cost.</p>
              <TakeLibraryUpdatesForm slug={access.slug} planId={plan.id} baseVersion={plan.currentVersion} />
            </>
          ) : (
            <p className="hint">Managers and owners can take the update into the plan.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">Brief</h2>
        <blockquote className="brief-text">{plan.content.brief.description}</blockquote>
        <p>
          Stage: <strong>{effective.draft.stage.id.replace(/-/g, " ")}</strong> <WhyDisclosure rationale={effective.draft.stage.rationale} describeRule={describeRule} />
        </p>
        {effective.draft.traits.length > 0 ? (
          <ul className="trait-list">
            {effective.draft.traits.map((trait) => (
              <li key={trait.id}>
                <strong>{traitLabels.get(trait.id) ?? trait.id}</strong>{" "}
                <span className="muted">{trait.from === "field" ? "set in the form" : `from ${trait.evidence.map((word) => `“${word}”`).join(", ")}`}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">
          {effective.timelineMonths} months. <WhyDisclosure rationale={effective.draft.timeline.rationale} describeRule={describeRule} label="Why this length?" />
        </p>
        <div className="chart-with-table">
          <GanttChart
            id="timeline-chart"
            roleTitles={roleTitles}
            phases={effective.phases.map((phase) => ({
              id: phase.id,
              name: phase.name,
              startMonth: phase.startMonth,
              durationMonths: phase.durationMonths,
              edited: phase.overridden.length > 0,
              staffing: phase.staffing,
            }))}
          />
          <table>
            <caption>Phases, months and staffing</caption>
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col">Months</th>
                <th scope="col">Staffing</th>
              </tr>
            </thead>
            <tbody>
              {effective.phases.map((phase) => (
                <tr key={phase.id}>
                  <th scope="row">{phase.name}</th>
                  <td>
                    {formatMonthSpan(phase.startMonth, phase.endMonth)}
                    {phase.overridden.length > 0 ? (
                      <EditedBadge engineValue={formatMonthSpan(phase.suggested.startMonth, phase.suggested.startMonth + phase.suggested.durationMonths - 1)} />
                    ) : null}
                  </td>
                  <td>
                    <ul className="staffing-list">
                      {phase.staffing.map((entry) => (
                        <li key={entry.roleId}>
                          {roleTitles[entry.roleId] ?? entry.roleId} × {entry.headcount} <span className="muted">({entry.involvement})</span>
                          <WhyDisclosure rationale={entry.rationale} describeRule={describeRule} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <PlanTeamSection team={effective.team} headcount={effective.headcount} explain />

      {library.length > 0 ? (
        <section aria-labelledby="library-heading">
          <h2 id="library-heading">Role descriptions</h2>
          <dl className="library-roles">
            {library.map((entry) => (
              <div key={entry.roleId}>
                <dt>
                  <Link href={`/w/${access.slug}/roles/${entry.roleKey}`}>{entry.title}</Link>{" "}
                  <span className="muted">
                    library version {entry.libraryVersion}
                    {entry.changed ? `, plan uses version ${entry.takenVersion}` : ""}
                  </span>
                </dt>
                <dd>{entry.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <PlanCostSection costs={costs} timelineMonths={effective.timelineMonths} roleTitle={roleTitle} detailed />

      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">Job descriptions and exports</h2>
        <p>
          <Link href={`${base}/jobs`} className="button">
            Job descriptions
          </Link>
        </p>
        <PlanExportLinks planId={plan.id} />
      </section>

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        {plan.content.notes ? <p className="notes">{plan.content.notes}</p> : <p className="muted">No notes yet.</p>}
      </section>

      {events.length > 0 ? (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Workflow</h2>
          <ol className="event-list">
            {events.map((event) => (
              <li key={event.id}>
                {formatDateTime(event.createdAt)}: {event.actor.name}
                {event.viaApiToken ? " (API token)" : ""} {eventLabels[event.kind] ?? event.kind} <span className="muted">(version {event.version})</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {permissions.canEdit && plan.status !== "ARCHIVED" ? (
        <section aria-labelledby="scenario-heading">
          <h2 id="scenario-heading">Explore a scenario</h2>
          <DuplicateForm planId={plan.id} slug={access.slug} defaultName={`${plan.name} (scenario)`.slice(0, 120)} />
        </section>
      ) : null}

      {permissions.canEdit ? (
        <section aria-labelledby="share-heading" className="card">
          <h2 id="share-heading">Share this plan</h2>
          <ShareLinksPanel
            target={{ kind: "plan", planId: plan.id }}
            links={toShareLinkRows(shareLinks)}
            what="plan (name, brief, timeline, team and cost; not its notes or comments)"
            whoCanShare="Managers and owners create and revoke links for plans."
          />
        </section>
      ) : null}

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments</h2>
        {comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="card">
              <p className="muted">
                {comment.author.name}, {formatDateTime(comment.createdAt)}
              </p>
              <p className="notes">{comment.body}</p>
            </li>
          ))}
        </ol>
        {permissions.canComment ? <CommentForm planId={plan.id} /> : <p className="muted">Viewers can read comments; HR, managers and owners can add them.</p>}
      </section>
    </AppShell>
  );
}

function restoredMessage(saved: string): string | undefined {
  const match = /^restored-(\d+)$/.exec(saved);
  return match ? `Version ${match[1]} restored as a new version.` : undefined;
}
