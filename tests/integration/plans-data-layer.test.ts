import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/data/api-tokens";
import { addComment, listComments } from "@/lib/server/data/plan-comments";
import { decodeCursor, listPlans, toPrefixTsQuery } from "@/lib/server/data/plan-list";
import { diffVersions, getVersion, listVersions, restoreVersion } from "@/lib/server/data/plan-versions";
import { listPlanEvents, transitionPlan } from "@/lib/server/data/plan-workflow";
import { comparePlans, createPlan, duplicateAsScenario, getPlan, updatePlan } from "@/lib/server/data/plans";
import { db } from "@/lib/server/db";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected an AppError "${code}"`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function newWorkspace(label: string) {
  const suffix = randomBytes(4).toString("hex");
  const roles: WorkspaceRole[] = ["OWNER", "MANAGER", "HR", "VIEWER"];
  const users = await Promise.all(
    roles.map((role) => db().user.create({ data: { name: `${label} ${role.toLowerCase()}`, email: `${label}.${role}.${suffix}@example.com` }, select: { id: true, name: true } })),
  );
  const workspace = await db().workspace.create({
    data: { name: label, slug: `${label.toLowerCase()}-${suffix}`, memberships: { create: roles.map((role, index) => ({ role, userId: users[index]!.id })) } },
    select: { id: true, slug: true },
  });
  const [owner, manager, hr, viewer] = users.map((user) => ({ userId: user.id, name: user.name }));
  return { ...workspace, owner: owner!, manager: manager!, hr: hr!, viewer: viewer! };
}

const recommender = { description: "A product recommender for our online store with 2 million users" };
const chatbot = { description: "An LLM chatbot for customer support answering questions from our help centre" };
const vision = { description: "Obstacle detection from camera, lidar and radar on the car's computer" };

describeEachKind("plans data layer", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let ws: Awaited<ReturnType<typeof newWorkspace>>;
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    ws = await newWorkspace("Acme");
  });
  afterAll(async () => {
    await disconnect?.();
  });

  describe("create and get", () => {
    it("creates version 1 with the server's own draft and denormalised columns", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "  Store recommender ", brief: recommender });
      expect(plan).toMatchObject({ name: "Store recommender", status: "DRAFT", currentVersion: 1, archetypes: ["recommender"], currency: "USD" });
      expect(plan.lastChange).toMatchObject({ version: 1, summary: "Created", createdBy: { id: ws.manager.userId } });
      expect(plan.content.draft.team.length).toBeGreaterThan(0);
      expect(plan.headcount).toBe(plan.content.draft.headcount);
      expect(plan.costMax).toBe(plan.content.draft.cost.annualMax);
      expect(plan.permissions).toEqual({ role: "MANAGER", canEdit: true, canApprove: true, canComment: true });
      const row = await db().plan.findUniqueOrThrow({ where: { id: plan.id }, select: { briefText: true } });
      expect(row.briefText).toBe(recommender.description);
      const again = await getPlan(ws.viewer, plan.id);
      expect(again.content).toEqual(plan.content);
      expect(again.permissions.canEdit).toBe(false);
    });

    it("validates input with field errors and writes nothing", async () => {
      const before = await db().plan.count();
      const error = await expectAppError(createPlan(ws.manager, ws.id, { name: "", brief: { description: "short" } }), "validation_failed");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "brief.description"]));
      await expectAppError(createPlan(ws.manager, ws.id, { name: "X", brief: recommender, overrides: { roles: { "ai-engineer": { headcount: 2 } } } }), "validation_failed");
      expect(await db().plan.count()).toBe(before);
    });

    it("refuses a plan with every role removed", async () => {
      const probe = await createPlan(ws.manager, ws.id, { name: "Probe", brief: chatbot });
      const draftRoles = probe.content.draft.team.map((role) => role.roleId);
      const error = await expectAppError(createPlan(ws.manager, ws.id, { name: "Empty", brief: chatbot, overrides: { removedRoles: draftRoles } }), "validation_failed");
      expect(error.fieldErrors?.["overrides.removedRoles"]?.[0]).toMatch(/at least one role/);
      // An edit that removes every role is refused the same way, and writes no version.
      const edit = await expectAppError(updatePlan(ws.manager, probe.id, 1, { overrides: { ...probe.content.overrides, removedRoles: draftRoles } }), "validation_failed");
      expect(edit.fieldErrors?.["overrides.removedRoles"]?.[0]).toMatch(/at least one role/);
      expect((await getPlan(ws.manager, probe.id)).currentVersion).toBe(1);
    });
  });

  describe("list: search, filters, sorts, keyset pagination", () => {
    let listWs: Awaited<ReturnType<typeof newWorkspace>>;
    const names: string[] = [];
    beforeAll(async () => {
      listWs = await newWorkspace("Lister");
      const briefs = [recommender, chatbot, vision];
      const base = Date.UTC(2026, 0, 1);
      for (let index = 0; index < 23; index++) {
        const name = `Plan ${String(index).padStart(2, "0")} ${["alpha", "beta", "gamma"][index % 3]}`;
        names.push(name);
        // Several plans share an updatedAt so the id tiebreak is exercised.
        await createPlan(listWs.manager, listWs.id, { name, brief: briefs[index % 3]! }, new Date(base + Math.floor(index / 2) * 60_000));
      }
    });

    async function collect(query: Parameters<typeof listPlans>[2]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 50; pages++) {
        const page = await listPlans(listWs.viewer, listWs.id, { ...query, cursor, limit: 4 });
        expect(page.items.length).toBeLessThanOrEqual(4);
        seen.push(...page.items.map((item) => item.id));
        if (!page.nextCursor) return { seen, pages: pages + 1 };
        cursor = page.nextCursor;
      }
      throw new Error("pagination did not end");
    }

    it.each([
      ["updated", undefined],
      ["updated", "asc"],
      ["name", undefined],
      ["name", "desc"],
      ["headcount", undefined],
      ["cost", undefined],
      ["cost", "asc"],
    ] as const)("pages by %s %s with no duplicates or gaps, in order", async (sort, direction) => {
      const { seen, pages } = await collect({ sort, direction });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(23);
      expect(pages).toBe(6);
      const all = await listPlans(listWs.viewer, listWs.id, { sort, direction, limit: 100 });
      expect(all.items.map((item) => item.id)).toEqual(seen);
      expect(all.nextCursor).toBeNull();
      const dir = direction ?? (sort === "name" ? "asc" : "desc");
      // Cost: full estimates, then partial ones, then none, in either direction (plan-cost-coverage.test.ts).
      const costKey = (item: (typeof all.items)[number]) => {
        const tier = item.costMax === null ? 2 : item.costedHeadcount === item.headcount ? 0 : 1;
        return (dir === "asc" ? tier : -tier) * 1e10 + (item.costMax ?? 0);
      };
      const keyOf = (item: (typeof all.items)[number]) =>
        sort === "updated" ? item.updatedAt.getTime() : sort === "name" ? item.name : sort === "headcount" ? item.headcount : costKey(item);
      const keys = all.items.map(keyOf);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(dir === "asc" ? sorted : sorted.reverse());
    });

    it("keeps going without repeats while a listed plan is edited between pages", async () => {
      const first = await listPlans(listWs.viewer, listWs.id, { limit: 5 });
      const edited = first.items[0]!;
      await updatePlan(listWs.manager, edited.id, edited.currentVersion, { notes: "bumped" });
      const second = await listPlans(listWs.viewer, listWs.id, { limit: 100, cursor: first.nextCursor! });
      const ids = [...first.items.map((item) => item.id), ...second.items.map((item) => item.id)];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(23);
    });

    it("searches name and brief by word prefixes", async () => {
      const byBrief = await listPlans(listWs.viewer, listWs.id, { q: "chatbot", limit: 100 });
      expect(byBrief.items.length).toBe(8);
      expect(byBrief.items.every((item) => item.briefExcerpt.includes("chatbot"))).toBe(true);
      const byPrefix = await listPlans(listWs.viewer, listWs.id, { q: "recomm STORE", limit: 100 });
      expect(byPrefix.items.length).toBe(8);
      const byName = await listPlans(listWs.viewer, listWs.id, { q: "gamma", limit: 100 });
      expect(byName.items.map((item) => item.name).sort()).toEqual(names.filter((name) => name.endsWith("gamma")).sort());
      expect((await listPlans(listWs.viewer, listWs.id, { q: "zzznothing" })).items).toEqual([]);
      expect((await listPlans(listWs.viewer, listWs.id, { q: "&|!:*()" })).items).toEqual([]);
      const paged = await collect({ q: "car" });
      expect(paged.seen.length).toBe(7);
    });

    it("filters by archetype and status; archived plans only when asked for", async () => {
      const recommenders = await listPlans(listWs.viewer, listWs.id, { archetype: "recommender", limit: 100 });
      expect(recommenders.items.length).toBe(8);
      expect(recommenders.items.every((item) => item.archetypes.includes("recommender"))).toBe(true);
      const target = recommenders.items[0]!;
      await transitionPlan(listWs.manager, target.id, "archive");
      expect((await listPlans(listWs.viewer, listWs.id, { archetype: "recommender", limit: 100 })).items.length).toBe(7);
      const archived = await listPlans(listWs.viewer, listWs.id, { status: "ARCHIVED" });
      expect(archived.items.map((item) => item.id)).toEqual([target.id]);
      await transitionPlan(listWs.manager, target.id, "unarchive");
      const drafts = await listPlans(listWs.viewer, listWs.id, { status: "DRAFT", archetype: "recommender", limit: 100 });
      expect(drafts.items.length).toBe(8);
      expect((await listPlans(listWs.viewer, listWs.id, { status: "APPROVED" })).items).toEqual([]);
    });

    it("rejects bad queries and foreign cursors with 400s, and lists nothing of other workspaces", async () => {
      await expectAppError(listPlans(listWs.viewer, listWs.id, { limit: 0 }), "validation_failed");
      await expectAppError(listPlans(listWs.viewer, listWs.id, { sort: "random" as never }), "validation_failed");
      await expectAppError(listPlans(listWs.viewer, listWs.id, { cursor: "garbage" }), "bad_request");
      const page = await listPlans(listWs.viewer, listWs.id, { limit: 2 });
      await expectAppError(listPlans(listWs.viewer, listWs.id, { cursor: page.nextCursor!, sort: "name" }), "bad_request");
      expect(decodeCursor(page.nextCursor!, "updated", "desc").id).toBe(page.items[1]!.id);
      const other = await listPlans(ws.viewer, ws.id, { limit: 100 });
      expect(other.items.some((item) => item.name.startsWith("Plan "))).toBe(false);
      expect(toPrefixTsQuery("Café o'Brien")).toBe("café:* & o:* & brien:*");
    });
  });

  describe("versions, conflicts and restore", () => {
    it("saves immutable versions with summaries, diffs any two, restores as a new version", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Versioned", brief: recommender });
      const mlHeadcount = plan.content.draft.team.find((role) => role.roleId === "ml-engineer")!.headcount;
      const v2 = await updatePlan(ws.manager, plan.id, 1, { overrides: { roles: { "ml-engineer": { headcount: mlHeadcount + 1 } }, addedRoles: ["mlops-engineer"] } });
      expect(v2.currentVersion).toBe(2);
      expect(v2.lastChange.summary).toBe(`Added MLOps Engineer; headcount of Machine Learning Engineer ${mlHeadcount} → ${mlHeadcount + 1}`);
      expect(v2.headcount).toBe(plan.headcount + 2);
      const v3 = await updatePlan(ws.owner, plan.id, 2, { name: "Versioned v3", notes: "Budget agreed", summary: "After the budget call" });
      expect(v3.lastChange.summary).toBe('After the budget call — Renamed "Versioned" → "Versioned v3"; added notes');
      expect(v3.lastChange.createdBy.id).toBe(ws.owner.userId);

      const history = await listVersions(ws.viewer, plan.id);
      expect(history.map((version) => version.version)).toEqual([3, 2, 1]);
      const v1 = await getVersion(ws.viewer, plan.id, 1);
      expect(v1.content).toEqual(plan.content);
      expect(v1.name).toBe("Versioned");
      await expectAppError(getVersion(ws.viewer, plan.id, 9), "not_found");

      const diff = await diffVersions(ws.viewer, plan.id, 1, 3);
      expect(diff.changes.map((change) => change.kind)).toEqual(["name", "role-added", "headcount", "notes"]);
      const back = await diffVersions(ws.viewer, plan.id, 3, 1);
      expect(back.changes.map((change) => change.text)).toContain("Removed MLOps Engineer");

      const restored = await restoreVersion(ws.manager, plan.id, 1, 3);
      expect(restored.currentVersion).toBe(4);
      expect(restored.lastChange.summary).toBe("Restored version 1");
      expect(restored.name).toBe("Versioned");
      expect(restored.content).toEqual(plan.content);
      expect(restored.headcount).toBe(plan.headcount);
      // History is untouched.
      expect((await getVersion(ws.viewer, plan.id, 3)).content.notes).toBe("Budget agreed");
    });

    it("refuses a stale save with 409 naming the other change, and writes nothing", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Contested", brief: recommender });
      await updatePlan(ws.owner, plan.id, 1, { notes: "Owner's note" });
      const before = await db().planVersion.count({ where: { planId: plan.id } });
      const error = await expectAppError(updatePlan(ws.manager, plan.id, 1, { name: "Manager's rename" }), "conflict");
      expect(error.status).toBe(409);
      expect(error.details).toMatchObject({
        currentVersion: 2,
        changedBy: ws.owner.name,
        summary: "Added notes",
        changes: [expect.objectContaining({ kind: "notes", to: "Owner's note" })],
      });
      expect(typeof (error.details as { changedAt: unknown }).changedAt).toBe("string");
      expect(error.message).toMatch(/changed since you opened it/);
      expect(await db().planVersion.count({ where: { planId: plan.id } })).toBe(before);
      const current = await getPlan(ws.viewer, plan.id);
      expect(current.name).toBe("Contested");
      expect(current.content.notes).toBe("Owner's note");
      await expectAppError(restoreVersion(ws.manager, plan.id, 1, 1), "conflict");
      await expectAppError(updatePlan(ws.manager, plan.id, 7, { notes: "x" }), "conflict");
    });

    it("a brief change re-drafts and keeps overrides unless dropped", async () => {
      const plan = await createPlan(ws.manager, ws.id, {
        name: "Rebrief",
        brief: recommender,
        overrides: { addedRoles: ["mlops-engineer"], roles: { "ml-engineer": { headcount: 5 } } },
      });
      const kept = await updatePlan(ws.manager, plan.id, 1, { brief: { ...recommender, location: "Berlin, DE" } });
      expect(kept.content.brief.location).toBe("Berlin, DE");
      expect(kept.content.overrides.roles["ml-engineer"]?.headcount).toBe(5);
      expect(kept.costMax).toBeNull();
      expect(kept.lastChange.summary).toMatch(/location: none → Berlin, DE/);
      const dropped = await updatePlan(ws.manager, plan.id, 2, { brief: recommender, keepOverrides: false });
      expect(dropped.content.overrides).toEqual({ roles: {}, addedRoles: [], removedRoles: [], phases: {} });
      expect(dropped.headcount).toBe(dropped.content.draft.headcount);
    });

    it("a save that changes nothing makes no version", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Same", brief: recommender });
      const same = await updatePlan(ws.manager, plan.id, 1, { name: "Same", notes: "" });
      expect(same.currentVersion).toBe(1);
    });

    it.runIf(kind === "postgres")("of 20 concurrent saves from one base version exactly one succeeds", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Race", brief: recommender });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, index) => updatePlan(index % 2 ? ws.manager : ws.owner, plan.id, 1, { notes: `writer ${index}` })),
      );
      const won = results.filter((result) => result.status === "fulfilled");
      const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(won.length).toBe(1);
      expect(lost.length).toBe(19);
      for (const result of lost) {
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).code).toBe("conflict");
      }
      const versions = await db().planVersion.findMany({ where: { planId: plan.id }, select: { version: true, content: true } });
      expect(versions.map((version) => version.version).sort()).toEqual([1, 2]);
      const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof updatePlan>>>).value;
      expect((await getPlan(ws.viewer, plan.id)).content.notes).toBe(winner.content.notes);
    });
  });

  describe("workflow", () => {
    it("draft → in review → approved, recorded; an edit returns it to review; archive and unarchive", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Workflow", brief: chatbot });
      await expectAppError(transitionPlan(ws.manager, plan.id, "approve"), "conflict");
      const submitted = await transitionPlan(ws.manager, plan.id, "submit", 1);
      expect(submitted.status).toBe("IN_REVIEW");
      const before = Date.now();
      const approved = await transitionPlan(ws.owner, plan.id, "approve", 1);
      expect(approved).toMatchObject({ status: "APPROVED", approvedBy: { id: ws.owner.userId } });
      expect(approved.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 5);
      const error = await expectAppError(transitionPlan(ws.owner, plan.id, "submit"), "conflict");
      expect(error.message).toMatch(/approved/);

      const edited = await updatePlan(ws.manager, plan.id, 1, { notes: "One more thing" });
      expect(edited).toMatchObject({ status: "IN_REVIEW", approvedBy: null, approvedAt: null, currentVersion: 2 });
      // Approving with the version the approver saw, after someone saved a newer one, is refused.
      const stale = await expectAppError(transitionPlan(ws.owner, plan.id, "approve", 1), "conflict");
      expect(stale.details).toMatchObject({ currentVersion: 2 });
      expect((await getPlan(ws.viewer, plan.id)).status).toBe("IN_REVIEW");

      await transitionPlan(ws.manager, plan.id, "archive");
      await expectAppError(updatePlan(ws.manager, plan.id, 2, { notes: "while archived" }), "conflict");
      const back = await transitionPlan(ws.manager, plan.id, "unarchive");
      expect(back.status).toBe("DRAFT");

      const events = await listPlanEvents(ws.viewer, plan.id);
      expect(events.map((event) => [event.kind, event.fromStatus, event.toStatus, event.version])).toEqual([
        ["submitted", "DRAFT", "IN_REVIEW", 1],
        ["approved", "IN_REVIEW", "APPROVED", 1],
        ["returned-to-review", "APPROVED", "IN_REVIEW", 2],
        ["archived", "IN_REVIEW", "ARCHIVED", 2],
        ["unarchived", "ARCHIVED", "DRAFT", 2],
      ]);
      expect(events[1]?.actor.id).toBe(ws.owner.userId);
      await expectAppError(transitionPlan(ws.manager, plan.id, "explode" as never), "validation_failed");
    });
  });

  describe("scenarios and comparison", () => {
    it("duplicates a plan as a linked scenario and compares the two side by side", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Baseline", brief: recommender });
      await transitionPlan(ws.manager, plan.id, "submit");
      const scenario = await duplicateAsScenario(ws.owner, plan.id, "Baseline — lean");
      expect(scenario).toMatchObject({ status: "DRAFT", currentVersion: 1, scenarioOf: { id: plan.id, name: "Baseline" } });
      expect(scenario.lastChange.summary).toBe('Duplicated from "Baseline" version 1');
      expect(scenario.content).toEqual(plan.content);
      const ml = plan.content.draft.team.find((role) => role.roleId === "ml-engineer")!;
      await updatePlan(ws.manager, scenario.id, 1, { overrides: { roles: { "ml-engineer": { headcount: ml.headcount + 2 } }, addedRoles: ["ai-engineer"] } });

      const comparison = await comparePlans(ws.viewer, plan.id, scenario.id);
      expect(comparison.a.id).toBe(plan.id);
      expect(comparison.b.headcount).toBe(comparison.a.headcount + 3);
      const mlRow = comparison.roles.find((role) => role.roleId === "ml-engineer")!;
      expect(mlRow).toMatchObject({ a: { headcount: ml.headcount }, b: { headcount: ml.headcount + 2 }, headcountDelta: 2 });
      expect(comparison.roles.find((role) => role.roleId === "ai-engineer")).toMatchObject({ a: null, b: { headcount: 1 }, headcountDelta: 1 });
      expect(comparison.b.annual!.min).toBe(comparison.a.annual!.min + 2 * 150_000 + 170_000);
      expect(comparison.changes.map((change) => change.kind)).toEqual(expect.arrayContaining(["name", "role-added", "headcount"]));

      const other = await newWorkspace("Rival");
      const foreign = await createPlan(other.manager, other.id, { name: "Theirs", brief: recommender });
      await expectAppError(comparePlans(ws.viewer, plan.id, foreign.id), "not_found");
    });
  });

  describe("comments", () => {
    it("HR, managers and owners comment; everyone reads, oldest first", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Discussed", brief: chatbot });
      await addComment(ws.hr, plan.id, { body: "  Can we hire the AI engineer in Q2? " }, new Date("2026-01-01T00:00:00Z"));
      await addComment(ws.owner, plan.id, { body: "Yes." }, new Date("2026-01-02T00:00:00Z"));
      await expectAppError(addComment(ws.viewer, plan.id, { body: "Me too" }), "forbidden");
      const error = await expectAppError(addComment(ws.hr, plan.id, { body: "   " }), "validation_failed");
      expect(error.fieldErrors?.body?.[0]).toBe("Write a comment.");
      const comments = await listComments(ws.viewer, plan.id);
      expect(comments.map((comment) => [comment.body, comment.author.name])).toEqual([
        ["Can we hire the AI engineer in Q2?", ws.hr.name],
        ["Yes.", ws.owner.name],
      ]);
    });
  });

  describe("API tokens", () => {
    it("owners create tokens shown once and stored hashed; revoked tokens stop working", async () => {
      const { token, apiToken } = await createApiToken(ws.owner, ws.id, { name: "CI sync", role: "MANAGER" });
      expect(token).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
      expect(apiToken).toMatchObject({ name: "CI sync", role: "MANAGER", status: "active", prefix: token.slice(0, 9), lastUsedAt: null });
      expect(JSON.stringify(apiToken)).not.toContain(token.slice(9));
      const row = await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).not.toContain(token);
      const listed = await listApiTokens(ws.owner, ws.id);
      expect(listed.find((entry) => entry.id === apiToken.id)).toBeDefined();
      expect(JSON.stringify(listed)).not.toMatch(/tokenHash|[0-9a-f]{64}/);

      await expectAppError(createApiToken(ws.manager, ws.id, { name: "x", role: "VIEWER" }), "forbidden");
      await expectAppError(createApiToken(ws.owner, ws.id, { name: "x", role: "OWNER" as never }), "validation_failed");

      const t0 = new Date("2026-05-01T12:00:00Z");
      const actor = await authenticateApiToken(token, t0);
      expect(actor).toEqual({ kind: "token", tokenId: apiToken.id, workspaceId: ws.id, role: "MANAGER", userId: ws.owner.userId });
      expect((await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).toEqual(t0);
      await authenticateApiToken(token, new Date(t0.getTime() + 30_000));
      expect((await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).toEqual(t0);
      const t2 = new Date(t0.getTime() + 61_000);
      await authenticateApiToken(token, t2);
      expect((await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).toEqual(t2);

      const plan = await createPlan(actor!, ws.id, { name: "Made by token", brief: recommender });
      expect(plan.createdBy.id).toBe(ws.owner.userId);
      expect(plan.lastChange.viaApiToken).toBe(true);

      expect(await authenticateApiToken("tw_" + "A".repeat(43))).toBeNull();
      expect(await authenticateApiToken("not a token")).toBeNull();
      await revokeApiToken(ws.owner, ws.id, apiToken.id);
      expect(await authenticateApiToken(token)).toBeNull();
      await expectAppError(revokeApiToken(ws.owner, ws.id, apiToken.id), "not_found");
      expect((await listApiTokens(ws.owner, ws.id)).find((entry) => entry.id === apiToken.id)?.status).toBe("revoked");
    });

    it("a token stops working when the owner who made it leaves the workspace", async () => {
      const team = await newWorkspace("Leavers");
      const { token } = await createApiToken(team.owner, team.id, { name: "Old", role: "VIEWER" });
      expect(await authenticateApiToken(token)).not.toBeNull();
      await db().membership.deleteMany({ where: { workspaceId: team.id, userId: team.owner.userId } });
      expect(await authenticateApiToken(token)).toBeNull();
    });
  });
});
