import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { RoleDescriptionView } from "@/app/_components/role-description-view";
import { toShareLinkRows } from "@/app/_components/share-link-rows";
import { ShareLinksPanel } from "@/app/_components/share-links-panel";
import { getRoleDescription } from "@/lib/server/data/role-library";
import { diffRoleVersions, listRoleVersions, type RoleVersionDiff } from "@/lib/server/data/role-library-versions";
import { listShareLinks } from "@/lib/server/data/share-links";
import { formatDateTime, loadWorkspacePage, notFoundOn, searchParam } from "../../_lib/load";
import { ArchiveRoleForm, RestoreRoleForm } from "./role-actions";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Role" };

function savedMessage(saved: string | undefined): string | undefined {
  if (!saved) return undefined;
  if (saved === "created") return "Role added to the library as version 1.";
  if (saved === "unarchived") return "Role restored to the library.";
  const restored = /^restored-(\d+)$/.exec(saved);
  if (restored) return `Version ${restored[1]} restored as a new version.`;
  if (/^\d+$/.test(saved)) return `Saved as version ${saved}.`;
  return undefined;
}

export default async function RolePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; roleKey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, roleKey } = await params;
  const query = await searchParams;
  const { user, actor, access } = await loadWorkspacePage(slug, `/w/${slug}/roles/${roleKey}`);
  const role = await getRoleDescription(actor, access.workspaceId, roleKey).catch(notFoundOn);
  const canEdit = role.permissions.canEdit;
  const [versions, links] = await Promise.all([
    listRoleVersions(actor, access.workspaceId, role.roleKey),
    canEdit && !role.archivedAt ? listShareLinks(actor, { kind: "role", workspaceId: access.workspaceId, roleKey: role.roleKey }) : Promise.resolve([]),
  ]);
  // ?diff=N shows what version N changed (from N−1); a bad number just shows no diff.
  const diffTo = Number(searchParam(query.diff));
  let diff: RoleVersionDiff | null = null;
  if (Number.isInteger(diffTo) && diffTo > 1 && diffTo <= role.currentVersion) {
    diff = await diffRoleVersions(actor, access.workspaceId, role.roleKey, diffTo - 1, diffTo).catch(() => null);
  }
  const base = `/w/${access.slug}/roles`;
  const saved = savedMessage(searchParam(query.saved));

  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={base}>Role library</Link> / {role.title}
      </nav>
      <div className="plan-title">
        <h1>{role.title}</h1>
        {role.isCustom ? <span className="badge">custom</span> : <span className="badge engine">engine role</span>}
        {role.archivedAt ? <span className="badge archived">archived</span> : null}
        <span className="badge version">version {role.currentVersion}</span>
      </div>
      {saved ? (
        <p className="form-message success" role="status">
          {saved}
        </p>
      ) : null}
      <p className="muted">
        Last change: {role.lastChange.summary} — {role.lastChange.createdBy.name}, {formatDateTime(role.lastChange.createdAt)}
      </p>
      {canEdit ? (
        <div className="plan-actions">
          {!role.archivedAt ? (
            <Link href={`${base}/${role.roleKey}/edit`} className="button primary">
              Edit role
            </Link>
          ) : null}
          {role.isCustom ? <ArchiveRoleForm slug={access.slug} roleKey={role.roleKey} title={role.title} archived={role.archivedAt !== null} /> : null}
        </div>
      ) : null}

      <RoleDescriptionView content={role.content} />

      {canEdit && !role.archivedAt ? (
        <section aria-labelledby="share-heading" className="card">
          <h2 id="share-heading">Share this role description</h2>
          <ShareLinksPanel
            target={{ kind: "role", workspaceId: access.workspaceId, roleKey: role.roleKey }}
            links={toShareLinkRows(links)}
            what="role description"
            whoCanShare="HR and owners create and revoke links for role descriptions."
          />
        </section>
      ) : null}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {diff ? (
          <div className="card" aria-labelledby="diff-heading">
            <h3 id="diff-heading">
              Version {diff.from} → {diff.to}
            </h3>
            {diff.changes.length === 0 ? <p className="muted">No differences.</p> : null}
            <ul className="diff-list">
              {diff.changes.map((change) => (
                <li key={change.field}>
                  <strong>{change.text}</strong>
                  {change.from !== undefined || change.to !== undefined ? (
                    <div className="diff-text">
                      {change.from ? <p className="diff-old">− {change.from}</p> : null}
                      {change.to ? <p className="diff-new">+ {change.to}</p> : null}
                    </div>
                  ) : (
                    <ul>
                      {(change.removed ?? []).map((line) => (
                        <li key={`-${line}`} className="diff-old">
                          − {line}
                        </li>
                      ))}
                      {(change.added ?? []).map((line) => (
                        <li key={`+${line}`} className="diff-new">
                          + {line}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <table>
          <caption className="visually-hidden">Versions of this role description, newest first</caption>
          <TableHead columns={["Version", "Saved", "What changed"]} actions />
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  {formatDateTime(version.createdAt)} <span className="muted">by {version.createdBy.name}</span>
                </td>
                <td>{version.summary}</td>
                <td>
                  <div className="row-actions">
                    {version.version > 1 ? <Link href={`${base}/${role.roleKey}?diff=${version.version}#history-heading`}>Show changes</Link> : null}
                    {canEdit && !role.archivedAt && version.version !== role.currentVersion ? (
                      <RestoreRoleForm slug={access.slug} roleKey={role.roleKey} version={version.version} baseVersion={role.currentVersion} />
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </AppShell>
  );
}
