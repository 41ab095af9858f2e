import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/data/api-tokens";
import { parseOrThrow } from "@/lib/errors";
import { CreatePlanSchema } from "@/lib/schemas/plan";
import { canonicalJson, idempotencyActorKey } from "@/lib/server/data/idempotency";
import { sha256Hex } from "@/lib/server/tokens";
import { createPlanIdempotently } from "@/lib/server/data/plans";
import { PlanDetailResponseSchema } from "@/lib/server/openapi";
import { apiRequest, expectApiError, routeContext } from "@/tests/fixtures/api-requests";
import { buildCallerMatrix, type CallerMatrix } from "@/tests/fixtures/callers";
import type { TcpProxy } from "@/tests/fixtures/tcp-proxy";
import { connectDataLayerThroughProxy } from "@/tests/fixtures/data-layer";
import { type TestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));

const plansRoute = await import("@/app/api/v1/plans/route");
const planRoute = await import("@/app/api/v1/plans/[planId]/route");

const brief = { description: "A product recommender for our online store with 2 million users" };
const DAY_MS = 24 * 60 * 60 * 1000;

describeEachKind("API POST /api/v1/plans with Idempotency-Key", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  let proxy: TcpProxy | undefined;
  let fx: CallerMatrix;
  let users: CallerMatrix["users"];
  let workspace: { id: string; slug: string };
  let other: { id: string; slug: string };
  let managerToken: string;
  let secondManagerToken: string;
  let viewerToken: string;
  let otherWorkspaceToken: string;

  beforeAll(async () => {
    let database: TestDatabase;
    ({ disconnect, database, proxy } = await connectDataLayerThroughProxy(kind));
    databaseUrl = database.url;
    fx = await buildCallerMatrix({ workspaceName: "Idempotency" });
    ({ users, workspace } = fx);
    other = fx.otherWorkspace;
    managerToken = fx.tokens.valid.token;
    viewerToken = fx.tokens.viewer.token;
    otherWorkspaceToken = fx.tokens.otherWorkspace.token;
    secondManagerToken = (await createApiToken(fx.actors.owner, workspace.id, { name: "second", role: "MANAGER" })).token;
    // The owner is in the other workspace too, to show that one caller's key is per workspace.
    await db().membership.create({ data: { workspaceId: other.id, userId: users.owner.id, role: "MANAGER" } });
  });
  afterAll(async () => {
    await disconnect?.();
  });
  beforeEach(() => {
    session.user = null;
  });

  function post(init: { token?: string; key?: string; body?: unknown; path?: string; headers?: Record<string, string> }) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.key !== undefined) headers["idempotency-key"] = init.key;
    return plansRoute.POST(
      apiRequest(init.path ?? "/api/v1/plans", { method: "POST", token: init.token, body: init.body ?? { name: "Keyed", brief }, headers }),
      routeContext({}),
    );
  }

  async function created(response: Response, replayed: boolean) {
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBe(replayed ? "true" : null);
    const plan = PlanDetailResponseSchema.parse(await response.json());
    expect(response.headers.get("location")).toBe(`/api/v1/plans/${plan.id}`);
    expect(response.headers.get("etag")).toBe(`"${plan.currentVersion}"`);
    return plan;
  }

  const planCount = () => db().plan.count({ where: { workspaceId: { in: [workspace.id, other.id] } } });

  it("a retry with the same key and request answers the same plan, as it is now, and writes nothing", async () => {
    const key = randomUUID();
    const body = { name: "Retried", brief, notes: "Same request" };
    const firstResponse = await post({ token: managerToken, key, body });
    const firstJson: unknown = await firstResponse.clone().json();
    const first = await created(firstResponse, false);
    const plans = await planCount();
    const versions = await db().planVersion.count();
    // Same request with other whitespace and member order: the parsed request is what counts.
    const reordered = JSON.stringify({ notes: "Same request", brief, name: "Retried" }, null, 2);
    const replayResponse = await post({ token: managerToken, key, body: reordered });
    expect(await replayResponse.clone().json()).toEqual(firstJson);
    expect((await created(replayResponse, true)).id).toBe(first.id);
    expect(await planCount()).toBe(plans);
    expect(await db().planVersion.count()).toBe(versions);
    expect(await db().idempotencyKey.count({ where: { planId: first.id } })).toBe(1);

    // "As it is now": after an edit the replay shows version 2 (and its ETag).
    const patched = await planRoute.PATCH(
      apiRequest(`/api/v1/plans/${first.id}`, { method: "PATCH", token: managerToken, body: { notes: "Edited" }, headers: { "if-match": '"1"' } }),
      routeContext({ planId: first.id }),
    );
    expect(patched.status).toBe(200);
    const later = await created(await post({ token: managerToken, key, body }), true);
    expect(later).toMatchObject({ id: first.id, currentVersion: 2, content: { notes: "Edited" } });
    expect(await planCount()).toBe(plans);
  });

  it("the same key with a different request is 422 and writes nothing", async () => {
    const key = `order-${randomBytes(6).toString("hex")}`;
    const first = await created(await post({ token: managerToken, key, body: { name: "Original", brief } }), false);
    const plans = await planCount();
    const versions = await db().planVersion.count();
    const error = await expectApiError(await post({ token: managerToken, key, body: { name: "Something else", brief } }), 422, "unprocessable");
    expect(error.message).toMatch(/Idempotency-Key was already used with a different request/);
    expect(await planCount()).toBe(plans);
    expect(await db().planVersion.count()).toBe(versions);
    const row = await db().idempotencyKey.findFirstOrThrow({ where: { planId: first.id }, select: { requestHash: true, planId: true } });
    // The original request still replays.
    expect((await created(await post({ token: managerToken, key, body: { name: "Original", brief } }), true)).id).toBe(first.id);
    expect(await db().idempotencyKey.findFirstOrThrow({ where: { planId: first.id }, select: { requestHash: true, planId: true } })).toEqual(row);
  });

  it("20 requests at once with one key create exactly one plan; every answer is that plan (or the documented 409)", async () => {
    const key = randomUUID();
    const body = { name: `Burst ${key}`, brief };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post({ token: managerToken, key, body })));
    const rows = await db().plan.findMany({ where: { name: body.name }, select: { id: true } });
    expect(rows).toHaveLength(1);
    const planId = rows[0]!.id;
    let fresh = 0;
    for (const response of responses) {
      if (response.status === 409) {
        const error = await expectApiError(response, 409, "conflict");
        expect(error.message).toMatch(/still in progress/);
        expect(response.headers.get("retry-after")).not.toBeNull();
        continue;
      }
      const replayed = response.headers.get("idempotent-replayed") === "true";
      if (!replayed) fresh += 1;
      expect((await created(response, replayed)).id).toBe(planId);
    }
    expect(fresh).toBe(1);
    expect(await db().planVersion.count({ where: { planId } })).toBe(1);
    expect(await db().idempotencyKey.count({ where: { planId } })).toBe(1);
  });

  // PGlite is one connection, so requests never overlap there; on PostgreSQL a second request
  // with a key whose first request has not committed yet must wait for it, not create a plan.
  it.runIf(kind === "postgres")("a request waits for an uncommitted request with its key: replays it if it commits, creates if it rolls back", async () => {
    const body = { name: "Waited for", brief };
    const existing = await created(await post({ token: managerToken, key: randomUUID(), body }), false);
    const hashes = {
      actorKey: idempotencyActorKey(fx.tokens.valid.actor),
      requestHash: sha256Hex(canonicalJson(parseOrThrow(CreatePlanSchema, body))),
    };
    // Another request holds the key in an open transaction, as a create in flight does.
    const hold = async (key: string) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "IdempotencyKey" ("id", "workspaceId", "actorKey", "keyHash", "requestHash", "planId", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, now() AT TIME ZONE 'UTC')`,
        [randomUUID(), workspace.id, hashes.actorKey, sha256Hex(key), hashes.requestHash, existing.id],
      );
      return client;
    };
    const settled = async (pending: Promise<Response>) => Promise.race([pending.then(() => "answered"), new Promise((resolve) => setTimeout(resolve, 300, "waiting"))]);

    const committedKey = randomUUID();
    const committer = await hold(committedKey);
    const waiting = post({ token: managerToken, key: committedKey, body });
    expect(await settled(waiting)).toBe("waiting");
    await committer.query("COMMIT");
    await committer.end();
    expect((await created(await waiting, true)).id).toBe(existing.id);

    const abandonedKey = randomUUID();
    const abandoner = await hold(abandonedKey);
    const plans = await planCount();
    const next = post({ token: managerToken, key: abandonedKey, body });
    expect(await settled(next)).toBe("waiting");
    await abandoner.query("ROLLBACK");
    await abandoner.end();
    const own = await created(await next, false);
    expect(own.id).not.toBe(existing.id);
    expect(await planCount()).toBe(plans + 1);
  });

  // The reason for keys: a create can commit and still be answered 503, when the connection
  // drops between the commit and its reply. The retry the 503 invites must not make a second plan.
  it.runIf(kind === "postgres")("a create whose reply was lost after its commit answers 503; the retry with its key replays that plan", async () => {
    const key = randomUUID();
    const body = { name: `Lost reply ${key}`, brief };
    proxy!.dropNextReplyTo("teamwright_insert_plan_with_first_version_once");
    await expectApiError(await post({ token: managerToken, key, body }), 503, "unavailable");
    expect(proxy!.dropped).toBe(1);
    // The server may still be finishing the commit it could not report.
    let stored = await db().plan.findMany({ where: { name: body.name }, select: { id: true } });
    for (let attempt = 0; attempt < 40 && stored.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      stored = await db().plan.findMany({ where: { name: body.name }, select: { id: true } });
    }
    expect(stored).toHaveLength(1);
    const retried = await created(await post({ token: managerToken, key, body }), true);
    expect(retried.id).toBe(stored[0]!.id);
    expect(await db().plan.count({ where: { name: body.name } })).toBe(1);
  });

  it("a key older than 24 hours is forgotten: reusing it creates a new plan, even with another request", async () => {
    const key = randomUUID();
    const first = await created(await post({ token: managerToken, key, body: { name: "Yesterday", brief } }), false);
    await db().idempotencyKey.updateMany({ where: { planId: first.id }, data: { createdAt: new Date(Date.now() - DAY_MS - 1000) } });
    const again = await created(await post({ token: managerToken, key, body: { name: "Today", brief } }), false);
    expect(again.id).not.toBe(first.id);
    // The key now belongs to the new plan, for another 24 hours; the old plan is untouched.
    const rows = await db().idempotencyKey.findMany({ where: { planId: { in: [first.id, again.id] } }, select: { planId: true } });
    expect(rows).toEqual([{ planId: again.id }]);
    expect((await created(await post({ token: managerToken, key, body: { name: "Today", brief } }), true)).id).toBe(again.id);
    expect(await db().plan.count({ where: { id: first.id } })).toBe(1);
  });

  it("a keyed create deletes the caller's own expired keys, and only those", async () => {
    const mine = await created(await post({ token: managerToken, key: randomUUID(), body: { name: "Old mine", brief } }), false);
    const theirs = await created(await post({ token: secondManagerToken, key: randomUUID(), body: { name: "Old theirs", brief } }), false);
    const live = await created(await post({ token: managerToken, key: randomUUID(), body: { name: "Live mine", brief } }), false);
    const old = new Date(Date.now() - 2 * DAY_MS);
    await db().idempotencyKey.updateMany({ where: { planId: { in: [mine.id, theirs.id] } }, data: { createdAt: old } });
    await created(await post({ token: managerToken, key: randomUUID(), body: { name: "Sweeper", brief } }), false);
    expect(await db().idempotencyKey.count({ where: { planId: mine.id } })).toBe(0);
    expect(await db().idempotencyKey.count({ where: { planId: theirs.id } })).toBe(1);
    expect(await db().idempotencyKey.count({ where: { planId: live.id } })).toBe(1);
    // The plans themselves stay: only the memory of the key goes.
    expect(await db().plan.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);
  });

  it("keys are per caller and per workspace: nobody replays another's plan", async () => {
    const key = randomUUID();
    const body = { name: "Scoped", brief };
    const byToken = await created(await post({ token: managerToken, key, body }), false);
    const byOtherToken = await created(await post({ token: secondManagerToken, key, body }), false);
    const byOtherWorkspace = await created(await post({ token: otherWorkspaceToken, key, body }), false);
    session.user = users.owner;
    const sameOrigin = { "sec-fetch-site": "same-origin" };
    const bySession = await created(await post({ key, body, path: `/api/v1/plans?workspace=${workspace.slug}`, headers: sameOrigin }), false);
    const bySessionElsewhere = await created(await post({ key, body, path: `/api/v1/plans?workspace=${other.slug}`, headers: sameOrigin }), false);
    session.user = users.manager;
    const byOtherUser = await created(await post({ key, body, path: `/api/v1/plans?workspace=${workspace.slug}`, headers: sameOrigin }), false);
    const ids = [byToken, byOtherToken, byOtherWorkspace, bySession, bySessionElsewhere, byOtherUser].map((plan) => plan.id);
    expect(new Set(ids).size).toBe(6);
    expect(byOtherWorkspace.workspaceId).toBe(other.id);
    expect(bySessionElsewhere.workspaceId).toBe(other.id);
    // Each caller's retry replays its own plan.
    expect((await created(await post({ key, body, path: `/api/v1/plans?workspace=${workspace.slug}`, headers: sameOrigin }), true)).id).toBe(byOtherUser.id);
    session.user = null;
    expect((await created(await post({ token: secondManagerToken, key, body }), true)).id).toBe(byOtherToken.id);
  });

  it("authorisation comes first: a viewer token with a key is 403, an unknown workspace 404, and nothing is written", async () => {
    const key = randomUUID();
    const plans = await planCount();
    const keys = await db().idempotencyKey.count();
    await expectApiError(await post({ token: viewerToken, key }), 403, "forbidden");
    session.user = users.viewer;
    await expectApiError(await post({ key, path: `/api/v1/plans?workspace=${workspace.slug}`, headers: { "sec-fetch-site": "same-origin" } }), 403, "forbidden");
    await expectApiError(await post({ key, path: "/api/v1/plans?workspace=no-such-workspace", headers: { "sec-fetch-site": "same-origin" } }), 404, "not_found");
    session.user = null;
    await expectApiError(await post({ token: managerToken, key, path: `/api/v1/plans?workspace=${other.slug}` }), 404, "not_found");
    await expectApiError(await post({ key }), 401, "unauthenticated");
    expect(await planCount()).toBe(plans);
    expect(await db().idempotencyKey.count()).toBe(keys);
  });

  it("a retry is authorised again: a caller demoted to viewer gets 403, one removed 404, not the plan", async () => {
    const key = randomUUID();
    const demoted = await db().user.create({ data: { name: "demoted", email: `demoted.${randomBytes(4).toString("hex")}@example.com` }, select: { id: true, email: true, name: true } });
    const membership = await db().membership.create({ data: { workspaceId: workspace.id, userId: demoted.id, role: "MANAGER" }, select: { id: true } });
    session.user = demoted;
    const path = `/api/v1/plans?workspace=${workspace.slug}`;
    const sameOrigin = { "sec-fetch-site": "same-origin" };
    await created(await post({ key, path, headers: sameOrigin }), false);
    await db().membership.update({ where: { id: membership.id }, data: { role: "VIEWER" } });
    await expectApiError(await post({ key, path, headers: sameOrigin }), 403, "forbidden");
    await db().membership.delete({ where: { id: membership.id } });
    await expectApiError(await post({ key, path, headers: sameOrigin }), 404, "not_found");
  });

  it("a malformed Idempotency-Key is 400 naming the header, and nothing is written", async () => {
    const plans = await planCount();
    for (const key of ["", "x".repeat(256), "caf\u00e9", "tab\there", "bell\u0007"]) {
      const error = await expectApiError(await post({ token: managerToken, key }), 400, "bad_request");
      expect(error.message).toMatch(/Idempotency-Key/);
    }
    expect(await planCount()).toBe(plans);
    // The limits themselves are fine.
    await created(await post({ token: managerToken, key: "k".repeat(255) }), false);
    await created(await post({ token: managerToken, key: "a" }), false);
    await created(await post({ token: managerToken, key: " ~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}" }), false);
  });

  it("without the header nothing changes: every POST creates a plan and no key is stored", async () => {
    const keys = await db().idempotencyKey.count();
    const body = { name: "Unkeyed", brief };
    const first = await created(await post({ token: managerToken, body }), false);
    const second = await created(await post({ token: managerToken, body }), false);
    expect(second.id).not.toBe(first.id);
    expect(await db().idempotencyKey.count()).toBe(keys);
  });

  it("the key and the plan commit together: a create that fails leaves no key behind", async () => {
    // A token whose recorded owner no longer exists: authorisation passes, the plan insert fails.
    const actor = { kind: "token" as const, tokenId: `ghost-${randomUUID()}`, workspaceId: workspace.id, role: "MANAGER" as const, userId: `ghost-${randomUUID()}` };
    const plans = await planCount();
    const keys = await db().idempotencyKey.count();
    await expect(createPlanIdempotently(actor, workspace.id, { name: "Doomed", brief }, "doomed-key")).rejects.toThrow();
    expect(await planCount()).toBe(plans);
    expect(await db().idempotencyKey.count()).toBe(keys);
  });

  it("the data layer's clock decides expiry: a key replays until 24 hours after its request", async () => {
    const actor = { userId: users.manager.id };
    const start = new Date(Date.now() - 3 * DAY_MS);
    const input = { name: "Clocked", brief };
    const first = await createPlanIdempotently(actor, workspace.id, input, "clocked", start);
    expect(first.replayed).toBe(false);
    const justBefore = await createPlanIdempotently(actor, workspace.id, input, "clocked", new Date(start.getTime() + DAY_MS - 1));
    expect(justBefore).toMatchObject({ replayed: true, plan: { id: first.plan.id } });
    const after = await createPlanIdempotently(actor, workspace.id, input, "clocked", new Date(start.getTime() + DAY_MS));
    expect(after.replayed).toBe(false);
    expect(after.plan.id).not.toBe(first.plan.id);
  });
});
