import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/lib/server/data/plan-comments";
import { transitionPlan } from "@/lib/server/data/plan-workflow";
import { createPlan, updatePlan } from "@/lib/server/data/plans";
import { getRoleDescription, setRoleArchived, createCustomRole, updateRoleDescription } from "@/lib/server/data/role-library";
import { createShareLink, listShareLinks, resolveShareLink, revokeShareLink } from "@/lib/server/data/share-links";
import { db } from "@/lib/server/db";
import { hashToken } from "@/lib/server/tokens";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { customRoleInput, editable, expectAppError, newWorkspace } from "@/tests/fixtures/role-library";
import { describeEachKind, type TestDatabase } from "@/tests/fixtures/test-database";

const recommender = { description: "A product recommender for our online store with 2 million users" };
const day = 86_400_000;

describeEachKind("share links", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let database: TestDatabase;
  let ws: Awaited<ReturnType<typeof newWorkspace>>;
  beforeAll(async () => {
    ({ disconnect, database } = await connectDataLayer(kind));
    ws = await newWorkspace("Sharer");
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("create → resolve → revoke: the link is not found right after revoking", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Shared recommender", brief: recommender });
    const { token, link } = await createShareLink(ws.manager, { kind: "plan", planId: plan.id });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ createdBy: { name: ws.manager.name }, expiresAt: null, accessCount: 0, lastAccessedAt: null });

    const shared = await resolveShareLink(token);
    expect(shared.kind).toBe("plan");
    if (shared.kind !== "plan") throw new Error("expected a plan");
    expect(shared).toMatchObject({ name: "Shared recommender", brief: recommender.description, version: 1 });
    expect(shared.team.length).toBeGreaterThan(0);
    await resolveShareLink(token);
    const [listed] = await listShareLinks(ws.owner, { kind: "plan", planId: plan.id });
    expect(listed).toMatchObject({ id: link.id, accessCount: 2 });
    expect(listed!.lastAccessedAt).toBeInstanceOf(Date);

    await revokeShareLink(ws.owner, link.id);
    await expectAppError(resolveShareLink(token), "not_found");
    expect(await listShareLinks(ws.owner, { kind: "plan", planId: plan.id })).toEqual([]);
    // Revoking again is harmless and keeps the first revocation time.
    const revokedAt = (await db().shareLink.findUniqueOrThrow({ where: { id: link.id }, select: { revokedAt: true } })).revokedAt;
    await revokeShareLink(ws.owner, link.id);
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id }, select: { revokedAt: true } })).revokedAt).toEqual(revokedAt);
  });

  it("an expired link is not found from the moment it expires, and leaves the active list", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Expiring", brief: recommender });
    const created = new Date("2030-01-01T00:00:00Z");
    const { token, link } = await createShareLink(ws.manager, { kind: "plan", planId: plan.id }, { expiresInDays: 7 }, created);
    expect(link.expiresAt).toEqual(new Date(created.getTime() + 7 * day));
    expect((await resolveShareLink(token, new Date(created.getTime() + 7 * day - 1))).kind).toBe("plan");
    await expectAppError(resolveShareLink(token, new Date(created.getTime() + 7 * day)), "not_found");
    expect(await listShareLinks(ws.manager, { kind: "plan", planId: plan.id }, new Date(created.getTime() + 8 * day))).toEqual([]);
    await expectAppError(createShareLink(ws.manager, { kind: "plan", planId: plan.id }, { expiresInDays: 0 }), "validation_failed");
  });

  it("malformed, unknown and revoked tokens read exactly alike", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Probe", brief: recommender });
    const { token, link } = await createShareLink(ws.manager, { kind: "plan", planId: plan.id });
    await revokeShareLink(ws.manager, link.id);
    const messages = await Promise.all(
      [token, "x".repeat(43), "short", `${token}'; drop table`, ""].map(async (candidate) => (await expectAppError(resolveShareLink(candidate), "not_found")).message),
    );
    expect(new Set(messages).size).toBe(1);
  });

  it("stores only the token's hash: the raw token appears nowhere in the database", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Hashed", brief: recommender });
    const { token, link } = await createShareLink(ws.manager, { kind: "plan", planId: plan.id });
    const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id }, select: { tokenHash: true } });
    expect(row.tokenHash).toBe(hashToken(token));
    const tables = await database.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const { table_name } of tables) {
      const hits = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text LIKE $1`, [`%${token}%`]);
      expect(hits[0]!.n, `the raw token in ${table_name}`).toBe(0);
    }
  });

  it("a shared plan holds that plan only: no notes, comments, people, workspace or other plans", async () => {
    const other = await createPlan(ws.manager, ws.id, { name: "Secret other plan", brief: recommender });
    const plan = await createPlan(ws.manager, ws.id, { name: "Public plan", brief: recommender, notes: "Internal: budget is tight" });
    await addComment(ws.hr, plan.id, { body: "Private comment about candidates" });
    await transitionPlan(ws.manager, plan.id, "submit");
    const { token } = await createShareLink(ws.owner, { kind: "plan", planId: plan.id });
    const text = JSON.stringify(await resolveShareLink(token));
    expect(text).toContain("Public plan");
    for (const secret of [other.name, other.id, "Internal: budget", "Private comment", ws.name, ws.slug, ws.id, ws.owner.name, ws.manager.name, ws.hr.name, ws.owner.userId, "@example.com", plan.id]) {
      expect(text, `the shared plan leaks "${secret}"`).not.toContain(secret);
    }
  });

  it("an archived plan's link stops working; unarchived, it works again (revocation is what ends a link)", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Archivable", brief: recommender });
    const { token } = await createShareLink(ws.manager, { kind: "plan", planId: plan.id });
    await transitionPlan(ws.manager, plan.id, "archive");
    await expectAppError(resolveShareLink(token), "not_found");
    await transitionPlan(ws.manager, plan.id, "unarchive");
    expect((await resolveShareLink(token)).kind).toBe("plan");
  });

  it("shares a role description: HR creates, the link shows the current version, archiving hides it", async () => {
    const ds = await getRoleDescription(ws.hr, ws.id, "data-scientist");
    const { token } = await createShareLink(ws.hr, { kind: "role", workspaceId: ws.id, roleKey: "data-scientist" });
    await updateRoleDescription(ws.hr, ws.id, "data-scientist", ds.currentVersion, editable(ds.content, { summary: "Edited <b>summary</b> for sharing." }));
    const shared = await resolveShareLink(token);
    expect(shared).toMatchObject({ kind: "role", title: "Data Scientist", version: ds.currentVersion + 1, content: { summary: "Edited <b>summary</b> for sharing." } });
    expect(JSON.stringify(shared)).not.toContain(ws.hr.name);

    await createCustomRole(ws.hr, ws.id, customRoleInput("Shared Custom"));
    const custom = await createShareLink(ws.owner, { kind: "role", workspaceId: ws.id, roleKey: "custom-shared-custom" });
    await setRoleArchived(ws.hr, ws.id, "custom-shared-custom", true);
    await expectAppError(resolveShareLink(custom.token), "not_found");
    await expectAppError(createShareLink(ws.hr, { kind: "role", workspaceId: ws.id, roleKey: "custom-shared-custom" }), "conflict");
  });

  it("plans are shared by their editors, role descriptions by theirs; outsiders cannot revoke", async () => {
    const plan = await createPlan(ws.manager, ws.id, { name: "Who shares", brief: recommender });
    await expectAppError(createShareLink(ws.hr, { kind: "plan", planId: plan.id }), "forbidden");
    await expectAppError(createShareLink(ws.manager, { kind: "role", workspaceId: ws.id, roleKey: "ml-engineer" }), "forbidden");
    const { link } = await createShareLink(ws.owner, { kind: "plan", planId: plan.id });
    const outsider = await newWorkspace("Outsider");
    await expectAppError(revokeShareLink(outsider.owner, link.id), "not_found");
    await expectAppError(revokeShareLink(ws.hr, link.id), "forbidden");
    await expectAppError(revokeShareLink(ws.owner, "no-such-link"), "not_found");
    // The shared plan follows edits: a reader always sees the current version.
    const edited = await updatePlan(ws.manager, plan.id, 1, { name: "Who shares (v2)" });
    expect(edited.currentVersion).toBe(2);
  });
});
