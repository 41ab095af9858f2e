import "server-only";
import { AppError } from "@/lib/errors";
import type { WorkspaceAccess } from "@/lib/server/data/access";
import { getPlanWorkspaceId } from "@/lib/server/data/plans";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";

/**
 * Plan forms carry the workspace slug only to build the page to go back to. It must name the
 * plan's own workspace: otherwise a tampered form saves the plan, then sends the user to another
 * workspace's address. Checked before anything is written; a mismatch is "not found".
 */
export async function requirePlanInWorkspace(actor: { userId: string }, slug: string, planId: string): Promise<WorkspaceAccess> {
  const access = await getWorkspaceAccess(actor, slug);
  if ((await getPlanWorkspaceId(actor, planId)) !== access.workspaceId) throw new AppError("not_found", "That plan does not exist or you do not have access to it.");
  return access;
}
