import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { CostCoverageNote } from "@/app/_components/cost-coverage-note";
import { StatusBadge } from "@/app/_components/plan-badges";
import { AppError } from "@/lib/errors";
import { planStatuses, planStatusLabels } from "@/lib/schemas/plan";
import { listPlans, type PlanPage } from "@/lib/server/data/plan-list";
import { archetypeOptions } from "@/lib/ui/brief-form";
import { formatMoneyRange } from "@/lib/ui/chart-scales";
import { pageLinks, parseTrail } from "@/lib/ui/list-pagination";
import { formatDateTime, loadWorkspacePage, plansPath, searchParam } from "../_lib/load";

export const metadata: Metadata = { title: "Team plans" };

const sortLabels = { updated: "Recently updated", name: "Name (A–Z)", headcount: "Headcount (largest first)", cost: "Cost (highest first)" } as const;
const archetypeLabels = new Map<string, string>(archetypeOptions);

export default async function PlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const { user, actor, access, permissions } = await loadWorkspacePage(slug, plansPath(slug));
  // A GET form: the URL holds the whole query, so a filtered page can be shared or bookmarked.
  const filters = { q: searchParam(query.q), status: searchParam(query.status), archetype: searchParam(query.archetype), sort: searchParam(query.sort) };
  const cursor = searchParam(query.cursor);
  const trail = parseTrail(searchParam(query.trail));
  let page: PlanPage | null = null;
  let problem: string | null = null;
  try {
    page = await listPlans(actor, access.workspaceId, { ...filters, cursor, limit: 20 });
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "bad_request" && error.code !== "validation_failed")) throw error;
    problem = error.fieldErrors ? Object.values(error.fieldErrors).flat().join(" ") : error.message;
  }
  const sortLabel = Object.entries(sortLabels).find(([value]) => value === (filters.sort ?? "updated"))?.[1] ?? sortLabels.updated;
  const filtered = Boolean(filters.q || filters.status || filters.archetype);
  const links = page ? pageLinks(filters, { cursor, trail }, page.nextCursor) : null;

  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / Team plans
      </nav>
      <div className="plan-title">
        <h1>Team plans</h1>
        {permissions.canEdit ? (
          <Link href={plansPath(access.slug, "/new")} className="button primary">
            New plan
          </Link>
        ) : null}
        <Link href={plansPath(access.slug, "/compare")} className="button">
          Compare plans
        </Link>
      </div>

      <form method="get" className="card list-filters" role="search" aria-label="Find plans">
        <div className="field">
          <label htmlFor="q">Search name and brief</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">All but archived</option>
            {planStatuses.map((status) => (
              <option key={status} value={status}>
                {planStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="archetype">Project type</label>
          <select id="archetype" name="archetype" defaultValue={filters.archetype ?? ""}>
            <option value="">Any</option>
            {archetypeOptions.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={filters.sort ?? "updated"}>
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="list-filter-buttons">
          <button type="submit" className="button primary">
            Apply
          </button>
          {filtered ? <Link href={plansPath(access.slug)}>Clear filters</Link> : null}
        </div>
      </form>

      {problem ? (
        <p className="form-message error" role="alert">
          {problem} <Link href={plansPath(access.slug)}>Start again from the first page</Link>.
        </p>
      ) : null}

      {page && page.items.length === 0 ? (
        filtered ? (
          <div className="card empty-state">
            <p>No plans match these filters.</p>
            <p>
              Try fewer words or another status, or <Link href={plansPath(access.slug)}>clear the filters</Link>. Archived plans show only when you
              choose the Archived status.
            </p>
          </div>
        ) : cursor ? (
          <p className="card empty-state">
            This page is empty now. <Link href={plansPath(access.slug)}>Back to the first page</Link>.
          </p>
        ) : (
          <div className="card empty-state">
            <p>
              <strong>No team plans yet.</strong>
            </p>
            {permissions.canEdit ? (
              <p>
                Describe an AI project in plain words and Teamwright drafts the team, phases and cost.{" "}
                <Link href={plansPath(access.slug, "/new")}>Create the first plan</Link>.
              </p>
            ) : (
              <p>Managers and owners create plans; they will show here for you to read and comment on.</p>
            )}
          </div>
        )
      ) : null}

      {page && page.items.length > 0 ? (
        <>
          {filters.sort === "cost" ? (
            <p className="hint">Fully costed plans come first, then plans whose cost leaves out people without a salary band, then plans with no cost.</p>
          ) : null}
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Team plans, sorted by {sortLabel.toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Project types</th>
                  <th scope="col">Headcount</th>
                  <th scope="col">Run rate per year</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      <Link href={plansPath(access.slug, `/${plan.id}`)}>{plan.name}</Link>
                      {plan.scenarioOfId ? <span className="badge">scenario</span> : null}
                      <p className="muted excerpt">{plan.briefExcerpt}</p>
                    </th>
                    <td>
                      <StatusBadge status={plan.status} />
                    </td>
                    <td>{plan.archetypes.map((id) => archetypeLabels.get(id) ?? id).join(", ") || "—"}</td>
                    <td>{plan.headcount}</td>
                    <td>
                      {formatMoneyRange(plan.costMin !== null && plan.costMax !== null ? { min: plan.costMin, max: plan.costMax } : null, plan.currency, true)}
                      {plan.costMax !== null ? <CostCoverageNote costedHeadcount={plan.costedHeadcount} headcount={plan.headcount} /> : null}
                    </td>
                    <td>{formatDateTime(plan.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {links && (links.previous || links.next) ? (
            <nav aria-label="Pages" className="pagination">
              {links.previous ? (
                <Link href={links.previous} rel="prev">
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              {links.pageNumber ? <span className="muted">Page {links.pageNumber}</span> : null}
              {links.next ? (
                <Link href={links.next} rel="next">
                  Next →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </AppShell>
  );
}
