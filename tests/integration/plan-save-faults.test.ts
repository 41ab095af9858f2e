import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/data/api-tokens";
import { ConflictDetailsSchema, ErrorResponseSchema, PlanDetailResponseSchema } from "@/lib/server/openapi";
import { connectDataLayerThroughProxy } from "@/tests/fixtures/data-layer";
import type { TcpProxy } from "@/tests/fixtures/tcp-proxy";
import { type TestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

/**
 * Saves under contention and during a database outage, at the route and action level (the data
 * layer's own 20-save race is in plans-data-layer.test.ts): 50 PATCHes from one base version give
 * one 200 and 49 documented 409s with nothing lost; a server action while PostgreSQL is
 * unreachable gives the "database unavailable, try again" form state with what the user typed.
 */

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));
// Server actions end in revalidatePath/redirect, which need Next's request scope; an outage never gets there.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const plansRoute = await import("@/app/api/v1/plans/route");
const planRoute = await import("@/app/api/v1/plans/[planId]/route");
const { createPlanAction } = await import("@/lib/server/actions/plans");

const ORIGIN = "http://teamwright.test";
const brief = { description: "A fraud detection model for card payments in real time" };

function request(pathname: string, token: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ authorization: `Bearer ${token}`, ...init.headers });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${pathname}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

describeEachKind("plan saves under contention and outage", (kind) => {
  let database: TestDatabase;
  let disconnect: (() => Promise<void>) | undefined;
  let proxy: TcpProxy | undefined;
  let token: string;
  let manager: { id: string; email: string; name: string };
  let slug: string;

  beforeAll(async () => {
    ({ database, disconnect, proxy } = await connectDataLayerThroughProxy(kind));
    const suffix = randomBytes(4).toString("hex");
    manager = await db().user.create({ data: { name: "Mira Manager", email: `mira.${suffix}@example.com` }, select: { id: true, email: true, name: true } });
    const workspace = await db().workspace.create({
      data: { name: "Faults", slug: `faults-${suffix}`, memberships: { create: { userId: manager.id, role: "OWNER" } } },
      select: { id: true, slug: true },
    });
    slug = workspace.slug;
    token = (await createApiToken({ userId: manager.id }, workspace.id, { name: "load", role: "MANAGER" })).token;
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("50 concurrent PATCHes from one base version: exactly one 200, 49 × 409 with ConflictDetails, the winner's change stored once", async () => {
    const created = await plansRoute.POST(request("/api/v1/plans", token, { method: "POST", body: { name: "Contended", brief } }), ctx({}));
    expect(created.status).toBe(201);
    const plan = PlanDetailResponseSchema.parse(await created.json());
    const versionsBefore = await database.query<{ count: number }>(`SELECT count(*)::int AS count FROM "PlanVersion" WHERE "planId" = $1`, [plan.id]);
    expect(versionsBefore[0]!.count).toBe(1);

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        planRoute.PATCH(
          request(`/api/v1/plans/${plan.id}`, token, { method: "PATCH", headers: { "if-match": '"1"' }, body: { notes: `contender ${index}` } }),
          ctx({ planId: plan.id }),
        ),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array<number>(49).fill(409)]);
    const winner = PlanDetailResponseSchema.parse(await responses.find((response) => response.status === 200)!.json());
    expect(winner.currentVersion).toBe(2);
    expect(winner.content.notes).toMatch(/^contender \d+$/);

    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      const { error } = ErrorResponseSchema.parse(await response.json());
      expect(error.code).toBe("conflict");
      const details = ConflictDetailsSchema.parse(error.details);
      // Every loser is told about the same winning change: version 2, by the token's owner, its notes.
      expect(details).toMatchObject({ currentVersion: 2, changedBy: manager.name });
      expect(details.changes).toEqual([expect.objectContaining({ kind: "notes", from: "", to: winner.content.notes })]);
    }

    // The latest version holds exactly the winner's change; one version was added, none lost or doubled.
    const versions = await database.query<{ version: number; notes: string }>(
      `SELECT version, content->>'notes' AS notes FROM "PlanVersion" WHERE "planId" = $1 ORDER BY version`,
      [plan.id],
    );
    expect(versions).toEqual([
      { version: 1, notes: "" },
      { version: 2, notes: winner.content.notes },
    ]);
    const [row] = await database.query<{ currentVersion: number }>(`SELECT "currentVersion" FROM "Plan" WHERE id = $1`, [plan.id]);
    expect(row!.currentVersion).toBe(2);
  });

  // PGlite lives inside the process and cannot become unreachable; the outage is PostgreSQL's.
  if (kind === "postgres") {
    it("during an outage the API answers 503 + Retry-After and a server action keeps the form with 'database unavailable, try again'", async () => {
      session.user = manager;
      const form = new FormData();
      form.set("slug", slug);
      form.set("name", "Saved while the database is down");
      form.set("description", brief.description);
      form.set("notes", "typed by hand, must not be lost");
      await proxy!.stop();
      try {
        const started = Date.now();
        const api = await plansRoute.POST(request("/api/v1/plans", token, { method: "POST", body: { name: "During outage", brief } }), ctx({}));
        expect(api.status).toBe(503);
        expect(api.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
        expect(ErrorResponseSchema.parse(await api.json()).error.code).toBe("unavailable");

        const state = await createPlanAction({ status: "idle" }, form);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(state.status).toBe("error");
        expect(state.message).toMatch(/database is unavailable.*retry/i);
        expect(state.values).toMatchObject({ slug, name: "Saved while the database is down", description: brief.description, notes: "typed by hand, must not be lost" });
      } finally {
        await proxy!.start();
        session.user = null;
      }

      // Back without reopening anything: the same client's pool reconnects and the save goes through.
      let after = await plansRoute.POST(request("/api/v1/plans", token, { method: "POST", body: { name: "After outage", brief } }), ctx({}));
      for (let attempt = 0; attempt < 20 && after.status === 503; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        after = await plansRoute.POST(request("/api/v1/plans", token, { method: "POST", body: { name: "After outage", brief } }), ctx({}));
      }
      expect(after.status).toBe(201);
    });
  }
});
