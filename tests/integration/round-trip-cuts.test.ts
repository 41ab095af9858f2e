import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusBriefs } from "@/bench/corpus/briefs";
import { authenticateApiToken, createApiToken } from "@/lib/server/data/api-tokens";
import { createPlan, getPlan } from "@/lib/server/data/plans";
import { getWorkspaceAccess, listWorkspacesForUser } from "@/lib/server/data/workspaces";
import { db } from "@/lib/server/db";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";
import { isRecordId } from "@/lib/schemas/record-id";

/**
 * The statements that replaced Prisma's multi-query reads and writes (single-statement plan
 * creation, token authentication, membership and workspace-list reads) must answer exactly what
 * the data layer reads back the ordinary way.
 */
describeEachKind("data layer single-statement paths", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let owner: { userId: string };
  let manager: { userId: string };
  let workspace: { id: string; slug: string };
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const suffix = randomBytes(4).toString("hex");
    const [ownerRow, managerRow] = await Promise.all(
      ["owner", "manager"].map((label) => db().user.create({ data: { name: `Rt ${label}`, email: `rt.${label}.${suffix}@example.com` }, select: { id: true } })),
    );
    owner = { userId: ownerRow!.id };
    manager = { userId: managerRow!.id };
    workspace = await db().workspace.create({
      data: { name: "Round trips", slug: `round-trips-${suffix}`, memberships: { create: [{ userId: owner.userId, role: "OWNER" }, { userId: manager.userId, role: "MANAGER" }] } },
      select: { id: true, slug: true },
    });
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("a created plan is what reading it back gives, for people and tokens, across the corpus", async () => {
    const { token } = await createApiToken(owner, workspace.id, { name: "rt", role: "MANAGER" });
    const tokenActor = (await authenticateApiToken(token))!;
    const briefs = corpusBriefs.filter((_, index) => index % 9 === 0);
    const seenIds = new Set<string>();
    for (const [index, entry] of briefs.entries()) {
      const actor = index % 2 === 0 ? manager : tokenActor;
      const created = await createPlan(actor, workspace.id, { name: `${entry.name} ü "quoted" ${index}`, brief: entry.brief, notes: "n" });
      // An id every URL check accepts (isRecordId), fresh for each plan.
      expect(isRecordId(created.id)).toBe(true);
      expect(seenIds.has(created.id)).toBe(false);
      seenIds.add(created.id);
      expect(created).toEqual(await getPlan(actor, created.id));
      expect(created.lastChange.viaApiToken).toBe(actor === tokenActor);
    }
  });

  it("reads and writes the instants it was given, whatever the process's time zone", async () => {
    // Prisma keeps DateTime as UTC in "timestamp without time zone"; a driver reading such a
    // column as local time would shift every instant by the zone's offset (14 h here).
    const zoneBefore = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(new Date(Date.UTC(2026, 0, 1)).getHours()).toBe(14);
      const now = new Date("2026-03-04T05:06:07.089Z");
      const created = await createPlan(manager, workspace.id, { name: "Time zones", brief: corpusBriefs[0]!.brief }, now);
      expect(created.createdAt.toISOString()).toBe(now.toISOString());
      expect(created.lastChange.createdAt.toISOString()).toBe(now.toISOString());
      expect(await getPlan(manager, created.id)).toEqual(created);

    } finally {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    }
  });

  it("token authentication refuses unknown, revoked and orphaned tokens and acts in its own workspace only", async () => {
    const { token, apiToken } = await createApiToken(owner, workspace.id, { name: "orphan", role: "VIEWER" });
    expect(await authenticateApiToken(`tw_${"A".repeat(43)}`)).toBeNull();
    const actor = await authenticateApiToken(token);
    expect(actor).toEqual({ kind: "token", tokenId: apiToken.id, workspaceId: workspace.id, role: "VIEWER", userId: owner.userId });
    expect((await getWorkspaceAccess(owner, workspace.slug)).workspaceId).toBe(workspace.id);
    // The owner who made it leaves: the token stops working at once.
    const membership = await db().membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: owner.userId } }, select: { id: true } });
    await db().membership.delete({ where: { id: membership.id } });
    try {
      expect(await authenticateApiToken(token)).toBeNull();
    } finally {
      await db().membership.create({ data: { workspaceId: workspace.id, userId: owner.userId, role: "OWNER" } });
    }
    expect(await authenticateApiToken(token)).not.toBeNull();
    await db().apiToken.update({ where: { id: apiToken.id }, data: { revokedAt: new Date() } });
    expect(await authenticateApiToken(token)).toBeNull();
  });

  it("lists the member's workspaces by name with roles and member counts, and nothing for outsiders", async () => {
    const other = await db().workspace.create({
      data: { name: "Another", slug: `another-${randomBytes(4).toString("hex")}`, memberships: { create: [{ userId: manager.userId, role: "VIEWER" }] } },
      select: { id: true, slug: true },
    });
    expect(await listWorkspacesForUser(manager)).toEqual([
      { id: other.id, slug: other.slug, name: "Another", role: "VIEWER", memberCount: 1 },
      { id: workspace.id, slug: workspace.slug, name: "Round trips", role: "MANAGER", memberCount: 2 },
    ]);
    expect(await listWorkspacesForUser({ userId: "nobody" })).toEqual([]);
    await expect(getWorkspaceAccess(owner, other.slug)).rejects.toMatchObject({ code: "not_found" });
  });
});
