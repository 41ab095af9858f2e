import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { permissionsFor } from "@/lib/server/data/plan-access";
import { getPlan, type PlanDetail } from "@/lib/server/data/plans";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";

/** "Not found" from the data layer is a 404 page; anything else is a real error. */
export function notFoundOn(error: unknown): never {
  if (error instanceof AppError && error.code === "not_found") notFound();
  throw error;
}

/** Every workspace page starts here: the session, then membership of the workspace in the URL. */
export async function loadWorkspacePage(slug: string, returnTo: string) {
  const user = await requireUser(returnTo);
  const access = await getWorkspaceAccess({ userId: user.id }, slug).catch(notFoundOn);
  return { user, actor: { userId: user.id }, access, permissions: permissionsFor(access.role) };
}

/**
 * A plan page: the plan must belong to the workspace in the URL, so /w/a/plans/<id of b's plan>
 * is a 404 even for someone in both workspaces (links always name the plan's own workspace).
 */
export async function loadPlanPage(slug: string, planId: string, returnTo: string) {
  const page = await loadWorkspacePage(slug, returnTo);
  const plan: PlanDetail = await getPlan(page.actor, planId).catch(notFoundOn);
  if (plan.workspaceId !== page.access.workspaceId) notFound();
  return { ...page, plan };
}

export function plansPath(slug: string, suffix = ""): string {
  return `/w/${slug}/plans${suffix}`;
}

export { formatDateTime } from "@/lib/ui/format-date";

/** One query-string value: repeated or empty parameters count as absent. */
export function searchParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
