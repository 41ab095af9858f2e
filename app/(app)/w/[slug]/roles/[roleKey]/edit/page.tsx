import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/app/_components/app-shell";
import { roleFormValues } from "@/lib/role-library/role-form";
import { getRoleDescription } from "@/lib/server/data/role-library";
import { loadWorkspacePage, notFoundOn } from "../../../_lib/load";
import { RoleForm } from "../../_components/role-form";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: { params: Promise<{ slug: string; roleKey: string }> }) {
  const { slug, roleKey } = await params;
  const { user, actor, access } = await loadWorkspacePage(slug, `/w/${slug}/roles/${roleKey}/edit`);
  const role = await getRoleDescription(actor, access.workspaceId, roleKey).catch(notFoundOn);
  if (!role.permissions.canEdit || role.archivedAt) notFound();
  const base = `/w/${access.slug}/roles`;
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={base}>Role library</Link> / <Link href={`${base}/${role.roleKey}`}>{role.title}</Link> / Edit
      </nav>
      <div className="plan-title">
        <h1>Edit {role.title}</h1>
        <span className="badge version">version {role.currentVersion}</span>
      </div>
      <p className="muted">Saving keeps every earlier version in the history; nothing is overwritten.</p>
      <RoleForm mode="edit" slug={access.slug} roleKey={role.roleKey} baseVersion={role.currentVersion} initialValues={roleFormValues(role.content)} cancelHref={`${base}/${role.roleKey}`} />
    </AppShell>
  );
}
