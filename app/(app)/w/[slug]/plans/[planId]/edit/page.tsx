import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { roleCatalog } from "@/lib/engine";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { seniorityLevels } from "@/lib/schemas/team-draft";
import { fieldsFromBrief } from "@/lib/ui/brief-form";
import { formatSkillList } from "@/lib/ui/plan-edit-form";
import { loadPlanPage, plansPath } from "../../../_lib/load";
import { BriefChangeForm } from "./brief-change-form";
import { EditPlanForm } from "./edit-plan-form";

export const metadata: Metadata = { title: "Edit team plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { user, access, plan } = await loadPlanPage(slug, planId, plansPath(slug, `/${planId}/edit`));
  const planHref = plansPath(access.slug, `/${plan.id}`);
  const editHref = `${planHref}/edit`;
  const crumbs = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> /{" "}
      <Link href={planHref}>{plan.name}</Link> / Edit
    </nav>
  );
  if (!plan.permissions.canEdit || plan.status === "ARCHIVED") {
    // updatePlan refuses these too; the page just says so instead of offering a form that fails.
    return (
      <AppShell user={user} currentSlug={access.slug}>
        {crumbs}
        <h1>Edit {plan.name}</h1>
        <p className="form-message error" role="alert">
          {plan.status === "ARCHIVED"
            ? "This plan is archived, so it cannot be changed. Unarchive it first."
            : "Only managers and owners can edit team plans."}
        </p>
      </AppShell>
    );
  }
  const effective = effectivePlan(plan.content);
  const onTeam = new Set(effective.team.map((role) => role.roleId));
  return (
    <AppShell user={user} currentSlug={access.slug}>
      {crumbs}
      <h1>Edit {plan.name}</h1>
      <p className="lead">
        Editing version {plan.currentVersion}. What you change is kept as your override on top of the engine&apos;s draft; set a value back to the
        engine&apos;s and it stops being an override.
        {plan.status === "APPROVED" ? " This plan is approved: saving an edit sends it back to review." : ""}
      </p>
      <EditPlanForm
        planId={plan.id}
        slug={access.slug}
        baseVersion={plan.currentVersion}
        name={plan.name}
        notes={plan.content.notes}
        reloadHref={editHref}
        seniorityLevels={seniorityLevels}
        roles={effective.team.map((role) => ({
          roleId: role.roleId,
          title: role.title,
          headcount: role.headcount,
          seniority: role.seniority,
          required: formatSkillList(role.skills.required),
          preferred: formatSkillList(role.skills.preferred),
          added: role.overridden.includes("added"),
          suggested: role.suggested ? { headcount: role.suggested.headcount, seniority: role.suggested.seniority } : null,
        }))}
        addableRoles={roleCatalog.filter((role) => !onTeam.has(role.id)).map((role) => ({ roleId: role.id, title: role.title }))}
        phases={effective.phases.map((phase) => ({
          id: phase.id,
          name: phase.name,
          startMonth: phase.startMonth,
          durationMonths: phase.durationMonths,
          suggested: phase.suggested,
        }))}
      />
      <h2>Change the brief</h2>
      <p className="muted">A new brief drafts the plan again. Preview first: you see what changes and which of your overrides stay before anything is saved.</p>
      <BriefChangeForm planId={plan.id} slug={access.slug} baseVersion={plan.currentVersion} brief={fieldsFromBrief(plan.content.brief)} reloadHref={editHref} />
    </AppShell>
  );
}
