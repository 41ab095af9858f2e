import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import type { PlanChange } from "@/lib/plans/diff-plan-contents";
import { diffVersions, listVersions } from "@/lib/server/data/plan-versions";
import { formatDateTime, loadPlanPage, plansPath } from "../../../_lib/load";
import { RestoreForm } from "./restore-form";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Plan history" };

const kindLabels: Record<PlanChange["kind"], string> = {
  name: "Name",
  brief: "Brief",
  stage: "Stage",
  "role-added": "Role added",
  "role-removed": "Role removed",
  headcount: "Headcount",
  seniority: "Seniority",
  skills: "Skills",
  "phase-added": "Phase added",
  "phase-removed": "Phase removed",
  "phase-timing": "Phase timing",
  timeline: "Timeline",
  notes: "Notes",
};

function wholeNumber(value: string | string[] | undefined): number | undefined {
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

export default async function PlanHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, planId } = await params;
  const query = await searchParams;
  const { user, actor, access, plan } = await loadPlanPage(slug, planId, plansPath(slug, `/${planId}/history`));
  const versions = await listVersions(actor, plan.id);
  const current = plan.currentVersion;
  const existing = (version: number | undefined) => (version !== undefined && versions.some((row) => row.version === version) ? version : undefined);
  const requestedFrom = existing(wholeNumber(query.from));
  const requestedTo = existing(wholeNumber(query.to));
  const from = requestedFrom ?? Math.max(1, current - 1);
  const to = requestedTo ?? current;
  const badChoice = (query.from !== undefined && requestedFrom === undefined) || (query.to !== undefined && requestedTo === undefined);
  const diff = from !== to ? await diffVersions(actor, plan.id, from, to) : null;
  const canRestore = plan.permissions.canEdit && plan.status !== "ARCHIVED";
  const planHref = plansPath(access.slug, `/${plan.id}`);

  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> /{" "}
        <Link href={planHref}>{plan.name}</Link> / History
      </nav>
      <h1>History of {plan.name}</h1>
      <p className="lead">Every save is a version; nothing is overwritten. Restoring an old version saves it again as the newest.</p>

      <h2>Versions</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Versions of the plan, newest first</caption>
          <TableHead columns={["Version", "Saved by", "When", "Summary"]} actions />
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">
                  {version.version}
                  {version.version === current ? <span className="badge">current</span> : null}
                </th>
                <td>
                  {version.createdBy.name}
                  {version.viaApiToken ? <span className="muted"> (API token)</span> : null}
                </td>
                <td>{formatDateTime(version.createdAt)}</td>
                <td>{version.summary}</td>
                <td>
                  {version.version !== current ? (
                    <div className="row-actions">
                      <Link href={`?from=${version.version}&to=${current}#diff`}>Compare with current</Link>
                      {canRestore ? <RestoreForm planId={plan.id} slug={access.slug} version={version.version} baseVersion={current} /> : null}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="diff">Compare two versions</h2>
      {versions.length < 2 ? (
        <p className="muted">There is only one version so far. Edit the plan and its changes will show here.</p>
      ) : (
        <>
          <form method="get" className="inline-form card">
            <label htmlFor="diff-from">From version</label>
            <select id="diff-from" name="from" defaultValue={String(from)}>
              {versions.map((version) => (
                <option key={version.version} value={version.version}>
                  {version.version}
                </option>
              ))}
            </select>
            <label htmlFor="diff-to">to version</label>
            <select id="diff-to" name="to" defaultValue={String(to)}>
              {versions.map((version) => (
                <option key={version.version} value={version.version}>
                  {version.version}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              Show changes
            </button>
          </form>
          {badChoice ? (
            <p className="form-message error" role="alert">
              That version does not exist; showing versions {from} to {to} instead.
            </p>
          ) : null}
          {diff === null ? (
            <p className="muted">Choose two different versions to see what changed between them.</p>
          ) : diff.changes.length === 0 ? (
            <p>No differences between version {diff.from} and version {diff.to}.</p>
          ) : (
            <table className="diff-table">
              <caption>
                Changes from version {diff.from} to version {diff.to}
              </caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Change</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.map((change, index) => {
                  const [before, after] = fromTo(change);
                  return (
                    <tr key={`${change.kind}-${index}`}>
                      <th scope="row">
                        {kindLabels[change.kind]}
                        {"source" in change ? <span className="muted"> ({change.source === "override" ? "edited by hand" : "engine"})</span> : null}
                      </th>
                      <td>{change.text}</td>
                      <td className="diff-old">{before}</td>
                      <td className="diff-new">{after}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </AppShell>
  );
}

/** The before and after of a typed change, as short text for the diff columns. */
function fromTo(change: PlanChange): [string, string] {
  switch (change.kind) {
    case "headcount":
    case "timeline":
      return [String(change.from), String(change.to)];
    case "seniority":
    case "stage":
      return [change.from, change.to];
    case "name":
      return [change.from, change.to];
    case "phase-timing":
      return [`start ${change.from.startMonth}, ${change.from.durationMonths} mo`, `start ${change.to.startMonth}, ${change.to.durationMonths} mo`];
    case "role-added":
      return ["—", `${change.headcount} ${change.title}`];
    case "role-removed":
      return [`${change.headcount} ${change.title}`, "—"];
    case "skills":
      return [change.removed.join(", ") || "—", change.added.join(", ") || "—"];
    case "phase-added":
      return ["—", change.name];
    case "phase-removed":
      return [change.name, "—"];
    case "brief":
      return [show(change.from), show(change.to)];
    case "notes":
      return [excerpt(change.from), excerpt(change.to)];
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "object") return JSON.stringify(value);
  return excerpt(String(value));
}

function excerpt(text: string): string {
  if (text === "") return "—";
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
