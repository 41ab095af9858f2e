import "server-only";
import { parseOrThrow } from "@/lib/errors";
import { CreateCommentSchema, type CreateCommentInput } from "@/lib/schemas/plan";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import { planCommenters, planReaders, requirePlanAccess } from "@/lib/server/data/plan-access";
import type { PersonRef } from "@/lib/server/data/plans";

export interface PlanCommentDto {
  id: string;
  body: string;
  createdAt: Date;
  author: PersonRef;
}

const commentSelect = { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } } as const;

/** HR, managers and owners comment; viewers read. A token comments in its creator's name. */
export async function addComment(actor: Actor, planId: string, input: CreateCommentInput, now = new Date()): Promise<PlanCommentDto> {
  await requirePlanAccess(actor, planId, planCommenters);
  const parsed = parseOrThrow(CreateCommentSchema, input);
  return db().planComment.create({ data: { planId, authorId: actor.userId, body: parsed.body, createdAt: now }, select: commentSelect });
}

/** Oldest first, like a conversation; capped so one plan's thread cannot grow a page without bound. */
export async function listComments(actor: Actor, planId: string): Promise<PlanCommentDto[]> {
  await requirePlanAccess(actor, planId, planReaders);
  return db().planComment.findMany({ where: { planId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500, select: commentSelect });
}
