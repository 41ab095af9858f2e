import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { createApiToken } from "@/lib/server/data/api-tokens";
import { createPlan } from "@/lib/server/data/plans";
import { db } from "@/lib/server/db";
import {
  JobDescriptionDraftResponseSchema,
  JobDescriptionVersionDetailResponseSchema,
  JobDescriptionVersionListResponseSchema,
} from "@/lib/server/openapi";
import { apiRequest, expectApiError, routeContext } from "@/tests/fixtures/api-requests";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { JobPostingSchema } from "@/tests/fixtures/job-posting-schema";
import { describeEachKind } from "@/tests/fixtures/test-database";
import { docxToText, pdfToText } from "@/tests/unit/export/extract";

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));

const draftRoute = await import("@/app/api/v1/plans/[planId]/job-descriptions/[roleKey]/route");
const jdExportRoute = await import("@/app/api/v1/plans/[planId]/job-descriptions/[roleKey]/export/route");
const versionsRoute = await import("@/app/api/v1/plans/[planId]/job-descriptions/[roleKey]/versions/route");
const versionRoute = await import("@/app/api/v1/plans/[planId]/job-descriptions/[roleKey]/versions/[version]/route");
const planExportRoute = await import("@/app/api/v1/plans/[planId]/export/route");

const brief = { description: "A product recommender for our online store with real-time suggestions", location: "New York, NY" };

describeEachKind("API job-description drafts and exports", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  const users = {} as Record<"owner" | "viewer" | "outsider", { id: string; email: string; name: string }>;
  let planId = "";
  let viewerToken = "";
  let managerToken = "";
  let foreignToken = "";

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const suffix = randomBytes(4).toString("hex");
    for (const name of ["owner", "viewer", "outsider"] as const) {
      users[name] = await db().user.create({ data: { name, email: `${name}.${suffix}@example.com` }, select: { id: true, email: true, name: true } });
    }
    const roles: [string, WorkspaceRole][] = [
      [users.owner.id, "OWNER"],
      [users.viewer.id, "VIEWER"],
    ];
    const workspace = await db().workspace.create({ data: { name: "Acme <Labs>", slug: `exp-${suffix}`, memberships: { create: roles.map(([userId, role]) => ({ userId, role })) } }, select: { id: true } });
    const other = await db().workspace.create({ data: { name: "Other", slug: `oth-${suffix}`, memberships: { create: { userId: users.outsider.id, role: "OWNER" } } }, select: { id: true } });
    planId = (await createPlan({ userId: users.owner.id }, workspace.id, { name: 'Recs "Q3" / =SUM', brief })).id;
    viewerToken = (await createApiToken({ userId: users.owner.id }, workspace.id, { name: "v", role: "VIEWER" })).token;
    managerToken = (await createApiToken({ userId: users.owner.id }, workspace.id, { name: "m", role: "MANAGER" })).token;
    foreignToken = (await createApiToken({ userId: users.outsider.id }, other.id, { name: "f", role: "MANAGER" })).token;
  });
  afterAll(async () => {
    await disconnect?.();
  });
  beforeEach(() => {
    session.user = null;
  });

  const jdExport = (format: string, init: Parameters<typeof apiRequest>[1] = {}, roleKey = "ai-engineer") =>
    jdExportRoute.GET(apiRequest(`/api/v1/plans/${planId}/job-descriptions/${roleKey}/export?format=${format}`, init), routeContext({ planId, roleKey }));

  it.each([
    ["md", "text/markdown; charset=utf-8", "senior-ai-engineer.md"],
    ["html", "text/html; charset=utf-8", "senior-ai-engineer.html"],
    ["txt", "text/plain; charset=utf-8", "senior-ai-engineer.txt"],
    ["jsonld", "application/ld+json; charset=utf-8", "senior-ai-engineer.jsonld"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "senior-ai-engineer.docx"],
    ["pdf", "application/pdf", "senior-ai-engineer.pdf"],
  ])("job description as %s: content type, attachment name, nosniff", async (format, contentType, fileName) => {
    const response = await jdExport(format, { token: viewerToken });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    if (format === "docx") expect(await docxToText(bytes)).toContain("Senior AI Engineer");
    else if (format === "pdf") expect(await pdfToText(bytes)).toContain("Senior AI Engineer");
    else if (format === "jsonld") {
      const posting = JobPostingSchema.parse(JSON.parse(bytes.toString("utf8")));
      expect(posting.hiringOrganization.name).toBe("Acme <Labs>");
    } else expect(bytes.toString("utf8")).toContain("Senior AI Engineer");
    if (format === "html") expect(bytes.toString("utf8")).toContain("Acme &lt;Labs&gt;");
  });

  it("the signed-in session downloads too; no session and no token is 401; an unknown format is 400", async () => {
    session.user = users.viewer;
    expect((await jdExport("md")).status).toBe(200);
    session.user = null;
    await expectApiError(await jdExport("md"), 401, "unauthenticated");
    await expectApiError(await jdExport("rtf", { token: viewerToken }), 400, "validation_failed");
    await expectApiError(await jdExport("", { token: viewerToken }), 400, "validation_failed");
  });

  it("another workspace's token, a role the plan does not staff, or a missing plan is 404", async () => {
    await expectApiError(await jdExport("md", { token: foreignToken }), 404, "not_found");
    await expectApiError(await jdExport("md", { token: viewerToken }, "mlops-engineer"), 404, "not_found");
    const missing = await jdExportRoute.GET(apiRequest(`/api/v1/plans/nope/job-descriptions/ai-engineer/export?format=md`, { token: viewerToken }), routeContext({ planId: "nope", roleKey: "ai-engineer" }));
    await expectApiError(missing, 404, "not_found");
  });

  it("GET the draft with its ETag; PUT with If-Match saves, a stale one is 409, a viewer is 403, none is 400", async () => {
    const get = await draftRoute.GET(apiRequest(`/api/v1/plans/${planId}/job-descriptions/data-scientist`, { token: managerToken }), routeContext({ planId, roleKey: "data-scientist" }));
    expect(get.status).toBe(200);
    expect(get.headers.get("etag")).toBe('"0"');
    const draft = JobDescriptionDraftResponseSchema.parse(await get.json());
    const put = (ifMatch: string | null, token: string, body: unknown = { content: { ...draft.content, title: "Data Scientist (Recs)" } }) =>
      draftRoute.PUT(
        apiRequest(`/api/v1/plans/${planId}/job-descriptions/data-scientist`, { method: "PUT", token, body, headers: ifMatch === null ? {} : { "if-match": ifMatch } }),
        routeContext({ planId, roleKey: "data-scientist" }),
      );
    const saved = await put('"0"', managerToken);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"1"');
    expect(JobDescriptionDraftResponseSchema.parse(await saved.json()).content.title).toBe("Data Scientist (Recs)");
    await expectApiError(await put('"0"', managerToken), 409, "conflict");
    await expectApiError(await put('"1"', viewerToken), 403, "forbidden");
    await expectApiError(await put(null, managerToken), 400, "bad_request");
    // The same If-Match rules as plans (lib/server/api-auth.ts), with version 0 allowed: nothing half-quoted or padded.
    for (const malformed of ['"1', '1"', '"01"', "01", '"00"', 'W/"1', '"-0"']) {
      const refused = await expectApiError(await put(malformed, managerToken, {}), 400, "bad_request");
      expect(refused.message, malformed).toMatch(/If-Match must be one version in quotes/);
    }
    // An empty body is refused by the schema only once If-Match has been read.
    for (const accepted of ['"1"', 'W/"1"', "1", '"0"', "0"]) await expectApiError(await put(accepted, managerToken, {}), 400, "validation_failed");
    await expectApiError(await put('"1"', managerToken, { content: { ...draft.content, employmentType: "GIG" } }), 400, "validation_failed");
    // The saved draft is what downloads now.
    const markdown = await (await jdExport("md", { token: viewerToken }, "data-scientist")).text();
    expect(markdown).toMatch(/^# Data Scientist \(Recs\)$/m);
  });

  it("GET versions lists the draft's history and versions/<n> one version, for readers only; unknown ones are 404", async () => {
    const listFor = (roleKey: string, init: Parameters<typeof apiRequest>[1]) =>
      versionsRoute.GET(apiRequest(`/api/v1/plans/${planId}/job-descriptions/${roleKey}/versions`, init), routeContext({ planId, roleKey }));
    const oneFor = (version: string, init: Parameters<typeof apiRequest>[1]) =>
      versionRoute.GET(apiRequest(`/api/v1/plans/${planId}/job-descriptions/data-engineer/versions/${version}`, init), routeContext({ planId, roleKey: "data-engineer", version }));
    // Never saved: an empty history, not an error.
    const empty = await listFor("data-engineer", { token: viewerToken });
    expect(empty.status).toBe(200);
    expect(JobDescriptionVersionListResponseSchema.parse(await empty.json()).items).toEqual([]);

    const draft = JobDescriptionDraftResponseSchema.parse(await (await draftRoute.GET(apiRequest(`/api/v1/plans/${planId}/job-descriptions/data-engineer`, { token: managerToken }), routeContext({ planId, roleKey: "data-engineer" }))).json());
    const save = (version: number, title: string) =>
      draftRoute.PUT(
        apiRequest(`/api/v1/plans/${planId}/job-descriptions/data-engineer`, { method: "PUT", token: managerToken, body: { content: { ...draft.content, title }, summary: "via API" }, headers: { "if-match": `"${version}"` } }),
        routeContext({ planId, roleKey: "data-engineer" }),
      );
    expect((await save(0, "DE v1")).status).toBe(200);
    expect((await save(1, "DE v2")).status).toBe(200);

    const list = await listFor("data-engineer", { token: viewerToken });
    expect(list.headers.get("cache-control")).toBe("no-store");
    const items = JobDescriptionVersionListResponseSchema.parse(await list.json()).items;
    expect(items.map((item) => [item.version, item.createdBy.name, item.planVersion])).toEqual([
      [2, "owner", 1],
      [1, "owner", 1],
    ]);
    session.user = users.viewer;
    const one = await oneFor("1", {});
    expect(one.status).toBe(200);
    expect(JobDescriptionVersionDetailResponseSchema.parse(await one.json())).toMatchObject({ version: 1, summary: "via API — First saved draft", content: { title: "DE v1" } });
    session.user = null;

    await expectApiError(await oneFor("1", {}), 401, "unauthenticated");
    await expectApiError(await listFor("data-engineer", {}), 401, "unauthenticated");
    await expectApiError(await oneFor("1", { token: foreignToken }), 404, "not_found");
    await expectApiError(await listFor("data-engineer", { token: foreignToken }), 404, "not_found");
    for (const missing of ["3", "0", "-1", "1.5", "abc", "99999999999999"]) await expectApiError(await oneFor(missing, { token: viewerToken }), 404, "not_found");
    await expectApiError(await listFor("../etc", { token: viewerToken }), 404, "not_found");
  });

  it.each([
    ["csv", "text/csv; charset=utf-8; header=present", "recs-q3-sum.csv"],
    ["json", "application/json; charset=utf-8", "recs-q3-sum.json"],
    ["pdf", "application/pdf", "recs-q3-sum.pdf"],
  ])("whole plan as %s", async (format, contentType, fileName) => {
    const response = await planExportRoute.GET(apiRequest(`/api/v1/plans/${planId}/export?format=${format}`, { token: viewerToken }), routeContext({ planId }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    if (format === "csv") expect(bytes.toString("utf8").split("\r\n")[0]).toMatch(/^Role,Role id,Headcount/);
    if (format === "json") expect(JSON.parse(bytes.toString("utf8"))).toMatchObject({ format: "teamwright-plan", plan: { id: planId } });
    if (format === "pdf") expect(await pdfToText(bytes)).toContain("Cost per phase");
  });

  it("whole-plan export: 401 without credentials, 404 from another workspace, 400 for an unknown format", async () => {
    await expectApiError(await planExportRoute.GET(apiRequest(`/api/v1/plans/${planId}/export?format=csv`), routeContext({ planId })), 401, "unauthenticated");
    await expectApiError(await planExportRoute.GET(apiRequest(`/api/v1/plans/${planId}/export?format=csv`, { token: foreignToken }), routeContext({ planId })), 404, "not_found");
    await expectApiError(await planExportRoute.GET(apiRequest(`/api/v1/plans/${planId}/export?format=xlsx`, { token: viewerToken }), routeContext({ planId })), 400, "validation_failed");
  });
});
