import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/app/_components/app-shell";
import { CostCoverageNote } from "@/app/_components/cost-coverage-note";
import { StatusBadge } from "@/app/_components/plan-badges";
import { roleTitle } from "@/lib/plans/effective-plan";
import { listPlans } from "@/lib/server/data/plan-list";
import { comparePlans, getPlan, type ComparedPlan, type PlanComparison } from "@/lib/server/data/plans";
import { formatMoneyRange } from "@/lib/ui/chart-scales";
import { loadWorkspacePage, notFoundOn, plansPath, searchParam } from "../../_lib/load";

export const metadata: Metadata = { title: "Compare plans" };

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}

export default async function ComparePlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const { user, actor, access } = await loadWorkspacePage(slug, plansPath(slug, "/compare"));
  const a = searchParam(query.a);
  const b = searchParam(query.b);
  // The choices: the 100 most recently updated plans (archived ones included: comparing with an old plan is useful).
  const [live, archived] = await Promise.all([
    listPlans(actor, access.workspaceId, { limit: 100 }),
    listPlans(actor, access.workspaceId, { status: "ARCHIVED", limit: 100 }),
  ]);
  const choices = [...live.items, ...archived.items];
  let comparison: PlanComparison | null = null;
  if (a && b) {
    // Both plans must be in this workspace: a plan id from elsewhere is "not found" here.
    const [planA, planB] = await Promise.all([getPlan(actor, a), getPlan(actor, b)]).catch(notFoundOn);
    if (planA.workspaceId !== access.workspaceId || planB.workspaceId !== access.workspaceId) notFound();
    comparison = await comparePlans(actor, a, b);
  }
  const choiceList = (name: string, label: string, selected: string | undefined) => (
    <div className="field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={selected ?? ""}>
        <option value="">Choose a plan…</option>
        {choices.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.name}
            {plan.status === "ARCHIVED" ? " (archived)" : ""}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> / Compare
      </nav>
      <h1>Compare plans</h1>
      {choices.length < 2 ? (
        <p className="card empty-state">
          Comparing needs two plans. Open a plan and use “Duplicate as scenario” to make an alternative, then compare them here.
        </p>
      ) : (
        <form method="get" className="card inline-form compare-form">
          {choiceList("a", "Plan A", a)}
          {choiceList("b", "Plan B", b)}
          <button type="submit" className="button primary">
            Compare
          </button>
        </form>
      )}
      {comparison ? <ComparisonView comparison={comparison} slug={access.slug} /> : null}
    </AppShell>
  );
}

/** A cost figure that says, beside it, when it leaves people out: compare two partial sums and nothing else. */
function CostFigure({ plan, range }: { plan: ComparedPlan; range: ComparedPlan["annual"] }) {
  return (
    <>
      {formatMoneyRange(range, plan.currency)}
      {range ? <CostCoverageNote costedHeadcount={plan.costedHeadcount} headcount={plan.headcount} leftOut={plan.rolesWithoutBand.map(roleTitle)} /> : null}
    </>
  );
}

function ComparisonView({ comparison, slug }: { comparison: PlanComparison; slug: string }) {
  const { a, b } = comparison;
  const differs = (x: unknown, y: unknown) => (JSON.stringify(x) !== JSON.stringify(y) ? "diff-cell" : undefined);
  return (
    <>
      <h2>Side by side</h2>
      <p className="hint">Highlighted cells differ between the two plans.</p>
      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">Summary of plan A and plan B</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Measure</span>
              </th>
              <th scope="col">
                A: <Link href={plansPath(slug, `/${a.id}`)}>{a.name}</Link> <StatusBadge status={a.status} />
              </th>
              <th scope="col">
                B: <Link href={plansPath(slug, `/${b.id}`)}>{b.name}</Link> <StatusBadge status={b.status} />
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Headcount</th>
              <td className={differs(a.headcount, b.headcount)}>{a.headcount}</td>
              <td className={differs(a.headcount, b.headcount)}>
                {b.headcount} {b.headcount !== a.headcount ? <span className="delta">({signed(b.headcount - a.headcount)})</span> : null}
              </td>
            </tr>
            <tr>
              <th scope="row">Timeline</th>
              <td className={differs(a.timelineMonths, b.timelineMonths)}>{a.timelineMonths} months</td>
              <td className={differs(a.timelineMonths, b.timelineMonths)}>{b.timelineMonths} months</td>
            </tr>
            <tr>
              <th scope="row">Run rate per year</th>
              <td className={differs(a.annual, b.annual)}>
                <CostFigure plan={a} range={a.annual} />
              </td>
              <td className={differs(a.annual, b.annual)}>
                <CostFigure plan={b} range={b.annual} />
              </td>
            </tr>
            <tr>
              <th scope="row">Project cost</th>
              <td className={differs(a.total, b.total)}>
                <CostFigure plan={a} range={a.total} />
              </td>
              <td className={differs(a.total, b.total)}>
                <CostFigure plan={b} range={b.total} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Roles</h2>
      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">Roles in plan A and plan B</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">A: headcount, seniority</th>
              <th scope="col">B: headcount, seniority</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {comparison.roles.map((role) => {
              const changed = differs(role.a, role.b);
              return (
                <tr key={role.roleId}>
                  <th scope="row">{role.title}</th>
                  <td className={changed}>{role.a ? `${role.a.headcount}, ${role.a.seniority}` : "not on the team"}</td>
                  <td className={changed}>{role.b ? `${role.b.headcount}, ${role.b.seniority}` : "not on the team"}</td>
                  <td className={changed}>{role.headcountDelta !== 0 ? `${signed(role.headcountDelta)} people` : changed ? "seniority" : "same"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>All differences from A to B</h2>
      {comparison.changes.length === 0 ? (
        <p>The two plans are the same.</p>
      ) : (
        <ul className="change-list">
          {comparison.changes.map((change, index) => (
            <li key={`${change.kind}-${index}`}>{change.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}
