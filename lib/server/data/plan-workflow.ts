import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors";
import {
  TransitionPlanSchema,
  nextPlanStatus,
  planStatusLabels,
  planTransitions,
  type PlanStatus,
  type PlanTransitionAction,
} from "@/lib/schemas/plan";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import { authorFields, planEditors, planNotFound, planReaders, requirePlanAccess, staleVersionError } from "@/lib/server/data/plan-access";
import { getPlan, type PersonRef, type PlanDetail } from "@/lib/server/data/plans";

export interface PlanEventDto {
  id: string;
  kind: string;
  fromStatus: PlanStatus | null;
  toStatus: PlanStatus | null;
  version: number;
  actor: PersonRef;
  viaApiToken: boolean;
  createdAt: Date;
}

const eventKinds: Record<PlanTransitionAction, string> = {
  submit: "submitted",
  approve: "approved",
  "return-to-draft": "returned-to-draft",
  archive: "archived",
  unarchive: "unarchived",
};

function illegalTransition(status: PlanStatus, action: PlanTransitionAction): AppError {
  const allowedFrom = planTransitions[action].from.map((from) => planStatusLabels[from].toLowerCase()).join(" or ");
  return new AppError(
    "conflict",
    `This plan is ${planStatusLabels[status].toLowerCase()}, so "${planTransitions[action].label}" does not apply; it needs a plan that is ${allowedFrom}.`,
    { details: { status, action } },
  );
}

/**
 * Moves a plan through the workflow (see planTransitions in lib/schemas/plan.ts). The status
 * check is part of the UPDATE's condition, so two people approving or archiving at once cannot
 * both succeed from the same status; with `baseVersion`, a plan saved since the actor looked is
 * refused with the 409 that names the other change (nobody approves content they have not seen).
 */
export async function transitionPlan(
  actor: Actor,
  planId: string,
  action: PlanTransitionAction,
  baseVersion?: number,
  now = new Date(),
): Promise<PlanDetail> {
  await requirePlanAccess(actor, planId, planEditors);
  const parsed = parseOrThrow(TransitionPlanSchema, { action, ...(baseVersion !== undefined ? { version: baseVersion } : {}) });
  const transition = planTransitions[parsed.action];
  const author = authorFields(actor);
  const done = await db().$transaction(async (tx) => {
    const current = await tx.plan.findUnique({ where: { id: planId }, select: { status: true, currentVersion: true } });
    if (!current) throw planNotFound();
    const updated = await tx.plan.updateMany({
      where: {
        id: planId,
        status: { in: [...transition.from] },
        ...(parsed.version !== undefined ? { currentVersion: parsed.version } : {}),
      },
      data: {
        status: transition.to,
        ...(transition.to === "APPROVED" ? { approvedById: author.createdById, approvedAt: now } : { approvedById: null, approvedAt: null }),
      },
    });
    if (updated.count !== 1) return null;
    // Locked by the UPDATE: this is the version the transition applied to.
    const after = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { currentVersion: true } });
    await tx.planEvent.create({
      data: {
        planId,
        kind: eventKinds[parsed.action],
        fromStatus: current.status,
        toStatus: transition.to,
        version: after.currentVersion,
        actorId: author.createdById,
        apiTokenId: author.apiTokenId,
        createdAt: now,
      },
    });
    return true;
  });
  if (!done) {
    const plan = await db().plan.findUnique({ where: { id: planId }, select: { status: true, currentVersion: true } });
    if (!plan) throw planNotFound();
    if (parsed.version !== undefined && plan.currentVersion !== parsed.version) throw await staleVersionError(db(), planId, parsed.version);
    if (nextPlanStatus(plan.status, parsed.action) === null) throw illegalTransition(plan.status, parsed.action);
    // The status changed back between our read and the retry; ask the client to look again.
    throw new AppError("conflict", "This plan's status changed while you were acting on it. Reload and try again.");
  }
  return getPlan(actor, planId);
}

/** The workflow history, oldest first: submissions, approvals (who and when), returns, archiving. */
export async function listPlanEvents(actor: Actor, planId: string): Promise<PlanEventDto[]> {
  await requirePlanAccess(actor, planId, planReaders);
  const rows = await db().planEvent.findMany({
    where: { planId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, fromStatus: true, toStatus: true, version: true, createdAt: true, apiTokenId: true, actor: { select: { id: true, name: true } } },
  });
  return rows.map(({ apiTokenId, ...row }) => ({ ...row, viaApiToken: apiTokenId !== null }));
}
