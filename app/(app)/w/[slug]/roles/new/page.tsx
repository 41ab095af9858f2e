import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/app/_components/app-shell";
import { defaultEqualOpportunityStatement, defaultTypicalYears } from "@/lib/jd/default-role-description";
import { roleLibraryPermissionsFor } from "@/lib/server/data/role-library";
import { loadWorkspacePage } from "../../_lib/load";
import { RoleForm } from "../_components/role-form";

export const metadata: Metadata = { title: "New custom role" };

export default async function NewRolePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, access } = await loadWorkspacePage(slug, `/w/${slug}/roles/new`);
  // The action checks again; this only spares readers a form they cannot submit.
  if (!roleLibraryPermissionsFor(access.role).canEdit) notFound();
  const base = `/w/${access.slug}/roles`;
  const initialValues: Record<string, string> = {
    equalOpportunityStatement: defaultEqualOpportunityStatement,
    "level-mid-yearsMin": String(defaultTypicalYears.mid.min),
    "level-mid-yearsMax": String(defaultTypicalYears.mid.max),
    bandRows: "",
  };
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={base}>Role library</Link> / New custom role
      </nav>
      <h1>New custom role</h1>
      <p className="lead">A role the engine does not staff, for your own plans and job descriptions.</p>
      <RoleForm mode="new" slug={access.slug} initialValues={initialValues} cancelHref={base} />
    </AppShell>
  );
}
