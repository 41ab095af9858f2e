import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { formValuesFromContent } from "@/lib/jd/jd-form";
import { getJobDescription, listJobDescriptionVersions } from "@/lib/server/data/job-descriptions";
import { formatDateTime, loadPlanPage, notFoundOn, plansPath } from "../../../../_lib/load";
import { JdDownloadLinks } from "../export-links";
import { JdEditor } from "./jd-editor";

export const metadata: Metadata = { title: "Job description draft" };

const salarySourceNotes = {
  library: "The salary range comes from the workspace's role library for this location and currency.",
  engine: "The salary range is the engine's sourced band; HR can set bands per location in the role library.",
  none: "No salary range is known for this role and location yet.",
} as const;

export default async function JobDescriptionEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string; roleKey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, planId, roleKey } = await params;
  const query = await searchParams;
  const { user, actor, access, plan } = await loadPlanPage(slug, planId, plansPath(slug, `/${planId}/jobs/${roleKey}`));
  const [draft, versions] = await Promise.all([getJobDescription(actor, plan.id, roleKey).catch(notFoundOn), listJobDescriptionVersions(actor, plan.id, roleKey).catch(notFoundOn)]);
  const base = plansPath(access.slug, `/${plan.id}`);
  const saved = typeof query.saved === "string" && /^\d+$/.test(query.saved) ? Number(query.saved) : null;
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> / <Link href={base}>{plan.name}</Link> /{" "}
        <Link href={`${base}/jobs`}>Job descriptions</Link> / {draft.content.title}
      </nav>
      <div className="plan-title">
        <h1>{draft.content.title}</h1>
        <span className="badge version">{draft.version === 0 ? "not saved yet" : `version ${draft.version}`}</span>
      </div>
      {saved !== null ? (
        <p className="form-message success" role="status">
          Draft saved as version {saved}.
        </p>
      ) : null}
      {draft.warnings.length > 0 ? (
        <section aria-labelledby="jd-warnings-heading" className="card warning-card">
          <h2 id="jd-warnings-heading">Before you publish</h2>
          <ul className="warnings">
            {draft.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{warning.message}</li>
            ))}
          </ul>
          {draft.salarySource ? <p className="hint">{salarySourceNotes[draft.salarySource]}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="jd-downloads-heading">
        <h2 id="jd-downloads-heading">Download</h2>
        <p className="hint">Downloads are of the saved draft{draft.version === 0 ? " (here: the one generated from the plan)" : ""}; save your edits first.</p>
        <JdDownloadLinks planId={plan.id} roleKey={draft.roleKey} title={draft.content.title} />
      </section>
      <JdEditor
        key={draft.version}
        planId={plan.id}
        slug={access.slug}
        roleId={draft.roleKey}
        baseVersion={draft.version}
        initialValues={formValuesFromContent(draft.content)}
        canEdit={draft.permissions.canEdit && plan.status !== "ARCHIVED"}
      />
      <section aria-labelledby="jd-history-heading">
        <h2 id="jd-history-heading">History</h2>
        {versions.length === 0 ? (
          <p className="muted">Not saved yet: this draft is generated from the plan each time it is opened.</p>
        ) : (
          <ol className="event-list jd-history">
            {versions.map((version) => (
              <li key={version.version}>
                <strong>Version {version.version}</strong> — {version.summary} <span className="muted">({version.createdBy.name}, {formatDateTime(version.createdAt)})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </AppShell>
  );
}
