import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { db } from "@/lib/server/db";
import { createApiToken, revokeApiToken } from "@/lib/server/data/api-tokens";
import {
  ApiTokenListResponseSchema,
  CommentListResponseSchema,
  ConflictDetailsSchema,
  CreatedApiTokenResponseSchema,
  PlanDetailResponseSchema,
  PlanEventListResponseSchema,
  PlanPageResponseSchema,
  VersionDetailResponseSchema,
  VersionDiffResponseSchema,
  VersionListResponseSchema,
} from "@/lib/server/openapi";
import { ORIGIN, apiRequest, expectApiError, routeContext } from "@/tests/fixtures/api-requests";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));

const plansRoute = await import("@/app/api/v1/plans/route");
const planRoute = await import("@/app/api/v1/plans/[planId]/route");
const versionsRoute = await import("@/app/api/v1/plans/[planId]/versions/route");
const versionRoute = await import("@/app/api/v1/plans/[planId]/versions/[version]/route");
const restoreRoute = await import("@/app/api/v1/plans/[planId]/versions/[version]/restore/route");
const transitionsRoute = await import("@/app/api/v1/plans/[planId]/transitions/route");
const commentsRoute = await import("@/app/api/v1/plans/[planId]/comments/route");
const scenariosRoute = await import("@/app/api/v1/plans/[planId]/scenarios/route");
const tokensRoute = await import("@/app/api/v1/tokens/route");
const tokenRoute = await import("@/app/api/v1/tokens/[tokenId]/route");
const openapiRoute = await import("@/app/api/v1/openapi.json/route");

const brief = { description: "A product recommender for our online store with 2 million users" };

describeEachKind("API /api/v1 plans", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  const users = {} as Record<"owner" | "manager" | "viewer" | "outsider", { id: string; email: string; name: string }>;
  let workspace: { id: string; slug: string };
  let managerToken: string;
  let viewerToken: string;
  let foreignToken: string;

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const suffix = randomBytes(4).toString("hex");
    for (const name of ["owner", "manager", "viewer", "outsider"] as const) {
      users[name] = await db().user.create({ data: { name, email: `${name}.${suffix}@example.com` }, select: { id: true, email: true, name: true } });
    }
    const roles: [string, WorkspaceRole][] = [
      [users.owner.id, "OWNER"],
      [users.manager.id, "MANAGER"],
      [users.viewer.id, "VIEWER"],
    ];
    workspace = await db().workspace.create({
      data: { name: "Api", slug: `api-${suffix}`, memberships: { create: roles.map(([userId, role]) => ({ userId, role })) } },
      select: { id: true, slug: true },
    });
    const other = await db().workspace.create({
      data: { name: "Other", slug: `other-${suffix}`, memberships: { create: { userId: users.outsider.id, role: "OWNER" } } },
      select: { id: true },
    });
    managerToken = (await createApiToken({ userId: users.owner.id }, workspace.id, { name: "ci", role: "MANAGER" })).token;
    viewerToken = (await createApiToken({ userId: users.owner.id }, workspace.id, { name: "bi", role: "VIEWER" })).token;
    foreignToken = (await createApiToken({ userId: users.outsider.id }, other.id, { name: "theirs", role: "MANAGER" })).token;
  });
  afterAll(async () => {
    await disconnect?.();
  });
  beforeEach(() => {
    session.user = null;
  });

  async function createViaToken(name = "API plan") {
    const response = await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", token: managerToken, body: { name, brief } }), routeContext({}));
    expect(response.status).toBe(201);
    return PlanDetailResponseSchema.parse(await response.json());
  }

  describe("authentication", () => {
    it("401 without a session or token, and for malformed, unknown or revoked tokens", async () => {
      await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans"), routeContext({})), 401, "unauthenticated");
      await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans", { headers: { authorization: "Basic abc" } }), routeContext({})), 401, "unauthenticated");
      await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans", { token: `tw_${"x".repeat(43)}` }), routeContext({})), 401, "unauthenticated");
      const revoked = await createApiToken({ userId: users.owner.id }, workspace.id, { name: "gone", role: "MANAGER" });
      expect((await plansRoute.GET(apiRequest("/api/v1/plans", { token: revoked.token }), routeContext({}))).status).toBe(200);
      await revokeApiToken({ userId: users.owner.id }, workspace.id, revoked.apiToken.id);
      const error = await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans", { token: revoked.token }), routeContext({})), 401, "unauthenticated");
      expect(error.message).toMatch(/revoked/);
      // A bad token is never rescued by a valid session cookie.
      session.user = users.manager;
      await expectApiError(await plansRoute.GET(apiRequest(`/api/v1/plans?workspace=${workspace.slug}`, { token: revoked.token }), routeContext({})), 401, "unauthenticated");
    });

    it("a session needs the workspace (query or header); outsiders get 404", async () => {
      session.user = users.viewer;
      const missing = await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans"), routeContext({})), 400, "bad_request");
      expect(missing.message).toMatch(/workspace/);
      expect((await plansRoute.GET(apiRequest(`/api/v1/plans?workspace=${workspace.slug}`), routeContext({}))).status).toBe(200);
      expect((await plansRoute.GET(apiRequest("/api/v1/plans", { headers: { "x-workspace": workspace.slug } }), routeContext({}))).status).toBe(200);
      session.user = users.outsider;
      await expectApiError(await plansRoute.GET(apiRequest(`/api/v1/plans?workspace=${workspace.slug}`), routeContext({})), 404, "not_found");
    });

    it("cookie-authenticated writes must be same-origin; token writes need no Origin", async () => {
      session.user = users.manager;
      const url = `/api/v1/plans?workspace=${workspace.slug}`;
      const before = await db().plan.count();
      await expectApiError(await plansRoute.POST(apiRequest(url, { method: "POST", body: { name: "x", brief }, headers: { "sec-fetch-site": "cross-site" } }), routeContext({})), 403, "forbidden");
      await expectApiError(await plansRoute.POST(apiRequest(url, { method: "POST", body: { name: "x", brief }, headers: { origin: "https://evil.example" } }), routeContext({})), 403, "forbidden");
      await expectApiError(await plansRoute.POST(apiRequest(url, { method: "POST", body: { name: "x", brief } }), routeContext({})), 403, "forbidden");
      expect(await db().plan.count()).toBe(before);
      const sameSite = await plansRoute.POST(apiRequest(url, { method: "POST", body: { name: "Same site", brief }, headers: { "sec-fetch-site": "same-origin" } }), routeContext({}));
      expect(sameSite.status).toBe(201);
      const sameOrigin = await plansRoute.POST(apiRequest(url, { method: "POST", body: { name: "Same origin", brief }, headers: { origin: ORIGIN } }), routeContext({}));
      expect(sameOrigin.status).toBe(201);
    });

    it("a token acts only in its own workspace", async () => {
      const plan = await createViaToken("Mine");
      await expectApiError(await planRoute.GET(apiRequest(`/api/v1/plans/${plan.id}`, { token: foreignToken }), routeContext({ planId: plan.id })), 404, "not_found");
      await expectApiError(await plansRoute.GET(apiRequest(`/api/v1/plans?workspace=${workspace.slug}`, { token: foreignToken }), routeContext({})), 404, "not_found");
      const theirs = PlanPageResponseSchema.parse(await (await plansRoute.GET(apiRequest("/api/v1/plans", { token: foreignToken }), routeContext({}))).json());
      expect(theirs.items.some((item) => item.id === plan.id)).toBe(false);
    });
  });

  describe("plans", () => {
    it("POST → 201 with Location and ETag; GET → ETag and 304 on If-None-Match", async () => {
      const response = await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", token: managerToken, body: { name: "Created", brief } }), routeContext({}));
      expect(response.status).toBe(201);
      const plan = PlanDetailResponseSchema.parse(await response.json());
      expect(response.headers.get("location")).toBe(`/api/v1/plans/${plan.id}`);
      expect(plan.costedHeadcount).toBe(plan.headcount - plan.content.draft.team.filter((role) => role.salaryBand === null).reduce((sum, role) => sum + role.headcount, 0));
      expect(response.headers.get("etag")).toBe('"1"');
      const got = await planRoute.GET(apiRequest(`/api/v1/plans/${plan.id}`, { token: viewerToken }), routeContext({ planId: plan.id }));
      expect(got.status).toBe(200);
      expect(got.headers.get("etag")).toBe('"1"');
      expect(PlanDetailResponseSchema.parse(await got.json()).id).toBe(plan.id);
      const cached = await planRoute.GET(apiRequest(`/api/v1/plans/${plan.id}`, { token: viewerToken, headers: { "if-none-match": '"1"' } }), routeContext({ planId: plan.id }));
      expect(cached.status).toBe(304);
      await expectApiError(await planRoute.GET(apiRequest("/api/v1/plans/nope", { token: viewerToken }), routeContext({ planId: "nope" })), 404, "not_found");
    });

    it("400 with field errors for invalid input and malformed JSON; 403 for a viewer token", async () => {
      const invalid = await expectApiError(
        await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", token: managerToken, body: { name: "", brief: { description: "tiny" } } }), routeContext({})),
        400,
        "validation_failed",
      );
      expect(invalid.fieldErrors?.name?.[0]).toBe("Give the plan a name.");
      expect(invalid.fieldErrors?.["brief.description"]?.[0]).toMatch(/too short/);
      await expectApiError(await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", token: managerToken, body: "{not json" }), routeContext({})), 400, "bad_request");
      await expectApiError(await plansRoute.POST(apiRequest("/api/v1/plans", { method: "POST", token: viewerToken, body: { name: "v", brief } }), routeContext({})), 403, "forbidden");
      await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans?limit=500", { token: viewerToken }), routeContext({})), 400, "validation_failed");
      // Decimal digits only: Number() would read each of these as a page size.
      for (const limit of ["0x10", "0b10", "0o20", "1e1", "16.0", "+16", " 16", "16 ", "1_6"]) {
        const refused = await expectApiError(await plansRoute.GET(apiRequest(`/api/v1/plans?limit=${encodeURIComponent(limit)}`, { token: viewerToken }), routeContext({})), 400, "validation_failed");
        expect(refused.fieldErrors?.limit, limit).toEqual(["The page size must be a whole number from 1 to 100."]);
      }
      const sixteen = await plansRoute.GET(apiRequest("/api/v1/plans?limit=16", { token: viewerToken }), routeContext({}));
      expect(sixteen.status).toBe(200);
    });

    it("lists with filters and a cursor", async () => {
      for (const name of ["Page A", "Page B", "Page C"]) await createViaToken(name);
      const first = PlanPageResponseSchema.parse(await (await plansRoute.GET(apiRequest("/api/v1/plans?q=page&limit=2&sort=name", { token: viewerToken }), routeContext({}))).json());
      expect(first.items.map((item) => item.name)).toEqual(["Page A", "Page B"]);
      const second = PlanPageResponseSchema.parse(
        await (await plansRoute.GET(apiRequest(`/api/v1/plans?q=page&limit=2&sort=name&cursor=${first.nextCursor}`, { token: viewerToken }), routeContext({}))).json(),
      );
      expect(second.items.map((item) => item.name)).toEqual(["Page C"]);
      expect(second.nextCursor).toBeNull();
      // Each plan says how many of its people the cost covers; the cost sort's cursor (a bigint key) pages over HTTP.
      for (const item of [...first.items, ...second.items]) expect(item.costedHeadcount).toBeLessThanOrEqual(item.headcount);
      const byCost = PlanPageResponseSchema.parse(await (await plansRoute.GET(apiRequest("/api/v1/plans?q=page&limit=2&sort=cost", { token: viewerToken }), routeContext({}))).json());
      const rest = PlanPageResponseSchema.parse(
        await (await plansRoute.GET(apiRequest(`/api/v1/plans?q=page&limit=2&sort=cost&cursor=${byCost.nextCursor}`, { token: viewerToken }), routeContext({}))).json(),
      );
      expect([...byCost.items, ...rest.items].map((item) => item.name).sort()).toEqual(["Page A", "Page B", "Page C"]);
    });

    it("PATCH needs If-Match; a stale one is 409 with the other change and nothing saved", async () => {
      const plan = await createViaToken("Patched");
      const patch = (headers: Record<string, string>, body: unknown) =>
        planRoute.PATCH(apiRequest(`/api/v1/plans/${plan.id}`, { method: "PATCH", token: managerToken, body, headers }), routeContext({ planId: plan.id }));
      const missing = await expectApiError(await patch({}, { notes: "x" }), 400, "bad_request");
      expect(missing.message).toMatch(/If-Match/);
      await expectApiError(await patch({ "if-match": "yesterday" }, { notes: "x" }), 400, "bad_request");
      // Exactly "N", W/"N" or a bare N (curl users); a half-quoted or otherwise mangled tag names no version.
      for (const malformed of ['"1', '1"', 'W/1', 'W/"1', '""1""', '"01"', "01", '"1"x', "W/ \"1\"", '"+1"']) {
        const refused = await expectApiError(await patch({ "if-match": malformed }, { notes: "x" }), 400, "bad_request");
        expect(refused.message, malformed).toMatch(/If-Match must be one version in quotes/);
      }
      // An empty body is refused by the schema only once If-Match has been read as version 1.
      for (const accepted of ['"1"', 'W/"1"', "1", ' "1" ']) await expectApiError(await patch({ "if-match": accepted }, {}), 400, "validation_failed");
      await expectApiError(await patch({ "if-match": '"1"' }, {}), 400, "validation_failed");
      const saved = await patch({ "if-match": '"1"' }, { notes: "First edit", summary: "Why" });
      expect(saved.status).toBe(200);
      expect(saved.headers.get("etag")).toBe('"2"');
      expect(PlanDetailResponseSchema.parse(await saved.json()).lastChange.summary).toBe("Why — Added notes");
      const stale = await expectApiError(await patch({ "if-match": '"1"' }, { name: "Overwrite?" }), 409, "conflict");
      const details = ConflictDetailsSchema.parse(stale.details);
      expect(details).toMatchObject({ currentVersion: 2, changedBy: "owner", summary: "Added notes" });
      const current = PlanDetailResponseSchema.parse(await (await planRoute.GET(apiRequest(`/api/v1/plans/${plan.id}`, { token: viewerToken }), routeContext({ planId: plan.id }))).json());
      expect(current).toMatchObject({ name: "Patched", currentVersion: 2 });
      await expectApiError(
        await planRoute.PATCH(apiRequest(`/api/v1/plans/${plan.id}`, { method: "PATCH", token: viewerToken, body: { notes: "x" }, headers: { "if-match": '"2"' } }), routeContext({ planId: plan.id })),
        403,
        "forbidden",
      );
    });

    it("DELETE archives; transitions, versions, restore, comments and scenarios work over HTTP", async () => {
      const plan = await createViaToken("Lifecycle");
      const id = plan.id;
      const patched = await planRoute.PATCH(
        apiRequest(`/api/v1/plans/${id}`, { method: "PATCH", token: managerToken, body: { notes: "v2" }, headers: { "if-match": '"1"' } }),
        routeContext({ planId: id }),
      );
      expect(patched.status).toBe(200);

      const submitted = await transitionsRoute.POST(apiRequest(`/api/v1/plans/${id}/transitions`, { method: "POST", token: managerToken, body: { action: "submit" } }), routeContext({ planId: id }));
      expect(PlanDetailResponseSchema.parse(await submitted.json()).status).toBe("IN_REVIEW");
      const staleApproval = await transitionsRoute.POST(
        apiRequest(`/api/v1/plans/${id}/transitions`, { method: "POST", token: managerToken, body: { action: "approve", version: 1 } }),
        routeContext({ planId: id }),
      );
      await expectApiError(staleApproval, 409, "conflict");
      // A version sent as text is decimal digits or refused: "0x2" and "2e0" are not version 2.
      for (const version of ["0x2", "2e0", "2.0", " 2"]) {
        const refused = await expectApiError(
          await transitionsRoute.POST(apiRequest(`/api/v1/plans/${id}/transitions`, { method: "POST", token: managerToken, body: { action: "approve", version } }), routeContext({ planId: id })),
          400,
          "validation_failed",
        );
        expect(refused.fieldErrors?.version, version).toEqual(["The version must be a whole number from 1."]);
      }
      await expectApiError(
        await transitionsRoute.POST(apiRequest(`/api/v1/plans/${id}/transitions`, { method: "POST", token: managerToken, body: { action: "fly" } }), routeContext({ planId: id })),
        400,
        "validation_failed",
      );
      const events = PlanEventListResponseSchema.parse(await (await transitionsRoute.GET(apiRequest(`/api/v1/plans/${id}/transitions`, { token: viewerToken }), routeContext({ planId: id }))).json());
      expect(events.items.map((event) => event.kind)).toEqual(["submitted"]);

      const versions = VersionListResponseSchema.parse(await (await versionsRoute.GET(apiRequest(`/api/v1/plans/${id}/versions`, { token: viewerToken }), routeContext({ planId: id }))).json());
      expect(versions.items.map((version) => version.version)).toEqual([2, 1]);
      const diff = VersionDiffResponseSchema.parse(await (await versionsRoute.GET(apiRequest(`/api/v1/plans/${id}/versions?from=1&to=2`, { token: viewerToken }), routeContext({ planId: id }))).json());
      expect(diff.summary).toBe("Added notes");
      const v1 = VersionDetailResponseSchema.parse(await (await versionRoute.GET(apiRequest(`/api/v1/plans/${id}/versions/1`, { token: viewerToken }), routeContext({ planId: id, version: "1" }))).json());
      expect(v1.content.notes).toBe("");
      await expectApiError(await versionRoute.GET(apiRequest(`/api/v1/plans/${id}/versions/x`, { token: viewerToken }), routeContext({ planId: id, version: "x" })), 404, "not_found");

      await expectApiError(await restoreRoute.POST(apiRequest(`/api/v1/plans/${id}/versions/1/restore`, { method: "POST", token: managerToken }), routeContext({ planId: id, version: "1" })), 400, "bad_request");
      const restored = await restoreRoute.POST(
        apiRequest(`/api/v1/plans/${id}/versions/1/restore`, { method: "POST", token: managerToken, headers: { "if-match": '"2"' } }),
        routeContext({ planId: id, version: "1" }),
      );
      expect(restored.headers.get("etag")).toBe('"3"');
      expect(PlanDetailResponseSchema.parse(await restored.json()).lastChange.summary).toBe("Restored version 1");

      await expectApiError(
        await commentsRoute.POST(apiRequest(`/api/v1/plans/${id}/comments`, { method: "POST", token: viewerToken, body: { body: "hi" } }), routeContext({ planId: id })),
        403,
        "forbidden",
      );
      expect((await commentsRoute.POST(apiRequest(`/api/v1/plans/${id}/comments`, { method: "POST", token: managerToken, body: { body: "Ship it" } }), routeContext({ planId: id }))).status).toBe(201);
      const comments = CommentListResponseSchema.parse(await (await commentsRoute.GET(apiRequest(`/api/v1/plans/${id}/comments`, { token: viewerToken }), routeContext({ planId: id }))).json());
      expect(comments.items.map((comment) => comment.body)).toEqual(["Ship it"]);

      const scenario = await scenariosRoute.POST(apiRequest(`/api/v1/plans/${id}/scenarios`, { method: "POST", token: managerToken, body: { name: "Lean" } }), routeContext({ planId: id }));
      expect(scenario.status).toBe(201);
      expect(PlanDetailResponseSchema.parse(await scenario.json()).scenarioOf?.id).toBe(id);

      const archived = await planRoute.DELETE(apiRequest(`/api/v1/plans/${id}`, { method: "DELETE", token: managerToken }), routeContext({ planId: id }));
      expect(PlanDetailResponseSchema.parse(await archived.json()).status).toBe("ARCHIVED");
      await expectApiError(await planRoute.DELETE(apiRequest(`/api/v1/plans/${id}`, { method: "DELETE", token: managerToken }), routeContext({ planId: id })), 409, "conflict");
    });
  });

  describe("tokens", () => {
    it("owners manage tokens with a session; tokens and other roles cannot", async () => {
      const url = `/api/v1/tokens?workspace=${workspace.slug}`;
      await expectApiError(await tokensRoute.GET(apiRequest(url, { token: managerToken }), routeContext({})), 403, "forbidden");
      session.user = users.manager;
      await expectApiError(await tokensRoute.POST(apiRequest(url, { method: "POST", body: { name: "m", role: "VIEWER" }, headers: { origin: ORIGIN } }), routeContext({})), 403, "forbidden");
      session.user = users.owner;
      const created = await tokensRoute.POST(apiRequest(url, { method: "POST", body: { name: "New", role: "HR" }, headers: { origin: ORIGIN } }), routeContext({}));
      expect(created.status).toBe(201);
      const { token, apiToken } = CreatedApiTokenResponseSchema.parse(await created.json());
      const listed = ApiTokenListResponseSchema.parse(await (await tokensRoute.GET(apiRequest(url), routeContext({}))).json());
      expect(listed.items.find((entry) => entry.id === apiToken.id)?.prefix).toBe(token.slice(0, 9));
      expect(JSON.stringify(listed)).not.toContain(token);
      await expectApiError(await tokensRoute.POST(apiRequest(url, { method: "POST", body: { name: "o", role: "OWNER" }, headers: { origin: ORIGIN } }), routeContext({})), 400, "validation_failed");
      const revoke = await tokenRoute.DELETE(apiRequest(`/api/v1/tokens/${apiToken.id}?workspace=${workspace.slug}`, { method: "DELETE", headers: { origin: ORIGIN } }), routeContext({ tokenId: apiToken.id }));
      expect(revoke.status).toBe(204);
      session.user = null;
      await expectApiError(await plansRoute.GET(apiRequest("/api/v1/plans", { token }), routeContext({})), 401, "unauthenticated");
    });
  });

  describe("OpenAPI", () => {
    it("documents every route file under app/api/v1 with each exported method, and its refs resolve", async () => {
      const response = await openapiRoute.GET(apiRequest("/api/v1/openapi.json"), routeContext({}));
      expect(response.status).toBe(200);
      const document = (await response.json()) as {
        openapi: string;
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
        components: { schemas: Record<string, unknown> };
      };
      expect(document.openapi).toBe("3.1.0");
      const root = path.join(process.cwd(), "app/api/v1");
      const routeFiles: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(path.join(dir, entry.name));
          else if (entry.name === "route.ts") routeFiles.push(path.join(dir, entry.name));
        }
      };
      walk(root);
      expect(routeFiles.length).toBeGreaterThanOrEqual(11);
      for (const file of routeFiles) {
        const route = `/api/v1/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        expect(document.paths, `${route} is missing from the OpenAPI document`).toHaveProperty([route]);
        const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
        expect(methods.length).toBeGreaterThan(0);
        for (const method of methods) expect(document.paths[route], `${method.toUpperCase()} ${route}`).toHaveProperty([method]);
        for (const method of Object.keys(document.paths[route]!)) expect(methods, `${route} documents ${method} it does not serve`).toContain(method);
      }
      const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
      expect(refs.length).toBeGreaterThan(20);
      for (const name of refs) expect(document.components.schemas, `unresolved $ref ${name}`).toHaveProperty([name]);
      for (const [route, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          expect(Object.keys(operation.responses).length, `${method} ${route}`).toBeGreaterThan(0);
        }
      }
      expect(document.paths["/api/v1/plans/{planId}"]?.patch?.responses).toHaveProperty(["409"]);
      // Integrators see that a cost can leave people out: both plan shapes document costedHeadcount.
      const schemas = JSON.stringify(document.components.schemas);
      expect(JSON.stringify(document.components.schemas.PlanDetail)).toContain('"costedHeadcount"');
      expect(JSON.stringify(document.components.schemas.PlanPage)).toContain('"costedHeadcount"');
      expect(schemas).toContain("How many of headcount the cost range covers. Below headcount, costMin/costMax leave out people");
    });
  });
});
