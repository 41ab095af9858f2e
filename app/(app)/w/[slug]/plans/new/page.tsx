import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { loadWorkspacePage, plansPath } from "../../_lib/load";
import { IntakeForm } from "./intake-form";

export const metadata: Metadata = { title: "New team plan" };

export default async function NewPlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, access, permissions } = await loadWorkspacePage(slug, plansPath(slug, "/new"));
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> / New
      </nav>
      <h1>New team plan</h1>
      {permissions.canEdit ? (
        <>
          <p className="lead">Describe the project; the draft on the right follows as you type. Nothing is saved until you press “Save plan”.</p>
          <IntakeForm slug={access.slug} />
        </>
      ) : (
        // The action refuses non-editors too; this only saves them a form they cannot submit.
        <p className="form-message error" role="alert">
          Only managers and owners can create team plans. Ask one of them, or read the existing plans.
        </p>
      )}
    </AppShell>
  );
}
