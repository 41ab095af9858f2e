import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { listRoleDescriptions } from "@/lib/server/data/role-library";
import { formatDateTime, loadWorkspacePage, searchParam } from "../_lib/load";

export const metadata: Metadata = { title: "Role library" };

/** The workspace's role library: the engine's five roles and HR's custom ones. */
export default async function RolesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const { user, actor, access } = await loadWorkspacePage(slug, `/w/${slug}/roles`);
  const showArchived = searchParam(query.archived) === "show";
  const { entries, permissions } = await listRoleDescriptions(actor, access.workspaceId, { includeArchived: showArchived });
  const archivedKey = searchParam(query.archived);
  const base = `/w/${access.slug}/roles`;
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / Role library
      </nav>
      <div className="plan-title">
        <h1>Role library</h1>
        {permissions.canEdit ? (
          <Link href={`${base}/new`} className="button primary">
            New custom role
          </Link>
        ) : null}
        <Link href={`/w/${access.slug}/plans`} className="button">
          Team plans
        </Link>
      </div>
      <p className="lead">
        The role descriptions team plans and job descriptions draw on.{" "}
        {permissions.canEdit ? "You can edit them, set salary bands per location and add roles." : "HR and owners curate them; you can read them."}
      </p>
      {archivedKey && archivedKey !== "show" ? (
        <p className="form-message success" role="status">
          Role archived: it is out of the library and its share links no longer open.
        </p>
      ) : null}
      <ul className="role-cards">
        {entries.map((entry) => (
          <li key={entry.roleKey} className="card role-card">
            <h2>
              <Link href={`${base}/${entry.roleKey}`}>{entry.title}</Link>
            </h2>
            <p className="role-card-badges">
              {entry.isCustom ? <span className="badge">custom</span> : <span className="badge engine">engine role</span>}
              {entry.archivedAt ? <span className="badge archived">archived</span> : null}
              <span className="badge version">version {entry.currentVersion}</span>
            </p>
            <p>{entry.summary}</p>
            <p className="muted small">
              {entry.salaryBandCount === 0 ? "No salary bands" : `${entry.salaryBandCount} salary ${entry.salaryBandCount === 1 ? "band" : "bands"}`} · last change{" "}
              {formatDateTime(entry.lastChange.createdAt)} by {entry.lastChange.createdBy.name}
            </p>
          </li>
        ))}
      </ul>
      <p>
        {showArchived ? <Link href={base}>Hide archived roles</Link> : <Link href={`${base}?archived=show`}>Show archived roles</Link>}
      </p>
    </AppShell>
  );
}
