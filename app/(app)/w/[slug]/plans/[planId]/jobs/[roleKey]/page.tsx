import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { AppError } from "@/lib/errors";
import { formValuesFromContent } from "@/lib/jd/jd-form";
import { getJobDescription, getJobDescriptionVersion, listJobDescriptionVersions } from "@/lib/server/data/job-descriptions";
import { buildJobDescriptionDocument } from "@/lib/server/export/job-description-document";
import { formatDateTime, loadPlanPage, notFoundOn, plansPath } from "../../../../_lib/load";
import { JdDownloadLinks } from "../export-links";
import { JdEditor } from "./jd-editor";
import { JdVersionView } from "./jd-version-view";
import { VersionActionForm } from "./version-action-form";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Job description draft" };

/** A version number nobody saved is said on the page; anything else is a real failure. */
function nullOnNotFound(error: unknown): null {
  if (error instanceof AppError && error.code === "not_found") return null;
  throw error;
}

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
  // ?version=N shows that saved version read-only below the history (the current one is the editor).
  const viewing = typeof query.version === "string" && /^\d{1,9}$/.test(query.version) ? Number(query.version) : null;
  const viewed = viewing !== null && viewing !== draft.version ? await getJobDescriptionVersion(actor, plan.id, roleKey, viewing).catch(nullOnNotFound) : null;
  const canEdit = draft.permissions.canEdit && plan.status !== "ARCHIVED";
  const planChanged = draft.version > 0 && draft.basedOnPlanVersion < draft.planVersion;
  const actionProps = { planId: plan.id, slug: access.slug, roleKey: draft.roleKey, baseVersion: draft.version };
  const roleHref = `${base}/jobs/${draft.roleKey}`;
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
      {planChanged ? (
        <section aria-labelledby="jd-plan-changed-heading" className="card warning-card">
          <h2 id="jd-plan-changed-heading">The plan changed since this draft was written</h2>
          <p>
            This draft was generated from plan version {draft.basedOnPlanVersion}; the plan is now at version {draft.planVersion}.{" "}
            <Link href={`${base}/history?from=${draft.basedOnPlanVersion}&to=${draft.planVersion}#diff`}>See what changed in the plan</Link>.
          </p>
          {canEdit ? (
            <VersionActionForm
              kind="regenerate"
              {...actionProps}
              question={`Rebuild this draft from plan version ${draft.planVersion}? It is saved as version ${draft.version + 1}, replacing the text in the editor; version ${draft.version} stays in the history and can be restored.`}
              label="Regenerate from the plan"
              pendingText="Regenerating…"
            />
          ) : null}
        </section>
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
        basedOnPlanVersion={draft.basedOnPlanVersion}
        initialValues={formValuesFromContent(draft.content)}
        canEdit={canEdit}
      />
      <section aria-labelledby="jd-history-heading">
        <h2 id="jd-history-heading">History</h2>
        {versions.length === 0 ? (
          <p className="muted">Not saved yet: this draft is generated from the plan each time it is opened.</p>
        ) : (
          <div className="table-scroll">
            <table className="jd-history">
              <caption className="visually-hidden">Saved versions of this draft, newest first</caption>
              <TableHead columns={["Version", "Saved by", "When", "Summary"]} actions />
              <tbody>
                {versions.map((version) => (
                  <tr key={version.version} aria-current={version.version === viewed?.version ? "true" : undefined}>
                    <th scope="row">
                      {version.version}
                      {version.version === draft.version ? <span className="badge">current</span> : null}
                    </th>
                    <td>{version.createdBy.name}</td>
                    <td>{formatDateTime(version.createdAt)}</td>
                    <td>
                      {version.summary} <span className="muted">(from plan version {version.planVersion})</span>
                    </td>
                    <td>
                      {version.version !== draft.version ? (
                        <div className="row-actions">
                          <Link href={`${roleHref}?version=${version.version}#jd-version-heading`}>View version {version.version}</Link>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {viewing !== null && viewing !== draft.version && viewed === null ? (
          <p className="form-message error" role="alert">
            Version {viewing} of this draft does not exist.
          </p>
        ) : null}
      </section>
      {viewed ? (
        <section aria-labelledby="jd-version-heading" className="card">
          <h2 id="jd-version-heading">
            Version {viewed.version}, saved by {viewed.createdBy.name} on {formatDateTime(viewed.createdAt)}
          </h2>
          <p className="muted">
            {viewed.summary}. Read-only; the current version is version {draft.version}. <Link href={roleHref}>Close</Link>
          </p>
          {canEdit ? (
            <VersionActionForm
              kind="restore"
              {...actionProps}
              version={viewed.version}
              question={`Restore version ${viewed.version}? It is saved as a new version ${draft.version + 1}, replacing the text in the editor; the versions in between stay in the history.`}
              label={`Restore version ${viewed.version}`}
              pendingText="Restoring…"
            />
          ) : null}
          <JdVersionView
            document={buildJobDescriptionDocument(viewed.content, {
              organizationName: draft.workspaceName,
              datePosted: viewed.createdAt,
              identifier: draft.id ?? `${draft.planId}-${draft.roleKey}`,
            })}
          />
        </section>
      ) : null}
    </AppShell>
  );
}
