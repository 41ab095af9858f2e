import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { planCosts } from "@/lib/plans/plan-costs";
import { emptyOverrides, type PlanContent, type PlanOverrides } from "@/lib/schemas/plan";
import type { ProjectBrief } from "@/lib/schemas/project-brief";
import { listPlans } from "@/lib/server/data/plan-list";
import { comparePlans, createPlan, getPlan, updatePlan } from "@/lib/server/data/plans";
import { deployMigrations } from "@/scripts/db/migration-engine";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { migrationsBeforeFactory } from "@/tests/fixtures/migrations-before";
import { newWorkspace } from "@/tests/fixtures/role-library";
import { createTestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

/**
 * A cost that leaves out roles without a salary band must not pass for the team's cost away
 * from the plan page: the plan stores how many people its cost covers (costedHeadcount), lists
 * and compare carry it, and the cost sort ranks full estimates before partial ones.
 */

const recommender = { description: "A product recommender for our online store with 2 million users" };
const chatbot = { description: "An LLM chatbot for customer support answering questions from our help centre" };

describeEachKind("plan cost coverage", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let ws: Awaited<ReturnType<typeof newWorkspace>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    ws = await newWorkspace("Coverage");
    // Recommender: Data Scientist and Data Engineer have no salary source; ML Engineer has one.
    ids.storeRecommender = (await createPlan(ws.manager, ws.id, { name: "Store recommender", brief: recommender, overrides: { roles: { "ml-engineer": { headcount: 1 } } } })).id;
    ids.bigRecommender = (await createPlan(ws.manager, ws.id, { name: "Big recommender", brief: recommender, overrides: { roles: { "ml-engineer": { headcount: 4 } } } })).id;
    // Chatbot without its Data Engineer: only AI Engineers, all priced.
    ids.supportChatbot = (await createPlan(ws.manager, ws.id, { name: "Support chatbot", brief: chatbot, overrides: { removedRoles: ["data-engineer"] } })).id;
    ids.smallChatbot = (await createPlan(ws.manager, ws.id, { name: "Small chatbot", brief: chatbot, overrides: { removedRoles: ["data-engineer"], roles: { "ai-engineer": { headcount: 1 } } } })).id;
    ids.euroPlan = (await createPlan(ws.manager, ws.id, { name: "Euro plan", brief: { ...recommender, currency: "EUR" } })).id;
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("stores how many people the cost covers, on create and on every save", async () => {
    const store = await getPlan(ws.viewer, ids.storeRecommender!);
    expect(store).toMatchObject({ headcount: 3, costedHeadcount: 1, costMin: 150_000, costMax: 200_000 });
    expect(await getPlan(ws.viewer, ids.supportChatbot!)).toMatchObject({ headcount: 2, costedHeadcount: 2, costMin: 340_000, costMax: 500_000 });
    expect(await getPlan(ws.viewer, ids.euroPlan!)).toMatchObject({ costedHeadcount: 0, costMax: null });
    const saved = await updatePlan(ws.manager, ids.storeRecommender!, store.currentVersion, { overrides: { ...store.content.overrides, removedRoles: ["data-scientist", "data-engineer"] } });
    expect(saved).toMatchObject({ headcount: 1, costedHeadcount: 1 });
    const back = await updatePlan(ws.manager, ids.storeRecommender!, saved.currentVersion, { overrides: store.content.overrides });
    expect(back).toMatchObject({ headcount: 3, costedHeadcount: 1 });
  });

  it("lists the coverage beside the cost, and compare says which roles are left out", async () => {
    const page = await listPlans(ws.viewer, ws.id, { limit: 100 });
    const byName = new Map(page.items.map((item) => [item.name, item]));
    expect(byName.get("Store recommender")).toMatchObject({ headcount: 3, costedHeadcount: 1, costMax: 200_000 });
    expect(byName.get("Support chatbot")).toMatchObject({ headcount: 2, costedHeadcount: 2, costMax: 500_000 });
    const comparison = await comparePlans(ws.viewer, ids.storeRecommender!, ids.supportChatbot!);
    expect(comparison.a).toMatchObject({ headcount: 3, costedHeadcount: 1, rolesWithoutBand: ["data-scientist", "data-engineer"] });
    expect(comparison.b).toMatchObject({ headcount: 2, costedHeadcount: 2, rolesWithoutBand: [] });
  });

  it.each([
    ["desc", ["Support chatbot", "Small chatbot", "Big recommender", "Store recommender", "Euro plan"]],
    ["asc", ["Small chatbot", "Support chatbot", "Store recommender", "Big recommender", "Euro plan"]],
  ] as const)("sorts by cost %s: full estimates by cost, then partial ones, then none, page by page", async (direction, expected) => {
    const all = await listPlans(ws.viewer, ws.id, { sort: "cost", direction, limit: 100 });
    expect(all.items.map((item) => item.name)).toEqual(expected);
    for (const limit of [1, 2]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await listPlans(ws.viewer, ws.id, { sort: "cost", direction, limit, cursor });
        seen.push(...page.items.map((item) => item.name));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(expected);
    }
  });
});

const migration = "20261122190000_plan_costed_headcount";
const { migrationsBefore, removeCopies } = migrationsBeforeFactory(migration, "tw-costed-");
afterAll(removeCopies);

function content(brief: ProjectBrief, overrides: Partial<PlanOverrides> = {}, library?: PlanContent["library"]): PlanContent {
  return { brief, draft: draftTeam(brief), overrides: { ...emptyOverrides(), ...overrides }, notes: "", ...(library ? { library } : {}) };
}
const usBand = (currency: string) => ({ roleDescriptionId: "rd1", version: 1, salaryBand: { location: "US", currency, min: 130_000, max: 180_000, source: "" } });

describeEachKind("migration: plans record how many people their cost covers", (kind) => {
  it("backfills costedHeadcount from the current version where SQL can tell, NULL where it cannot", async () => {
    const database = await createTestDatabase({ kind, migrate: false, namePrefix: "tw_costed_" });
    try {
      await deployMigrations(database.target, { migrationsDir: migrationsBefore() });
      const q = database.query.bind(database);
      await q(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('u1', 'u1@example.com', 'U', now())`);
      await q(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ('w1', 'W', 'w-1', now())`);
      const insert = async (id: string, versions: PlanContent[]) => {
        const current = versions[versions.length - 1]!;
        const plan = effectivePlan(current);
        const costs = planCosts(plan);
        await q(
          `INSERT INTO "Plan" (id, "workspaceId", name, "briefText", headcount, "costMin", "costMax", currency, "currentVersion", "createdById") VALUES ($1, 'w1', $1, 'b', $2, $3, $4, $5, $6, 'u1')`,
          [id, plan.headcount, costs.annual?.min ?? null, costs.annual?.max ?? null, plan.currency, versions.length],
        );
        for (const [index, version] of versions.entries()) {
          await q(`INSERT INTO "PlanVersion" (id, "planId", version, content, summary, "createdById") VALUES ($1, $2, $3, $4::jsonb, 's', 'u1')`, [
            `${id}-v${index + 1}`,
            id,
            index + 1,
            JSON.stringify({ name: id, ...version }),
          ]);
        }
        return costs.costedHeadcount;
      };
      const expected: Record<string, number | null> = {
        // Version 2 is current: ML Engineers up to 3, Data Engineer removed.
        edited: await insert("edited", [content(recommender), content(recommender, { roles: { "ml-engineer": { headcount: 3 } }, removedRoles: ["data-engineer"] })]),
        noCost: await insert("noCost", [content({ ...recommender, currency: "EUR" })]),
        otherCurrencyLibraryBand: await insert("otherCurrencyLibraryBand", [content(recommender, {}, { "data-scientist": usBand("EUR") })]),
        addedUnpricedRole: await insert("addedUnpricedRole", [content(recommender, { addedRoles: ["mlops-engineer"] })]),
        // These two need the app's location matching: left unknown.
        libraryBand: (await insert("libraryBand", [content(recommender, {}, { "data-scientist": usBand("USD") })]), null),
        addedPricedRole: (await insert("addedPricedRole", [content(chatbot, { addedRoles: ["ml-engineer"] })]), null),
      };
      expect(expected).toMatchObject({ edited: 3, noCost: 0, otherCurrencyLibraryBand: 2, addedUnpricedRole: 2 });

      const result = await deployMigrations(database.target);
      expect(result.applied).toContain(migration);
      const rows = await q<{ id: string; costedHeadcount: number | null }>(`SELECT id, "costedHeadcount" FROM "Plan"`);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.costedHeadcount === null ? null : Number(row.costedHeadcount)]))).toEqual(expected);
      const indexes = await q<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Plan' AND indexname LIKE '%cost%' ORDER BY indexname`);
      expect(indexes.map((row) => row.indexname)).toEqual(["Plan_workspaceId_cost_asc_id_idx", "Plan_workspaceId_cost_desc_id_idx"]);
    } finally {
      await database.cleanup();
    }
  });
});
