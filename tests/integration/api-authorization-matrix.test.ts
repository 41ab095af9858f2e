import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/server/data/api-tokens";
import { getJobDescription } from "@/lib/server/data/job-descriptions";
import { createPlan, updatePlan } from "@/lib/server/data/plans";
import { db } from "@/lib/server/db";
import { ErrorResponseSchema } from "@/lib/server/openapi";
import { apiRoutes, ORIGIN, routeContext, routePath, routesOutOfScope, scanRouteMethods, type RouteParams } from "@/tests/fixtures/api-routes";
import { buildCallerMatrix, callerKinds, type CallerKind, type CallerMatrix, validTokenRole } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));

/**
 * Every API route × method × kind of caller, called in-process against the real data layer.
 * Session callers send `Sec-Fetch-Site: same-origin` (our own pages); `crossSite` is the owner's
 * session cookie riding on a request from another site, which may read but never write.
 * The valid token acts as a MANAGER; share-link tokens are sent both as a Bearer token and as
 * `?token=`: they open /share pages, never the API.
 */

type Column = CallerKind | "crossSite";
const columns: readonly Column[] = [...callerKinds, "crossSite"];
const codes: Record<number, string> = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" };

// prettier-ignore
const matrix: [route: string, ...cells: number[]][] = [
  //                                                                  anon oth  view hr   mgr  own  tok  rTok sl   rSl  xSite
  ["GET /api/health",                                                 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ["GET /api/ping",                                                   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ["POST /api/v1/drafts",                                             200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ["GET /api/v1/openapi.json",                                        200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ["GET /api/v1/plans",                                               401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["POST /api/v1/plans",                                              401, 404, 403, 403, 201, 201, 201, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]",                                      401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["PATCH /api/v1/plans/[planId]",                                    401, 404, 403, 403, 200, 200, 200, 401, 401, 401, 403],
  ["DELETE /api/v1/plans/[planId]",                                   401, 404, 403, 403, 200, 200, 200, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]/comments",                             401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["POST /api/v1/plans/[planId]/comments",                            401, 404, 403, 201, 201, 201, 201, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]/export",                               401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["GET /api/v1/plans/[planId]/job-descriptions/[roleKey]",           401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["PUT /api/v1/plans/[planId]/job-descriptions/[roleKey]",           401, 404, 403, 200, 200, 200, 200, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/export",    401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions",  401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions/[version]", 401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["POST /api/v1/plans/[planId]/scenarios",                           401, 404, 403, 403, 201, 201, 201, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]/transitions",                          401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["POST /api/v1/plans/[planId]/transitions",                         401, 404, 403, 403, 200, 200, 200, 401, 401, 401, 403],
  ["GET /api/v1/plans/[planId]/versions",                             401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["GET /api/v1/plans/[planId]/versions/[version]",                   401, 404, 200, 200, 200, 200, 200, 401, 401, 401, 200],
  ["POST /api/v1/plans/[planId]/versions/[version]/restore",          401, 404, 403, 403, 200, 200, 200, 401, 401, 401, 403],
  // Token administration: signed-in owners only; a token never manages tokens (403 even when valid).
  ["GET /api/v1/tokens",                                              401, 404, 403, 403, 403, 200, 403, 401, 401, 401, 200],
  ["POST /api/v1/tokens",                                             401, 404, 403, 403, 403, 201, 403, 401, 401, 401, 403],
  ["DELETE /api/v1/tokens/[tokenId]",                                 401, 404, 403, 403, 403, 204, 403, 401, 401, 401, 403],
];

interface Call {
  params: RouteParams;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

const brief = { description: "A product recommender for our online store" };

/**
 * What each route is called with. Writes get a fresh object per call (a new plan, token...), so a
 * cell that succeeds leaves nothing behind that another cell could trip over.
 */
function callsFor(fx: CallerMatrix): Record<string, () => Promise<Call>> {
  const owner = fx.actors.owner;
  const workspace = { workspace: fx.workspace.slug };
  const freshPlan = async () => (await createPlan(owner, fx.workspace.id, { name: "Matrix fresh", brief })).id;
  const planParams = { planId: fx.plan.id };
  return {
    "GET /api/health": async () => ({ params: {} }),
    "GET /api/ping": async () => ({ params: {} }),
    "POST /api/v1/drafts": async () => ({ params: {}, body: brief }),
    "GET /api/v1/openapi.json": async () => ({ params: {} }),
    "GET /api/v1/plans": async () => ({ params: {}, query: workspace }),
    "POST /api/v1/plans": async () => ({ params: {}, query: workspace, body: { name: "Via API", brief } }),
    "GET /api/v1/plans/[planId]": async () => ({ params: planParams }),
    "PATCH /api/v1/plans/[planId]": async () => ({ params: { planId: await freshPlan() }, headers: { "if-match": '"1"' }, body: { notes: "edited" } }),
    "DELETE /api/v1/plans/[planId]": async () => ({ params: { planId: await freshPlan() } }),
    "GET /api/v1/plans/[planId]/comments": async () => ({ params: planParams }),
    "POST /api/v1/plans/[planId]/comments": async () => ({ params: { planId: await freshPlan() }, body: { body: "Looks right" } }),
    "GET /api/v1/plans/[planId]/export": async () => ({ params: planParams, query: { format: "json" } }),
    "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]": async () => ({ params: { ...planParams, roleKey: fx.plan.draftRoleKey } }),
    "PUT /api/v1/plans/[planId]/job-descriptions/[roleKey]": async () => {
      const planId = await freshPlan();
      const { content } = await getJobDescription(owner, planId, "ai-engineer");
      return { params: { planId, roleKey: "ai-engineer" }, headers: { "if-match": '"0"' }, body: { content } };
    },
    "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/export": async () => ({ params: { ...planParams, roleKey: fx.plan.draftRoleKey }, query: { format: "md" } }),
    "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions": async () => ({ params: { ...planParams, roleKey: fx.plan.draftRoleKey } }),
    "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions/[version]": async () => ({
      params: { ...planParams, roleKey: fx.plan.draftRoleKey, version: String(fx.plan.draftVersion) },
    }),
    "POST /api/v1/plans/[planId]/scenarios": async () => ({ params: planParams, body: { name: "Scenario" } }),
    "GET /api/v1/plans/[planId]/transitions": async () => ({ params: planParams }),
    "POST /api/v1/plans/[planId]/transitions": async () => ({ params: { planId: await freshPlan() }, body: { action: "submit" } }),
    "GET /api/v1/plans/[planId]/versions": async () => ({ params: planParams }),
    "GET /api/v1/plans/[planId]/versions/[version]": async () => ({ params: { ...planParams, version: "1" } }),
    "POST /api/v1/plans/[planId]/versions/[version]/restore": async () => {
      const planId = await freshPlan();
      await updatePlan(owner, planId, 1, { notes: "v2" });
      return { params: { planId, version: "1" }, headers: { "if-match": '"2"' } };
    },
    "GET /api/v1/tokens": async () => ({ params: {}, query: workspace }),
    "POST /api/v1/tokens": async () => ({ params: {}, query: workspace, body: { name: "Matrix", role: "VIEWER" } }),
    "DELETE /api/v1/tokens/[tokenId]": async () => ({
      params: { tokenId: (await createApiToken(owner, fx.workspace.id, { name: "to revoke", role: "VIEWER" })).apiToken.id },
      query: workspace,
    }),
  };
}

/** How each kind of caller presents itself: the session it has and what it adds to the request. */
function credentialsOf(fx: CallerMatrix, column: Column): { user: CallCredentialsUser; variants: { headers: Record<string, string>; query: Record<string, string> }[] } {
  const sameOrigin = { "sec-fetch-site": "same-origin", origin: ORIGIN };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  type Variant = { headers: Record<string, string>; query: Record<string, string> };
  const shareLink = (token: string): Variant[] => [
    { headers: bearer(token), query: {} },
    { headers: {}, query: { token } },
  ];
  switch (column) {
    case "anonymous":
      return { user: null, variants: [{ headers: {}, query: {} }] };
    case "otherWorkspace":
      return { user: fx.users.outsider, variants: [{ headers: sameOrigin, query: {} }] };
    case "viewer":
    case "hr":
    case "manager":
    case "owner":
      return { user: fx.users[column], variants: [{ headers: sameOrigin, query: {} }] };
    case "validToken":
      return { user: null, variants: [{ headers: bearer(fx.tokens.valid.token), query: {} }] };
    case "revokedToken":
      return { user: null, variants: [{ headers: bearer(fx.tokens.revoked.token), query: {} }] };
    case "validShareLink":
      return { user: null, variants: shareLink(fx.shareLinks.valid.token) };
    case "revokedShareLink":
      return { user: null, variants: shareLink(fx.shareLinks.revoked.token) };
    case "crossSite":
      return { user: fx.users.owner, variants: [{ headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, query: {} }] };
  }
}
type CallCredentialsUser = { id: string; email: string; name: string } | null;

function buildRequest(method: string, pattern: string, call: Call, credentials: { headers: Record<string, string>; query: Record<string, string> }): Request {
  const url = new URL(routePath(pattern, call.params), ORIGIN);
  for (const [name, value] of Object.entries({ ...call.query, ...credentials.query })) url.searchParams.set(name, value);
  const headers = new Headers({ ...call.headers, ...credentials.headers });
  if (call.body !== undefined) headers.set("content-type", "application/json");
  return new Request(url, { method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
}

/** Row counts that any write would move; a refused write must leave them all as they were. */
async function writeCounts() {
  const [plans, versions, events, comments, jdVersions, liveTokens, archived] = await Promise.all([
    db().plan.count(),
    db().planVersion.count(),
    db().planEvent.count(),
    db().planComment.count(),
    db().jobDescriptionVersion.count(),
    db().apiToken.count({ where: { revokedAt: null } }),
    db().plan.count({ where: { status: { not: "DRAFT" } } }),
  ]);
  return { plans, versions, events, comments, jdVersions, liveTokens, archived };
}

describe("the matrix itself", () => {
  it("lists every route.ts method under app/api (a new route must be added here)", () => {
    const listed = [...matrix.map(([route]) => route), ...Object.keys(routesOutOfScope)].sort();
    expect(scanRouteMethods()).toEqual(listed);
    expect(apiRoutes.map((route) => route.key).sort()).toEqual(matrix.map(([route]) => route).sort());
  });
  it("has one cell per caller kind in every row", () => {
    for (const [route, ...cells] of matrix) expect(cells, route).toHaveLength(columns.length);
    expect(validTokenRole).toBe("MANAGER");
  });
});

describeEachKind("API authorization matrix", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let fx: CallerMatrix;
  let calls: Record<string, () => Promise<Call>>;

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    fx = await buildCallerMatrix({ workspaceName: "Api Matrix" });
    calls = callsFor(fx);
  });
  afterAll(async () => {
    await disconnect?.();
  });
  beforeEach(() => {
    session.user = null;
  });

  const cells = matrix.flatMap(([route, ...statuses]) => columns.map((column, index) => [route, column, statuses[index]!] as const));
  it.each(cells)("%s × %s → %i", async (routeKey, column, status) => {
    const route = apiRoutes.find((candidate) => candidate.key === routeKey)!;
    const credentials = credentialsOf(fx, column);
    for (const variant of credentials.variants) {
      const call = await calls[routeKey]!();
      session.user = credentials.user;
      const before = await writeCounts();
      const response = await route.handler(buildRequest(route.method, route.pattern, call, variant), routeContext(call.params));
      session.user = null;
      expect(response.status, `${routeKey} as ${column} (${JSON.stringify(variant)})`).toBe(status);
      if (status >= 400) {
        const body = ErrorResponseSchema.parse(await response.json());
        expect(body.error.code).toBe(codes[status]);
        if (route.method !== "GET") expect(await writeCounts(), "a refused write changes nothing").toEqual(before);
      } else {
        await response.arrayBuffer();
      }
    }
  });

  it("a cross-site session write without Fetch Metadata is judged by Origin: missing or foreign is 403", async () => {
    const route = apiRoutes.find((candidate) => candidate.key === "POST /api/v1/plans/[planId]/comments")!;
    const refused: Record<string, string>[] = [{}, { origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "same-site" }, { "sec-fetch-site": "none" }];
    for (const headers of refused) {
      const call = await calls[route.key]!();
      session.user = fx.users.owner;
      const response = await route.handler(buildRequest("POST", route.pattern, call, { headers, query: {} }), routeContext(call.params));
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe("forbidden");
    }
    const call = await calls[route.key]!();
    session.user = fx.users.owner;
    const sameOrigin = await route.handler(buildRequest("POST", route.pattern, call, { headers: { origin: ORIGIN }, query: {} }), routeContext(call.params));
    expect(sameOrigin.status).toBe(201);
  });

  it("another workspace's member reaches their own plan, and our valid token does not", async () => {
    const route = apiRoutes.find((candidate) => candidate.key === "GET /api/v1/plans/[planId]")!;
    const params = { planId: fx.otherWorkspace.planId };
    session.user = fx.users.outsider;
    expect((await route.handler(buildRequest("GET", route.pattern, { params }, { headers: {}, query: {} }), routeContext(params))).status).toBe(200);
    session.user = null;
    const foreign = await route.handler(buildRequest("GET", route.pattern, { params }, { headers: { authorization: `Bearer ${fx.tokens.valid.token}` }, query: {} }), routeContext(params));
    expect(foreign.status).toBe(404);
    expect(ErrorResponseSchema.parse(await foreign.json()).error.code).toBe("not_found");
  });

  it("POST /api/v1/plans with an Idempotency-Key answers every caller as without one; a refused create remembers no key", async () => {
    const route = apiRoutes.find((candidate) => candidate.key === "POST /api/v1/plans")!;
    const statuses = matrix.find(([key]) => key === route.key)!.slice(1);
    for (const [index, column] of columns.entries()) {
      const credentials = credentialsOf(fx, column);
      for (const variant of credentials.variants) {
        const call = await calls[route.key]!();
        session.user = credentials.user;
        const before = { ...(await writeCounts()), keys: await db().idempotencyKey.count() };
        const keyed = { ...call, headers: { "idempotency-key": randomUUID() } };
        const response = await route.handler(buildRequest(route.method, route.pattern, keyed, variant), routeContext(call.params));
        session.user = null;
        const where = `${column} (${JSON.stringify(variant)})`;
        expect(response.status, where).toBe(statuses[index]);
        if (response.status >= 400) {
          expect(ErrorResponseSchema.parse(await response.json()).error.code, where).toBe(codes[response.status]);
          expect({ ...(await writeCounts()), keys: await db().idempotencyKey.count() }, where).toEqual(before);
        } else {
          await response.arrayBuffer();
          expect(await db().idempotencyKey.count(), where).toBe(before.keys + 1);
        }
      }
    }
  });
});
