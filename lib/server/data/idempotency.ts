import "server-only";
import { AppError } from "@/lib/errors";
import { type Actor, isTokenActor } from "@/lib/server/data/access";
import { IDEMPOTENCY_KEY_TTL_HOURS } from "@/lib/schemas/idempotency-key";
import { type NamedStatement, db, sql } from "@/lib/server/db";

/**
 * Idempotency keys for plan creation (the `Idempotency-Key` header of POST /api/v1/plans): who
 * a key belongs to, how keys and requests are hashed, and what a reused key answers. The key row
 * itself is written in the plan's own insert statement (plans.ts), so the two commit together.
 */

/** A key is the caller's own: a token's keys are not its owner's session keys, nor another token's. */
export function idempotencyActorKey(actor: Actor): string {
  return isTokenActor(actor) ? `token:${actor.tokenId}` : `user:${actor.userId}`;
}

/**
 * JSON with object keys sorted at every level, so two requests that differ only in key order or
 * whitespace hash alike. `undefined` members are dropped, as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The key row a statement that wrote nothing ran into: the same caller's same key, still remembered. */
export function findIdempotencyKey(workspaceId: string, actorKey: string, keyHash: string) {
  return db().idempotencyKey.findUnique({
    where: { workspaceId_actorKey_keyHash: { workspaceId, actorKey, keyHash } },
    select: { planId: true, requestHash: true },
  });
}

/**
 * Forgets the caller's keys older than 24 hours in this workspace, so the table holds about a day
 * of keys per caller without a background job. Called after each keyed create, as a statement of
 * its own: inside the create it would lock other keys' rows while the create may wait on its own
 * key, and two such creates could deadlock. At most 100 rows a call, skipping rows another request
 * holds (it may be taking that expired key over). Housekeeping only: the plan is already
 * committed, so a failure here must not turn its 201 into an error; the next keyed create retries.
 */
export async function deleteExpiredIdempotencyKeys(workspaceId: string, actorKey: string, now: Date): Promise<void> {
  try {
    await sql().query(deleteExpiredKeys, [workspaceId, actorKey, now.toISOString(), IDEMPOTENCY_KEY_TTL_HOURS]);
  } catch {
    // See above: nothing to report to the client, and the rows are deleted next time.
  }
}

const deleteExpiredKeys: NamedStatement = {
  name: "teamwright_delete_expired_idempotency_keys",
  text: `DELETE FROM "IdempotencyKey" WHERE "id" IN (
      SELECT "id" FROM "IdempotencyKey"
       WHERE "workspaceId" = $1 AND "actorKey" = $2
         AND "createdAt" <= ($3::timestamptz AT TIME ZONE 'UTC') - make_interval(hours => $4::int)
       LIMIT 100 FOR UPDATE SKIP LOCKED)`,
};

export const idempotencyKeyReused = () =>
  new AppError(
    "unprocessable",
    "This Idempotency-Key was already used with a different request. Send a new key for a new plan, or resend the original request unchanged.",
    { details: { reason: "idempotency_key_reused" } },
  );

/** Only when the remembered plan vanished twice while answering (deleted meanwhile): retrying settles it. */
export const idempotencyKeyInProgress = () =>
  new AppError("conflict", "A request with this Idempotency-Key is still in progress; retry it in a moment.", {
    retryAfterSeconds: 1,
    details: { reason: "idempotency_key_in_progress" },
  });
