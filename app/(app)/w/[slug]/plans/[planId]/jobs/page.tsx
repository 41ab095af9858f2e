import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { listJobDescriptions } from "@/lib/server/data/job-descriptions";
import { formatDateTime, loadPlanPage, notFoundOn, plansPath } from "../../../_lib/load";
import { JdDownloadLinks, PlanExportLinks } from "./export-links";

export const metadata: Metadata = { title: "Job descriptions" };

export default async function JobDescriptionsPage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { user, actor, access, plan } = await loadPlanPage(slug, planId, plansPath(slug, `/${planId}/jobs`));
  const { items, plan: summary } = await listJobDescriptions(actor, plan.id).catch(notFoundOn);
  const base = plansPath(access.slug, `/${plan.id}`);
  return (
    <AppShell user={user} currentSlug={access.slug}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/w/${access.slug}`}>{access.name}</Link> / <Link href={plansPath(access.slug)}>Team plans</Link> / <Link href={base}>{plan.name}</Link> / Job descriptions
      </nav>
      <h1>Job descriptions</h1>
      <p className="muted">
        One draft per role on the plan, built from the plan&apos;s phases and the workspace&apos;s role library.{" "}
        {summary.canEdit ? "Edit a draft before you export it; every save is kept as a version." : "Owners, managers and HR edit drafts; you can read and download them."}
      </p>
      <div className="jd-cards">
        {items.map((item) => (
          <article key={item.roleKey} className="card jd-card" aria-labelledby={`jd-${item.roleKey}`}>
            <h2 id={`jd-${item.roleKey}`}>{item.title}</h2>
            <p className="muted">
              {item.headcount} {item.headcount === 1 ? "person" : "people"}, {item.seniority} ·{" "}
              {item.version === 0 ? "generated from the plan, not saved yet" : `saved version ${item.version}${item.updatedAt ? `, ${formatDateTime(item.updatedAt)}` : ""}`}
            </p>
            <p>
              <Link className="button primary" href={`${base}/jobs/${item.roleKey}`}>
                {summary.canEdit ? "Edit draft" : "View draft"}
              </Link>
            </p>
            <JdDownloadLinks planId={plan.id} roleKey={item.roleKey} title={item.title} />
          </article>
        ))}
      </div>
      <section aria-labelledby="plan-export-heading">
        <h2 id="plan-export-heading">Export the whole plan</h2>
        <PlanExportLinks planId={plan.id} />
      </section>
    </AppShell>
  );
}
